/**
 * Deposit expectation (存款预期), month by month: the average daily balance the bank can expect on the
 * borrower's operating account once its flows have moved to the bank.
 *
 *   inflows_m          = sales_m × bankSettledShare                      (m = January … December)
 *   averageInflows     = Σ inflows_m / 12
 *   expectedBalance_m  = averageInflows × retention[pattern]_m
 *
 * The balance is tied to the year's average inflows, not to the month's own: a garment trader's trough
 * balance is the money collected in the peak that now sits idle, not a share of the thin trough sales.
 * The retention shapes follow the source (台州银行工作模式简介): a supermarket food supplier leaves steady
 * balances; a contractor's large flows do not stay; a garment trader uses its money from May to October
 * and leaves it on the account from November to the new year, when the balance shows its real own funds.
 * The levels are policy (policy.relationship.retention), xcheck's own choice by default.
 */
import { depositPatternFor } from '../conditions/potential.js';
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
}

const TROUGH = new Set([11, 12, 1, 2]);
const PEAK = new Set([5, 6, 7, 8, 9, 10]);

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
  const inflows = incomeStatement.months.map((m) => m.sales.times(share));
  const averageInflows = sum(inflows).div(12);
  const months = incomeStatement.months.map((m, i): MonthDepositExpectation => {
    const r = retention[i] ?? retention[0] ?? ZERO;
    const phase: DepositPhase =
      pattern !== 'seasonal-trough' ? 'flat' : TROUGH.has(m.month) ? 'trough' : PEAK.has(m.month) ? 'peak' : 'shoulder';
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
  };
}
