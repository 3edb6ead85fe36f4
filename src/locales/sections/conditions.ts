/**
 * The shape of the catalog's `conditions` section (filled in src/locales/en/conditions.ts and
 * src/locales/zh/conditions.ts): the sentence of each loan condition (docs/conditions.md), written from its params.
 */
import type { ConditionCode, ConditionParams } from '../../conditions/index.js';
import type { DepositPattern } from '../../profile/relationship.js';

export interface ConditionsTexts {
  /** The short name of each condition (a heading, a list label). */
  readonly names: Readonly<Record<ConditionCode, string>>;
  /** The name of each deposit pattern, as a condition names it. */
  readonly patterns: Readonly<Record<DepositPattern, string>>;
  /** The sentence of each condition, from its params. */
  readonly sentences: { readonly [C in ConditionCode]: (p: ConditionParams[C]) => string };
  /** A condition of a code this catalog does not know (a custom one): its code and reasons. */
  readonly unknown: (code: string, reasons: readonly string[]) => string;
}
