/**
 * HOUSEHOLD_EXPENSES_IMPLAUSIBLE — 家庭开支合理性. Declared household spending that is too low for the
 * family inflates the disposable surplus the loan is repaid from.
 *
 * Formula: minimum = policy.household.minimumPerPerson[region class] × household.members;
 * shortfall = (minimum − declared monthly expenses) / minimum; flags only a shortfall.
 * Region class: `regionClass` in the profile, else policy.household.defaultRegionClass (marked defaulted).
 * Defaults: per person and month city 1,500, town 1,000, rural 600 CNY — PLACEHOLDERS chosen by xcheck,
 * not taken from a source: a bank must set them from its region's statistics. Warning for any
 * shortfall (tolerance 0), critical when the declared spending is less than half the minimum (0.5).
 * Skipped without a household or with zero members.
 */
import { formatMoney, formatRatio, groupMoney, toDecimal } from '../../money/index.js';
import { writeFlag, moneyInput, plainInput, severityFor, signedPercent, skipped } from '../legacy.js';
import type { Rule } from '../legacy.js';

const CODE = 'HOUSEHOLD_EXPENSES_IMPLAUSIBLE';
const RULE_ID = 'household-expenses';
const title = { en: 'Household expenses below the minimum for the family', zh: '家庭开支低于家庭人口的最低水平' };

const REGION_NAMES = {
  city: { en: 'a city', zh: '城市' },
  town: { en: 'a county town', zh: '县城' },
  rural: { en: 'the countryside', zh: '农村' },
} as const;

export const householdExpensesRule: Rule = {
  id: RULE_ID,
  codes: [CODE],
  title,
  check({ profile, policy }) {
    const household = profile.household;
    if (household === undefined) return skipped(['household']);
    if (household.members === 0)
      return skipped(['household.members'], { en: 'the household has no members', zh: '家庭人口为 0' });
    const p = policy.household;
    const region = profile.regionClass ?? p.defaultRegionClass;
    const perPerson = toDecimal(p.minimumPerPerson[region]);
    const minimum = perPerson.times(household.members);
    const declared = toDecimal(household.monthlyExpenses);
    if (minimum.isZero() || declared.gte(minimum)) return { status: 'ran', flags: [] };
    const shortfall = minimum.minus(declared).div(minimum);
    const severity = severityFor(shortfall, p);
    if (severity === null) return { status: 'ran', flags: [] };
    const relative = declared.minus(minimum).div(minimum);
    const regionName = REGION_NAMES[region];
    return {
      status: 'ran',
      flags: [
        writeFlag({ code: CODE, severity, ruleId: RULE_ID, title, unit: 'CNY' }, () => ({
          observed: formatMoney(declared),
          expected: formatMoney(minimum),
          range: { min: formatMoney(minimum.times(toDecimal(p.tolerance).negated().plus(1))), max: null },
          deviation: { absolute: formatMoney(declared.minus(minimum)), relative: formatRatio(relative) },
          formula: 'minimum = minimum per person (region class) × members; deviation = (declared − minimum) / minimum',
          computation: `${groupMoney(perPerson)} × ${household.members} = ${groupMoney(minimum)}; (${groupMoney(declared)} − ${groupMoney(minimum)}) / ${groupMoney(minimum)} = ${signedPercent(relative)}`,
          inputs: [
            moneyInput('monthlyExpenses', 'household.monthlyExpenses', declared),
            plainInput('members', 'household.members', String(household.members), 'count'),
            plainInput('regionClass', 'regionClass', region, 'text', profile.regionClass === undefined),
            moneyInput('minimumPerPerson', `policy.household.minimumPerPerson.${region}`, perPerson),
          ],
          evidence: [
            { en: 'the household register (户口本) for who lives in the household', zh: '户口本，核实家庭人口' },
            { en: 'rent or mortgage, school fees, utility bills and medical costs', zh: '房租或房贷、学费、水电费和医疗支出' },
            { en: 'bank and WeChat/Alipay statements of the family accounts', zh: '家庭账户的银行及微信、支付宝流水' },
          ],
          questions: [
            { en: 'Who lives with you, and who pays for what in the family?', zh: '家里有几口人一起生活？家里的开销一般谁来负担？' },
            { en: 'What are the largest things the family spends on in a month?', zh: '家里每个月最大的几项开支是什么？' },
            { en: 'Are there children at school, or relatives you support?', zh: '家里有孩子在上学，或者需要赡养的老人吗？' },
          ],
          message: {
            en: `Household expenses of ${groupMoney(declared)} a month for ${household.members} people are below the minimum of ${groupMoney(minimum)} for ${regionName.en} (${signedPercent(relative)}).`,
            zh: `${household.members} 口之家月开支 ${groupMoney(declared)}，低于${regionName.zh}的最低水平 ${groupMoney(minimum)}（偏差 ${signedPercent(relative)}）。`,
          },
        })),
      ],
    };
  },
};
