/**
 * Loan conditions (放款条件): STUB written by the decision part of issue 14 so the recommendation compiles and
 * calls the contract's entry point; the conditions part replaces this file (same signatures) at merge.
 */
import type { AnalysisContext } from '../rules/types.js';
import type { Dec } from '../money/index.js';
import type { Lang } from '../locales/types.js';

export interface LoanCondition {
  /** e.g. 'COMPENSATING_DEPOSIT', 'MOVE_SETTLEMENT_ACCOUNT', 'RATE_FROM_GRID', 'GUARANTOR_REQUIRED' */
  readonly code: string;
  /** Figures as decimal strings (money two places, ratios four), like a Finding's params. */
  readonly params: Readonly<Record<string, string | number | boolean | null>>;
  /** The codes (flags, policy keys) that motivate it. */
  readonly reasons: readonly string[];
}

/** The conditions the bank sets on a loan it would approve (stub: none). */
export function proposeConditions(context: AnalysisContext, loan: { readonly amount: Dec; readonly termMonths: number }): readonly LoanCondition[] {
  void context;
  void loan;
  return [];
}

/** A condition's text in one language, from the catalogs' `conditions` section (stub: its code). */
export function conditionText(condition: LoanCondition, lang: Lang): string {
  void lang;
  return condition.code;
}
