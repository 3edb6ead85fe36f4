/**
 * SELF_REPORT_ADJUSTED — 说话习惯调整 (information).
 *
 * Reports what the talking-habit pre-stage (src/adjust) changed: for each figure that rested only on the
 * applicant's word, `adjusted = original × factor`, where the factor is policy.selfReport[habit]
 * (defaults: exaggerating 0.8, neutral 1, cautious 1 — xcheck's choice; the source says only "adjust
 * appropriately", 适当调整). Severity is always `info`: the adjustment is already in every other figure.
 * Example: an exaggerating applicant's sales of 12,000,000 resting on their word alone: 12,000,000 × 0.8 =
 * 9,600,000, deviation (12,000,000 − 9,600,000) / 12,000,000 = 20%.
 */
import { formatMoney, formatRatio, sum } from '../../money/index.js';
import { PROVING_KINDS } from '../../adjust/index.js';
import type { EvidenceFigure, EvidenceKind, TalkingHabit } from '../../profile/evidence.js';
import { moneyInput, plainInput, ran, ratioInput } from '../flag.js';
import type { Rule } from '../types.js';

/**
 * The params of SELF_REPORT_ADJUSTED. The figures: observed = Σ original, expected = Σ adjusted, deviation =
 * (Σ original − Σ adjusted) and that / Σ original.
 */
export type SelfReportParams = {
  readonly habit: TalkingHabit;
  /** policy.selfReport[habit], e.g. `0.8`. */
  readonly factor: string;
  /** factor − 1 (ratio, four places): −0.2000 for 0.8. */
  readonly change: string;
  /** Each figure adjusted, in order, with the first three kinds of proof that would replace the adjustment. */
  readonly figures: readonly { readonly figure: EvidenceFigure; readonly proofs: readonly EvidenceKind[] }[];
  /** Each amount adjusted: its profile path, original and adjusted (money, two places). */
  readonly adjustments: readonly { readonly path: string; readonly original: string; readonly adjusted: string }[];
};

/** Skip code: no talking habit recorded. */
export const NO_TALKING_HABIT = 'no-talking-habit';

export const selfReportRule: Rule = {
  id: 'self-report',
  codes: ['SELF_REPORT_ADJUSTED'],
  check({ selfReport }) {
    if (selfReport?.habit === undefined || selfReport.factor === undefined)
      return { status: 'skipped', missing: ['talkingHabit'], reason: { code: NO_TALKING_HABIT } };
    const { habit, factor, adjustments } = selfReport;
    if (adjustments.length === 0) return ran([]);

    const original = sum(adjustments.map((a) => a.original));
    const adjusted = sum(adjustments.map((a) => a.adjusted));
    const params: SelfReportParams = {
      habit,
      factor: factor.toFixed(),
      change: formatRatio(factor.minus(1)),
      figures: [...new Set(adjustments.map((a) => a.figure))].map((figure) => ({ figure, proofs: PROVING_KINDS[figure].slice(0, 3) })),
      adjustments: adjustments.map((a) => ({ path: a.path, original: formatMoney(a.original), adjusted: formatMoney(a.adjusted) })),
    };
    return ran([
      {
        code: 'SELF_REPORT_ADJUSTED',
        subject: {},
        severity: 'info',
        unit: 'CNY',
        observed: formatMoney(original),
        expected: formatMoney(adjusted),
        range: null,
        deviation: { absolute: formatMoney(original.minus(adjusted)), relative: formatRatio(original.minus(adjusted).div(original)) },
        // Information, always: no setting decides the severity.
        requirement: null,
        inputs: [
          plainInput('talkingHabit', 'talkingHabit', habit, 'text'),
          ratioInput('factor', `policy.selfReport.${habit}`, factor),
          ...adjustments.map((a) => moneyInput(a.path, a.path, a.original)),
        ],
        params: { ...params },
      },
    ]);
  },
};
