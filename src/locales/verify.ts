/**
 * The `verify` texts of each language, apart from the core catalog (src/locales/index.ts) so that only the entry
 * that writes them loads them. A new language adds its `<lang>/verify.ts` here.
 */
import { verify as en } from './en/verify.js';
import type { VerifyTexts } from './sections/verify.js';
import type { Lang } from './types.js';
import { verify as zh } from './zh/verify.js';

export const verifyTexts: Readonly<Record<Lang, VerifyTexts>> = { en, zh };
