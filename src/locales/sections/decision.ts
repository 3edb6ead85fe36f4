/**
 * The shape of the catalog's `decision` section (filled in src/locales/en/decision.ts and
 * src/locales/zh/decision.ts): the recommendation and its sentence, the statements' assumptions (notes) and
 * why a stage (equity reconciliation, capacity) could not run. Every text is written from data.
 */
import type { Decision, OpenPoint, RecommendationParams } from '../../capacity/recommend.js';
import type { StatementNoteCode } from '../../statements/index.js';

/** Why a stage could not run: `no-start-event`, `no-opening-equity` (equity), `no-loan-request` (capacity). */
export type StageSkipCode = 'no-start-event' | 'no-opening-equity' | 'no-loan-request';

export interface DecisionTexts {
  /** The decision in a few words (the memo's bold line): approve as asked, approve with conditions, approve a lower amount, refer back, decline. */
  readonly decisions: Readonly<Record<Decision, string>>;
  /**
   * The recommendation's sentence, from its decision and params (refer-back names the failed checks,
   * `params.failedRules`).
   */
  readonly recommendation: (decision: Decision, params: RecommendationParams) => string;
  /** What a statement note says, by code (the path is shown beside it). */
  readonly notes: Readonly<Record<StatementNoteCode, (params: Readonly<Record<string, string>>) => string>>;
  /** Why a stage could not run, by code. */
  readonly stageSkips: Readonly<Record<StageSkipCode, string>>;
  /**
   * An open point of a gate or an estimate (`source` 'gate' or 'estimate'), as the next visit's checklist: the
   * documents to collect, the questions to ask and what to observe. A flag's open point uses the flag's own texts.
   */
  readonly openPoint: (point: OpenPoint) => OpenPointTexts;
  /** The names of the decision's own reason codes (INCOMPLETE_…, EQUITY_NEGATIVE, PREMISES_NOT_APPLICANT). */
  readonly reasonNames: Readonly<Record<string, string>>;
  /** The memo's words for the decision section's conditions, open points and withheld offers. */
  readonly memo: DecisionMemoTexts;
}

/** One open point's checklist lines. */
export interface OpenPointTexts {
  readonly documents: readonly string[];
  readonly questions: readonly string[];
  readonly observe: readonly string[];
}

export interface DecisionMemoTexts {
  readonly conditions: string;
  readonly openPoints: string;
  readonly documents: string;
  readonly questions: string;
  readonly observe: string;
  /** What a flag's open point is about: the flag's title. */
  readonly settle: (title: string) => string;
  /** The largest affordable amount of a referred or declined file: computed from unverified inputs, not an offer. */
  readonly unverifiedMaxAmount: (max: string) => string;
  /** In place of the alternatives and the stress test of a referred or declined file. */
  readonly offersWithheld: string;
}
