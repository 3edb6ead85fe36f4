/**
 * HOUSEHOLD_EXPENSES_IMPLAUSIBLE — 家庭开支合理性. Declared household spending that is too low for the
 * family inflates the disposable surplus the loan is repaid from.
 *
 * Formula: minimum = policy.household.minimumPerPerson[region class] × household.members;
 * shortfall = (minimum − declared monthly expenses) / minimum; flags only a shortfall.
 * Region class: `regionClass` in the profile, else policy.household.defaultRegionClass (marked defaulted).
 * Defaults: per person and month city 1,500, town 1,000, rural 600 CNY — PLACEHOLDERS chosen by xcheck,
 * not taken from a source: a bank must set them from its region's statistics (docs/rules.md). Warning for any
 * shortfall (tolerance 0), critical when the declared spending is less than half the minimum (0.5).
 * Skipped without a household or with zero members.
 * Worked example (fixtures/rules/household-expenses.json): city, 4 people: 1,500 × 4 = 6,000; 2,500 declared is
 * (2,500 − 6,000) / 6,000 = −58.33%, a shortfall beyond 50%: critical.
 */
import { formatMoney, formatRatio, toDecimal } from '../../money/index.js';
import { bandRequirement, moneyInput, plainInput, ran, severityFor, skipped } from '../flag.js';
import type { Rule } from '../types.js';

const CODE = 'HOUSEHOLD_EXPENSES_IMPLAUSIBLE';

/**
 * Params of a HOUSEHOLD_EXPENSES_IMPLAUSIBLE finding: the minimum per person of the region class (money, two
 * places), the number of household members, and the region class (`city`, `town` or `rural`). The declared
 * spending and the minimum are the finding's `observed` and `expected`.
 */
export interface HouseholdExpensesParams {
  readonly perPerson: string;
  readonly members: number;
  readonly region: string;
}

export const householdExpensesRule: Rule = {
  id: 'household-expenses',
  codes: [CODE],
  check({ profile, policy }) {
    const household = profile.household;
    if (household === undefined) return skipped(['household']);
    if (household.members === 0) return { status: 'skipped', missing: ['household.members'], reason: { code: 'no-household-members' } };
    const p = policy.household;
    const region = profile.regionClass ?? p.defaultRegionClass;
    const perPerson = toDecimal(p.minimumPerPerson[region]);
    const minimum = perPerson.times(household.members);
    const declared = household.monthlyExpenses;
    if (minimum.isZero() || declared.gte(minimum)) return ran([]);
    const shortfall = minimum.minus(declared).div(minimum);
    const severity = severityFor(shortfall, p);
    if (severity === null) return ran([]);
    const relative = declared.minus(minimum).div(minimum);
    const params: HouseholdExpensesParams = { perPerson: formatMoney(perPerson), members: household.members, region };
    return ran([
      {
        code: CODE,
        subject: {},
        severity,
        unit: 'CNY',
        observed: formatMoney(declared),
        expected: formatMoney(minimum),
        range: { min: formatMoney(minimum.times(toDecimal(p.tolerance).negated().plus(1))), max: null },
        deviation: { absolute: formatMoney(declared.minus(minimum)), relative: formatRatio(relative) },
        requirement: bandRequirement(severity, p, 'household'),
        inputs: [
          moneyInput('monthlyExpenses', 'household.monthlyExpenses', declared),
          plainInput('members', 'household.members', String(household.members), 'count'),
          plainInput('regionClass', 'regionClass', region, 'text', profile.regionClass === undefined),
          moneyInput('minimumPerPerson', `policy.household.minimumPerPerson.${region}`, perPerson),
        ],
        params: { ...params },
      },
    ]);
  },
};
