/**
 * The client's deposit potential (存款潜力), month by month: the average daily balance its settlement pattern is
 * expected to leave on the account at the bank once its flows have moved there. One definition for the deposit
 * expectation of the relationship stage (src/relationship/deposit.ts adds its texts; docs/relationship.md) and the
 * loan conditions (docs/conditions.md), which size the compensating deposit inside the core analysis:
 *
 *   inflows_m          = collections_m × bankSettledShare                (m = January … December)
 *   averageInflows     = Σ inflows_m / 12
 *   expectedBalance_m  = averageInflows × retention[pattern]_m
 *   averageBalance     = Σ expectedBalance_m / 12
 *
 * Collections are the cash model's (docs/capacity.md §4). For the seasonal-trough pattern the months follow this
 * client's own cycle when its sales are seasonal and its cash model has both idle and money-using months: its idle
 * months are the trough, its money-using months the peak, the others the shoulder; each phase's retention is the
 * mean of the policy's curve over that phase's months of the source's year (trough November–February, peak
 * May–October, shoulder March–April). Otherwise the policy's curve is read by calendar month.
 */
import { cashCycle, type Season } from '../capacity/cash-model.js';
import { type Dec, sum, toDecimal, ZERO } from '../money/index.js';
import type { ProfileData } from '../profile/domain.js';
import type { Policy } from '../profile/policy.js';
import type { DepositPattern } from '../profile/relationship.js';
import type { IncomeStatement } from '../statements/index.js';

/** The pattern in force: the profile's, else the policy's for the business kind. */
export function depositPatternFor(profile: Pick<ProfileData, 'relationship' | 'business'>, policy: Policy): { pattern: DepositPattern; source: 'profile' | 'policy' } {
  const given = profile.relationship?.depositPattern;
  if (given !== undefined) return { pattern: given, source: 'profile' };
  return { pattern: policy.relationship.patternByKind[profile.business.kind], source: 'policy' };
}

/** Where a month sits in the source's garment-trader year; `flat` for patterns without seasons. */
export type DepositPhase = 'trough' | 'peak' | 'shoulder' | 'flat';

/** One month of the potential. */
export interface MonthDepositPotential {
  /** 1 = January. */
  readonly month: number;
  readonly sales: Dec;
  /** collections × bankSettledShare. */
  readonly inflows: Dec;
  readonly retention: Dec;
  /** averageInflows × retention. */
  readonly expectedBalance: Dec;
  readonly phase: DepositPhase;
}

export interface DepositPotential {
  readonly pattern: DepositPattern;
  /** profile: relationship.depositPattern; policy: policy.relationship.patternByKind[business.kind]. */
  readonly patternSource: 'profile' | 'policy';
  /** The share of sales expected to settle at the bank: the profile's, else the policy's. */
  readonly bankSettledShare: Dec;
  readonly bankSettledShareDefaulted: boolean;
  /** Σ inflows_m / 12. */
  readonly averageInflows: Dec;
  /** The mean of the twelve expected balances. */
  readonly averageBalance: Dec;
  readonly months: readonly MonthDepositPotential[];
  /** The client's season from the cash model (docs/capacity.md §4), for the calendar. */
  readonly season: Season;
}

const TROUGH = new Set([11, 12, 1, 2]);
const PEAK = new Set([5, 6, 7, 8, 9, 10]);

/**
 * The client's own cycle for the seasonal-trough pattern: its idle months are the trough, its money-using months
 * the peak; each phase's retention is the mean of the policy's curve over the source year's months of that phase.
 * null when the sales are not seasonal or the cycle lacks idle or money-using months (the fixed curve is kept).
 */
function ownCycle(season: Season, seasonal: boolean, retention: readonly Dec[]): { phase: (month: number) => DepositPhase; level: (phase: DepositPhase) => Dec } | null {
  if (!seasonal || season.idleMonths.length === 0 || season.useMonths.length === 0) return null;
  const mean = (months: readonly number[]) => sum(months.map((m) => retention[m - 1] ?? ZERO)).div(months.length);
  const levels = { trough: mean([...TROUGH]), peak: mean([...PEAK]), shoulder: mean([3, 4]) };
  return {
    phase: (month) => (season.idleMonths.includes(month) ? 'trough' : season.useMonths.includes(month) ? 'peak' : 'shoulder'),
    level: (phase) => (phase === 'flat' ? ZERO : levels[phase]),
  };
}

/**
 * The deposit potential of a validated profile, month by month.
 *
 * @example
 * // sales 100,000 a month, steady (retention 0.25 every month), all settled at the bank
 * depositPotential(profile, policy, incomeStatement).averageBalance.toFixed() //=> '25000'
 */
export function depositPotential(profile: ProfileData, policy: Policy, incomeStatement: IncomeStatement): DepositPotential {
  const { pattern, source } = depositPatternFor(profile, policy);
  const shareGiven = profile.relationship?.bankSettledShare;
  const share = shareGiven ?? toDecimal(policy.relationship.bankSettledShare);
  const retention = policy.relationship.retention[pattern].map((r) => toDecimal(r));
  const cycle = cashCycle(profile, incomeStatement, policy);
  const inflows = cycle.months.map((m) => m.collections.times(share));
  const averageInflows = sum(inflows).div(12);
  const own = pattern === 'seasonal-trough' ? ownCycle(cycle.season, incomeStatement.seasonal, retention) : null;
  const months = incomeStatement.months.map((m, i): MonthDepositPotential => {
    const fixed: DepositPhase =
      pattern !== 'seasonal-trough' ? 'flat' : TROUGH.has(m.month) ? 'trough' : PEAK.has(m.month) ? 'peak' : 'shoulder';
    const phase = own?.phase(m.month) ?? fixed;
    const r = own?.level(phase) ?? retention[i] ?? retention[0] ?? ZERO;
    return { month: m.month, sales: m.sales, inflows: inflows[i] ?? m.sales.times(share), retention: r, expectedBalance: averageInflows.times(r), phase };
  });
  return {
    pattern,
    patternSource: source,
    bankSettledShare: share,
    bankSettledShareDefaulted: shareGiven === undefined,
    averageInflows,
    averageBalance: sum(months.map((m) => m.expectedBalance)).div(12),
    months,
    season: cycle.season,
  };
}
