/**
 * The `relationship` texts of each language, apart from the core catalog (src/locales/index.ts) so that only the entry
 * that writes them loads them. A new language adds its `<lang>/relationship.ts` here.
 */
import { relationship as en } from './en/relationship.js';
import type { RelationshipTexts } from './sections/relationship.js';
import type { Lang } from './types.js';
import { relationship as zh } from './zh/relationship.js';

export const relationshipTexts: Readonly<Record<Lang, RelationshipTexts>> = { en, zh };
