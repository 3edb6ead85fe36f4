/** self-report：文字（中文）。 */
import type { SelfReportParams } from '../../../rules/self-report/index.js';
import type { CheckTexts } from '../../types.js';
import { evidenceFigures, evidenceKinds } from '../evidence.js';
import { money, signedPercent } from '../../format.js';

const HABITS: Readonly<Record<string, string>> = { exaggerating: '喜欢夸大', neutral: '说话中性', cautious: '说话谨慎' };

/** 输入项名称：说话习惯、调整系数，以及按资料路径命名的各调整项（`sales.monthly[3]` → `4 月销售额`）。 */
const LABELS: Readonly<Record<string, string>> = {
  talkingHabit: '说话习惯',
  factor: '调整系数',
  'sales.annual': '年销售额',
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`sales.monthly[${i}]`, `${i + 1} 月销售额`])),
  'balances.receivables': '应收账款',
  'balances.inventory': '存货',
  'balances.cash': '现金',
  'balances.bank': '银行存款',
};

const amountName = (path: string): string => LABELS[path] ?? path;

export const selfReport: CheckTexts = {
  title: '仅凭客户口述的数据已按说话习惯调整',
  labels: LABELS,
  skips: {
    'no-talking-habit': () => '未记录说话习惯（talkingHabit）：数据按客户所说采用',
  },
  findings: {
    SELF_REPORT_ADJUSTED: (f) => {
      const p = f.params as unknown as SelfReportParams;
      return {
        formula: '调整后 = 原数 × 该说话习惯的调整系数（仅对没有独立实据的有利数据）；偏差 = (原数合计 − 调整后合计) ÷ 原数合计',
        computation: p.adjustments.map((a) => `${amountName(a.path)}：${money(a.original)} × ${p.factor} = ${money(a.adjusted)}`).join('；'),
        evidence: p.figures.map((x) => `${evidenceFigures[x.figure]}：收集${x.proofs.map((k) => evidenceKinds[k]).join('、')}即可以实据代替调整`),
        questions: ['您平时每天卖了多少，是怎么记的？', '这个数字是从哪里来的，能给我看看吗？'],
        message: `客户${HABITS[p.habit] ?? p.habit}；${p.figures.map((x) => evidenceFigures[x.figure]).join('、')}仅凭口述，已乘以 ${p.factor}（${signedPercent(p.change)}）：${money(f.observed)} 调为 ${money(f.expected)}。各项检验和报表均采用调整后的数据。`,
      };
    },
  },
};
