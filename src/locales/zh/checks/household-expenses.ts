/** household-expenses：文字（中文）。 */
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';

const REGION_NAMES: Readonly<Record<string, string>> = { city: '城市', town: '县城', rural: '农村' };

export const householdExpenses: CheckTexts = {
  title: '家庭开支低于家庭人口的最低水平',
  labels: {
    monthlyExpenses: '家庭月开支',
    members: '家庭人口',
    regionClass: '地区类别',
    minimumPerPerson: '人均月最低开支',
  },
  skips: { 'no-household-members': () => '家庭人口为 0' },
  findings: {
    HOUSEHOLD_EXPENSES_IMPLAUSIBLE: (f) => {
      const p = f.params as { perPerson: string; members: number; region: string };
      const relative = signedPercent(f.deviation?.relative);
      const region = REGION_NAMES[p.region] ?? '所在地区';
      return {
        message: `${p.members} 口之家月开支 ${money(f.observed)}，低于${region}的最低水平 ${money(f.expected)}（偏差 ${relative}）。`,
        formula: '最低开支 = 人均月最低开支（按地区类别）× 家庭人口；偏差 = (申报开支 − 最低开支) ÷ 最低开支',
        computation: `${money(p.perPerson)} × ${p.members} = ${money(f.expected)}；(${money(f.observed)} − ${money(f.expected)}) ÷ ${money(f.expected)} = ${relative}`,
        evidence: ['户口本，核实家庭人口', '房租或房贷、学费、水电费和医疗支出', '家庭账户的银行及微信、支付宝流水'],
        questions: ['家里有几口人一起生活？家里的开销一般谁来负担？', '家里每个月最大的几项开支是什么？', '家里有孩子在上学，或者需要赡养的老人吗？'],
      };
    },
  },
};
