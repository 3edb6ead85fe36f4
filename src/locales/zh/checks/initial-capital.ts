/** initial-capital：文字（中文）。 */
import type { InitialCapitalParams, SavingsParams } from '../../../rules/initial-capital/index.js';
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';

/** 计算过程中的积蓄项：`36 × 1,500.00`、`36 × 3,000.00 × 0.3`，不需要时为 `0`。 */
function savingsTerm(s: SavingsParams): string {
  if (s.basis === 'savings') return `${s.months} × ${money(s.monthlySavings)}`;
  if (s.basis === 'income') return `${s.months} × ${money(s.monthlyIncome)} × ${s.savingsRate}`;
  return '0';
}

/** 输入项路径的中文名称。 */
const PATHS: Readonly<Record<string, string>> = {
  'owner.workStartDate': '创业前参加工作的日期',
  'owner.monthlySavings': '创业前每月积蓄或月收入',
};

export const initialCapital: CheckTexts = {
  title: '初始投入资金超出创业前积累',
  labels: {
    capital: '初始投入资金',
    borrowed: '初始资金中的借款',
    familySupport: '家庭资助',
    monthlySavings: '创业前每月积蓄',
    monthlyIncome: '创业前月收入',
    savingsRate: '收入储蓄比例',
    monthsWorked: '创业前工作月数',
  },
  skips: {
    'no-start-capital': () => '经营履历中没有创业时投入资金的记录（创业事件）',
    'savings-needed': (params) =>
      `借款和家庭资助只能解释部分初始资金，需要创业前的工作情况（${(params.missing as readonly string[]).map((m) => PATHS[m] ?? m).join('、')}）`,
  },
  findings: {
    INITIAL_CAPITAL_UNEXPLAINED: (f) => {
      const p = f.params as unknown as InitialCapitalParams;
      const capital = money(f.observed);
      const explained = money(f.expected);
      const unexplained = money(f.deviation?.absolute);
      const pct = signedPercent(f.deviation?.relative);
      return {
        formula: '可解释资金 = 创业前工作月数 × 每月积蓄 + 家庭资助 + 借款；来源不明 = 初始投入资金 − 可解释资金；比例 = 来源不明 ÷ 初始投入资金',
        computation:
          `${savingsTerm(p.savings)} + ${money(p.familySupport)} + ${money(p.borrowed)} = ${explained}；` +
          `${capital} − ${explained} = ${unexplained}；${unexplained} ÷ ${capital} = ${pct}`,
        evidence: ['创业前后客户本人的银行流水，看资金从哪里转入', '创业资金的借条或借款合同，并电话向出借人核实', '创业前收入的证明：工资记录或原雇主的证实'],
        questions: [`${p.year} 年创业时投入的 ${capital}，是怎么凑起来的？`, '这笔钱还有谁帮过忙？当时是怎么约定的？', '后来是怎么结清的？现在还有没有没还完的？'],
        message: `${p.year} 年创业投入 ${capital}，但创业前积蓄、家庭资助和已申报借款只能解释 ${explained}，有 ${unexplained}（${pct}）来源不明，很可能有社会负债：需问清资金来源以及是否已经归还。`,
      };
    },
  },
};
