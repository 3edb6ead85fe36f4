/**
 * The client's deposit potential (存款潜力): the average daily balance its settlement pattern is expected to leave
 * on the account at the bank once its flows have moved there. The same definition as the deposit expectation of
 * the relationship stage (docs/relationship.md), without its month-by-month texts, so that the loan conditions
 * (docs/conditions.md) can size the compensating deposit inside the core analysis:
 *
 *   averageInflows = Σ_m sales_m × bankSettledShare / 12
 *   averageBalance = averageInflows × Σ_m retention[pattern]_m / 12
 *
 * (the mean of the twelve expected balances averageInflows × retention_m, whatever month each retention is
 * given to).
 */
import { type Dec, sum, toDecimal } from '../money/index.js';
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

export interface DepositPotential {
  readonly pattern: DepositPattern;
  readonly patternSource: 'profile' | 'policy';
  /** The share of sales expected to settle at the bank: the profile's, else the policy's. */
  readonly bankSettledShare: Dec;
  readonly bankSettledShareDefaulted: boolean;
  /** Σ sales_m × bankSettledShare / 12. */
  readonly averageInflows: Dec;
  /** averageInflows × mean retention: the mean expected daily balance over the year. */
  readonly averageBalance: Dec;
}

/**
 * The deposit potential of a validated profile.
 *
 * @example
 * // sales 100,000 a month, steady (retention 0.25 every month), all settled at the bank
 * depositPotential(profile, policy, incomeStatement).averageBalance.toFixed() //=> '25000'
 */
export function depositPotential(profile: ProfileData, policy: Policy, incomeStatement: IncomeStatement): DepositPotential {
  const { pattern, source } = depositPatternFor(profile, policy);
  const shareGiven = profile.relationship?.bankSettledShare;
  const share = shareGiven ?? toDecimal(policy.relationship.bankSettledShare);
  const averageInflows = sum(incomeStatement.months.map((m) => m.sales.times(share))).div(12);
  const retention = policy.relationship.retention[pattern].map((r) => toDecimal(r));
  return {
    pattern,
    patternSource: source,
    bankSettledShare: share,
    bankSettledShareDefaulted: shareGiven === undefined,
    averageInflows,
    averageBalance: averageInflows.times(sum(retention)).div(12),
  };
}
