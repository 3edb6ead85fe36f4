/**
 * The talking-habit adjustment (说话习惯调整), a pure pre-stage of the pipeline.
 *
 * The source: judge first whether the applicant tends to exaggerate or is cautious, "then adjust their
 * figures appropriately" (然后对其数据进行适当调整). xcheck multiplies each favourable figure that rests on
 * the applicant's word alone (no independent proof, see ./evidence.ts) by the policy factor of the
 * recorded habit (policy.selfReport; defaults exaggerating 0.8, neutral 1, cautious 1 — xcheck's choice):
 *
 *   sales (sales.annual and each of sales.monthly), balances.receivables,
 *   balances.inventory (not an inventory count: that is the officer's own), balances.cash, balances.bank.
 *
 * Liabilities and the history are not adjusted: an applicant who exaggerates overstates the business, not
 * its debts, and a liability is never reduced on anyone's word. The statements and every check then run
 * on the adjusted profile; the report shows both figures side by side.
 */
import { type Dec, roundFen, toDecimal } from '../money/index.js';
import type { EvidenceFigure, TalkingHabit } from '../profile/evidence.js';
import type { Policy } from '../profile/policy.js';
import type { ProfileData } from '../profile/domain.js';
import { assessEvidence } from './evidence.js';

export * from './evidence.js';

export interface SelfReportAdjustment {
  readonly figure: EvidenceFigure;
  /** Profile path of the adjusted amount: `sales.annual`, `sales.monthly[3]`, `balances.bank`. */
  readonly path: string;
  readonly original: Dec;
  readonly factor: Dec;
  /**
   * original × factor, rounded to the fen with the policy's rounding mode: the adjusted figure is money, and
   * a sub-fen rest would make the twelve monthly sales add up to an annual figure a fen off (docs/profile.md).
   */
  readonly adjusted: Dec;
}

export interface SelfReportResult {
  /** The habit recorded, when any. */
  readonly habit?: TalkingHabit;
  /** The policy factor for that habit. */
  readonly factor?: Dec;
  /** The profile the statements and the checks use (the input itself when nothing changed). */
  readonly profile: ProfileData;
  readonly adjustments: readonly SelfReportAdjustment[];
}

/**
 * Adjusts the figures that rest only on the applicant's word. Never mutates `profile`.
 *
 * @example
 * // talkingHabit 'exaggerating', no evidence recorded, sales.annual 12,000,000
 * adjustSelfReported(profile, defaultPolicy()).profile.sales.annual //=> Decimal 9600000
 */
export function adjustSelfReported(profile: ProfileData, policy: Policy): SelfReportResult {
  const habit = profile.talkingHabit;
  if (habit === undefined) return { profile, adjustments: [] };
  const factor = toDecimal(policy.selfReport[habit]);
  if (factor.eq(1)) return { habit, factor, profile, adjustments: [] };

  const wordOnly = new Set(assessEvidence(profile, policy).filter((f) => f.wordOnly && f.figure !== 'loan').map((f) => f.figure));
  const adjustments: SelfReportAdjustment[] = [];
  const scale = <V extends Dec | undefined>(figure: EvidenceFigure, path: string, original: V): V | Dec => {
    if (original === undefined || !wordOnly.has(figure)) return original;
    const adjusted = roundFen(original.times(factor), policy.rounding);
    if (adjusted.eq(original)) return original;
    adjustments.push({ figure, path, original, factor, adjusted });
    return adjusted;
  };

  const sales = {
    ...profile.sales,
    ...(profile.sales.annual === undefined ? {} : { annual: scale('sales', 'sales.annual', profile.sales.annual) }),
    ...(profile.sales.monthly === undefined
      ? {}
      : { monthly: profile.sales.monthly.map((m, i) => scale('sales', `sales.monthly[${i}]`, m)) }),
  };
  let balances = profile.balances;
  if (balances !== undefined) {
    const b = balances;
    const counted = (profile.inventoryCount ?? []).length > 0;
    balances = {
      ...b,
      ...(b.receivables === undefined ? {} : { receivables: scale('receivables', 'balances.receivables', b.receivables) }),
      ...(b.inventory === undefined || counted ? {} : { inventory: scale('inventory', 'balances.inventory', b.inventory) }),
      ...(b.cash === undefined ? {} : { cash: scale('cashAndBank', 'balances.cash', b.cash) }),
      ...(b.bank === undefined ? {} : { bank: scale('cashAndBank', 'balances.bank', b.bank) }),
    };
  }
  if (adjustments.length === 0) return { habit, factor, profile, adjustments };
  return {
    habit,
    factor,
    profile: { ...profile, sales, ...(balances === undefined ? {} : { balances }) },
    adjustments,
  };
}
