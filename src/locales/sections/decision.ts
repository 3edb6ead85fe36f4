/**
 * The shape of the catalog's `decision` section (filled in src/locales/en/decision.ts and
 * src/locales/zh/decision.ts): the recommendation and its sentence, the statements' assumptions (notes) and
 * why a stage (equity reconciliation, capacity) could not run. Every text is written from data.
 */
import type { Decision, RecommendationParams } from '../../capacity/recommend.js';
import type { StatementNoteCode } from '../../statements/index.js';

/** Why a stage could not run: `no-start-event`, `no-opening-equity` (equity), `no-loan-request` (capacity). */
export type StageSkipCode = 'no-start-event' | 'no-opening-equity' | 'no-loan-request';

export interface DecisionTexts {
  /** The decision in a few words (the memo's bold line): approve as asked, approve a lower amount, decline, refer back. */
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
}
