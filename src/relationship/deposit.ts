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
import type { Dec } from '../money/index.js';
import { sum, toDecimal } from '../money/index.js';
import type { Bilingual } from '../profile/errors.js';
import type { Policy } from '../profile/policy.js';
import type { DepositPattern } from '../profile/relationship.js';
import type { Profile } from '../profile/schema.js';
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
  readonly reasoning: Bilingual;
}

const TROUGH = new Set([11, 12, 1, 2]);
const PEAK = new Set([5, 6, 7, 8, 9, 10]);

const PATTERN_REASONING: Record<DepositPattern, Bilingual> = {
  steady: {
    en: 'Paid on regular cycles (like a food supplier to supermarkets): money comes in all year and part of it stays, so balances are steady.',
    zh: '回款周期稳定（如超市食品供应商）：全年持续进账且有部分留存，存款日均平稳。',
  },
  'pass-through': {
    en: 'Large flows that do not stay (like a contractor): money is paid on to subcontractors and workers almost as it comes in, so little remains however large the turnover.',
    zh: '流水大但留不住（如项目经理类客户）：进账后很快付给分包和工人，流水再大存款也难以留存。',
  },
  'seasonal-trough': {
    en: 'Seasonal (like a garment-market trader): money is in stock and receivables from May to October and sits idle from November to the new year; the trough balance shows the real own funds.',
    zh: '季节性明显（如服装市场客户）：5 月至 10 月资金压在货和应收上，11 月至次年年初资金闲置在账户上；淡季存款体现客户真实自有资金。',
  },
  mixed: {
    en: 'No clear pattern recorded: a moderate share of the inflows is expected to stay all year.',
    zh: '未记录明确的资金特征：按全年有适度留存估计。',
  },
};

function monthReason(pattern: DepositPattern, phase: DepositPhase): Bilingual {
  if (pattern !== 'seasonal-trough') return { en: `no season: the same every month (${pattern})`, zh: `无季节性：各月相同（${pattern}）` };
  if (phase === 'trough')
    return { en: 'trough: peak-season money sits idle on the account (real own funds)', zh: '淡季：旺季回笼资金闲置在账上（体现真实自有资金）' };
  if (phase === 'peak') return { en: 'peak: money is in stock and receivables', zh: '旺季：资金压在货物和应收上' };
  return { en: 'between seasons: stock is being bought for the peak', zh: '过渡期：为旺季备货' };
}

/** The pattern in force: the profile's, else the policy's for the business kind. */
export function depositPatternFor(profile: Profile, policy: Policy): { pattern: DepositPattern; source: 'profile' | 'policy' } {
  const given = profile.relationship?.depositPattern;
  if (given !== undefined) return { pattern: given, source: 'profile' };
  return { pattern: policy.relationship.patternByKind[profile.business.kind], source: 'policy' };
}

/**
 * The month-by-month deposit expectation of a validated profile.
 *
 * @example
 * expectDeposits(profile, policy, statements.incomeStatement).months[11].expectedBalance
 */
export function expectDeposits(profile: Profile, policy: Policy, incomeStatement: IncomeStatement): DepositExpectation {
  const { pattern, source } = depositPatternFor(profile, policy);
  const shareGiven = profile.relationship?.bankSettledShare;
  const share = toDecimal(shareGiven ?? policy.relationship.bankSettledShare);
  const retention = policy.relationship.retention[pattern].map((r) => toDecimal(r));
  const inflows = incomeStatement.months.map((m) => m.sales.times(share));
  const averageInflows = sum(inflows).div(12);
  const months = incomeStatement.months.map((m, i): MonthDepositExpectation => {
    const r = retention[i] ?? retention[0] ?? toDecimal(0);
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
    reasoning: PATTERN_REASONING[pattern],
  };
}
