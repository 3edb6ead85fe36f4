/**
 * Deposit expectation (存款预期), month by month: the average daily balance the bank can expect on the
 * borrower's operating account once its flows have moved to the bank.
 *
 *   inflows_m          = collections_m × bankSettledShare                (m = January … December)
 *   averageInflows     = Σ inflows_m / 12
 *   expectedBalance_m  = averageInflows × retention[pattern]_m
 *
 * Collections are the cash model's (docs/capacity.md §4: sales moved by the customer days and the credit share;
 * over the year they sum to the sales, so the average inflows are the sales' share).
 *
 * The balance is tied to the year's average inflows, not to the month's own: a garment trader's trough
 * balance is the money collected in the peak that now sits idle, not a share of the thin trough sales.
 * The retention shapes follow the source (台州银行工作模式简介): a supermarket food supplier leaves steady
 * balances; a contractor's large flows do not stay; a garment trader uses its money from May to October
 * and leaves it on the account from November to the new year, when the balance shows its real own funds.
 * The levels are policy (policy.relationship.retention), xcheck's own choice by default.
 *
 * For the seasonal-trough pattern the months follow this client's own cycle when its sales are seasonal and its
 * cash model has both idle and money-using months (docs/relationship.md, "Deposit expectation"): its idle months
 * are the trough, its money-using months the peak, the others the shoulder; each phase's retention is the mean of
 * the policy's curve over that phase's months of the source's year (trough November–February, peak May–October,
 * shoulder March–April). Otherwise the policy's curve is read by calendar month.
 */
import { depositPatternFor } from '../conditions/potential.js';
import { cashCycle, type Season } from '../capacity/cash-model.js';
import { relationshipTexts } from '../locales/relationship.js';
import type { RelationshipTexts } from '../locales/sections/relationship.js';
import type { Dec } from '../money/index.js';
import { sum, toDecimal, ZERO } from '../money/index.js';
import type { Bilingual } from '../profile/errors.js';
import type { Policy } from '../profile/policy.js';
import type { DepositPattern } from '../profile/relationship.js';
import type { ProfileData } from '../profile/domain.js';
import type { IncomeStatement } from '../statements/index.js';

/** Where a month sits in the source's garment-trader year; `flat` for patterns without seasons. */
export type DepositPhase = 'trough' | 'peak' | 'shoulder' | 'flat';

export interface MonthDepositExpectation {
  /** 1 = January. */
  readonly month: number;
  readonly sales: Dec;
  /** sales × bankSettledShare. */
  readonly inflows: Dec;
  readonly retention: Dec;
  /** averageInflows × retention. */
  readonly expectedBalance: Dec;
  readonly phase: DepositPhase;
  readonly reason: Bilingual;
}

export interface DepositExpectation {
  readonly pattern: DepositPattern;
  /** profile: relationship.depositPattern; policy: policy.relationship.patternByKind[business.kind]. */
  readonly patternSource: 'profile' | 'policy';
  readonly bankSettledShare: Dec;
  readonly bankSettledShareDefaulted: boolean;
  readonly averageInflows: Dec;
  /** Mean of the twelve expected balances. */
  readonly averageBalance: Dec;
  readonly months: readonly MonthDepositExpectation[];
  /** Why the pattern's balances look as they do (from the catalogs). */
  readonly reasoning: Bilingual;
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

/** A text of the catalogs' relationship section in both languages. */
function bilingual(write: (t: RelationshipTexts) => string): Bilingual {
  return { en: write(relationshipTexts.en), zh: write(relationshipTexts.zh) };
}

/** Why a month's expected balance is what it is, in both languages (src/locales/<lang>/relationship.ts). */
function monthReason(pattern: DepositPattern, phase: DepositPhase): Bilingual {
  return bilingual((t) => t.monthReason(pattern, phase));
}

/** The pattern in force (src/conditions/potential.ts: the loan conditions size the deposit from the same definition). */
export { depositPatternFor };

/**
 * The month-by-month deposit expectation of a validated profile.
 *
 * @example
 * expectDeposits(profile, policy, statements.incomeStatement).months[11].expectedBalance
 */
export function expectDeposits(profile: ProfileData, policy: Policy, incomeStatement: IncomeStatement): DepositExpectation {
  const { pattern, source } = depositPatternFor(profile, policy);
  const shareGiven = profile.relationship?.bankSettledShare;
  const share = shareGiven ?? toDecimal(policy.relationship.bankSettledShare);
  const retention = policy.relationship.retention[pattern].map((r) => toDecimal(r));
  const cycle = cashCycle(profile, incomeStatement, policy);
  const inflows = cycle.months.map((m) => m.collections.times(share));
  const averageInflows = sum(inflows).div(12);
  const own = pattern === 'seasonal-trough' ? ownCycle(cycle.season, incomeStatement.seasonal, retention) : null;
  const months = incomeStatement.months.map((m, i): MonthDepositExpectation => {
    const fixed: DepositPhase =
      pattern !== 'seasonal-trough' ? 'flat' : TROUGH.has(m.month) ? 'trough' : PEAK.has(m.month) ? 'peak' : 'shoulder';
    const phase = own?.phase(m.month) ?? fixed;
    const r = own?.level(phase) ?? retention[i] ?? retention[0] ?? ZERO;
    return {
      month: m.month,
      sales: m.sales,
      inflows: inflows[i] ?? m.sales.times(share),
      retention: r,
      expectedBalance: averageInflows.times(r),
      phase,
      reason: monthReason(pattern, phase),
    };
  });
  return {
    pattern,
    patternSource: source,
    bankSettledShare: share,
    bankSettledShareDefaulted: shareGiven === undefined,
    averageInflows,
    averageBalance: sum(months.map((m) => m.expectedBalance)).div(12),
    months,
    reasoning: bilingual((t) => t.patternReasoning[pattern]),
    season: cycle.season,
  };
}
