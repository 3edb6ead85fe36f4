/**
 * No silent defaults on capacity (docs/capacity.md, "Estimated figures"): what the statements use for a figure the
 * capacity needs when the profile leaves it out, from the policy, so the surplus is never inflated by a zero.
 * - No household: expenses = policy.household.minimumPerPerson[region class] × policy.decision.householdMembers
 *   (the gate `household-expenses` then holds approval until the officer records the figure).
 * - A loan with a balance and no monthly instalment: balance ÷ months left + balance × monthly rate, where months
 *   left are the whole months to its maturity date (at least 1), else policy.decision.estimatedInstalment.termMonths.
 * Both are noted in the report (`no-household`, `no-instalment`, with the estimate and how it was made).
 */
import { wholeMonthsBetween } from '../dates/index.js';
import { type Dec, formatMoney, formatPlain, roundFen, toDecimal } from '../money/index.js';
import type { Policy } from '../profile/policy.js';
import type { ProfileData } from '../profile/domain.js';

/** The estimated household expenses and how they were made. */
export interface HouseholdEstimate {
  readonly monthly: Dec;
  readonly members: number;
  readonly perPerson: Dec;
  readonly region: 'city' | 'town' | 'rural';
}

/** An estimated instalment of `loans[index]` and how it was made. */
export interface InstalmentEstimate {
  readonly index: number;
  readonly monthly: Dec;
  readonly months: number;
  readonly monthlyRate: Dec;
}

/** What the statements use for the capacity figures the profile leaves out. */
export interface CapacityAssumptions {
  /** Set when the profile has no household. */
  readonly household?: HouseholdEstimate;
  /** One per loan with a balance and no instalment. */
  readonly instalments: readonly InstalmentEstimate[];
}

/** The estimates for a profile under a policy (none when the profile gives every figure). */
export function capacityAssumptions(profile: ProfileData, policy: Policy): CapacityAssumptions {
  let household: HouseholdEstimate | undefined;
  if (profile.household === undefined) {
    const region = profile.regionClass ?? policy.household.defaultRegionClass;
    const perPerson = toDecimal(policy.household.minimumPerPerson[region]);
    const members = policy.decision.householdMembers;
    household = { monthly: perPerson.times(members), members, perPerson, region };
  }
  const rate = toDecimal(policy.decision.estimatedInstalment.monthlyRate);
  const instalments: InstalmentEstimate[] = [];
  (profile.loans ?? []).forEach((loan, index) => {
    if (loan.monthlyInstalment !== undefined || loan.balance.isZero()) return;
    const left = loan.maturityDate === undefined ? 0 : wholeMonthsBetween(profile.analysisDate, loan.maturityDate);
    const months = loan.maturityDate === undefined ? policy.decision.estimatedInstalment.termMonths : Math.max(1, left);
    const monthly = roundFen(loan.balance.div(months).plus(loan.balance.times(rate)));
    instalments.push({ index, monthly, months, monthlyRate: rate });
  });
  return household === undefined ? { instalments } : { household, instalments };
}

/** The params of the `no-household` note: the estimate and its parts (money two places). */
export function householdNoteParams(h: HouseholdEstimate): Record<string, string> {
  return { estimate: formatMoney(h.monthly), perPerson: formatMoney(h.perPerson), members: String(h.members), region: h.region };
}

/** The params of a `no-instalment` note: the estimate, the months and the rate. */
export function instalmentNoteParams(e: InstalmentEstimate): Record<string, string> {
  return { estimate: formatMoney(e.monthly), months: String(e.months), monthlyRate: formatPlain(e.monthlyRate) };
}
