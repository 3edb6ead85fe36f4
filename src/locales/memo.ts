/**
 * The `memo` texts of each language, apart from the core catalog (src/locales/index.ts) so that only the entry
 * that writes them loads them. A new language adds its `<lang>/memo.ts` here.
 */
import { memo as en } from './en/memo.js';
import type { MemoTexts } from './sections/memo.js';
import type { Lang } from './types.js';
import { memo as zh } from './zh/memo.js';

export const memoTexts: Readonly<Record<Lang, MemoTexts>> = { en, zh };
