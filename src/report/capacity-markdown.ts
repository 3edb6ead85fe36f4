/**
 * The memo's capacity sections, in Chinese or English: the recommendation (after the summary), then the loan
 * schedule, the capacity month by month and the seasonal funding plan (after the equity reconciliation).
 */
import type { Report } from './analyze.js';
import type { ScheduleJson } from './capacity-json.js';
import { g, type Lang, pct, table } from './markdown.js';

const T = {
  recommendation: { en: 'Recommendation', zh: '审批建议' },
  decision: {
    approve: { en: 'Approve as asked', zh: '同意按申请发放' },
    'approve-lower': { en: 'Approve a lower amount', zh: '降低金额发放' },
    decline: { en: 'Decline', zh: '不予批准' },
  },
  reasons: { en: 'Reasons', zh: '依据' },
  notes: { en: 'Also to settle', zh: '另需核实' },
  requested: { en: 'Requested', zh: '申请' },
  maxAmount: { en: 'Largest affordable amount', zh: '可负担最高金额' },
  alternatives: { en: 'Alternatives', zh: '其他期限' },
  term: { en: 'Term (months)', zh: '期限（月）' },
  instalment: { en: 'Instalment', zh: '月供' },
  totalInterest: { en: 'Total interest', zh: '利息合计' },
  covers: { en: 'Covers the request', zh: '可满足申请' },
  yes: { en: 'yes', zh: '是' },
  no: { en: 'no', zh: '否' },
  schedule: { en: 'Loan schedule', zh: '还款计划' },
  period: { en: 'Period', zh: '期数' },
  due: { en: 'Due', zh: '还款日' },
  payment: { en: 'Payment', zh: '还款额' },
  interest: { en: 'Interest', zh: '利息' },
  principal: { en: 'Principal', zh: '本金' },
  balance: { en: 'Balance', zh: '剩余本金' },
  capacity: { en: 'Repayment capacity month by month', zh: '逐月还款能力' },
  surplus: { en: 'Surplus', zh: '可支配盈余' },
  ratio: { en: 'Ratio', zh: '占比' },
  net: { en: 'Surplus − payment', zh: '盈余 − 月供' },
  buffer: { en: 'Buffer after', zh: '结余' },
  status: { en: 'Status', zh: '状态' },
  covered: { en: 'covered', zh: '足额' },
  bufferStatus: { en: 'by the buffer', zh: '靠结余' },
  uncovered: { en: 'NOT covered', zh: '不足' },
  funding: { en: 'Seasonal funding plan', zh: '季节性资金计划' },
} as const;

const methodName = (m: string, lang: Lang) =>
  m === 'annuity' ? (lang === 'zh' ? '等额本息' : 'equal instalments') : lang === 'zh' ? '等额本金' : 'equal principal';
const monthList = (months: readonly number[], lang: Lang) =>
  months.length === 0 ? '—' : months.map((m) => (lang === 'zh' ? `${m}月` : String(m))).join(lang === 'zh' ? '、' : ', ');

/** The recommendation section (empty without a loan request). */
export function renderRecommendation(report: Report, lang: Lang): string[] {
  const r = report.recommendation;
  if (r === null) return [];
  const out: string[] = [`## ${T.recommendation[lang]}`, ''];
  out.push(`**${T.decision[r.decision][lang]}** — ${r.message[lang]}`, '');
  const q = r.requested;
  out.push(
    `- ${T.requested[lang]}: ${g(q.amount)}, ${q.termMonths} ${lang === 'zh' ? '个月' : 'months'}, ${pct(q.monthlyRate)} ${lang === 'zh' ? '月利率' : 'a month'}, ${methodName(q.method, lang)}`,
  );
  out.push(`- ${T.maxAmount[lang]}: ${g(r.maxAmount)} (${lang === 'zh' ? '精确解' : 'exact'} ${g(r.maxAmountExact)})`);
  if (r.reasons.length > 0) out.push(`- ${T.reasons[lang]}: ${r.reasons.join(', ')}`);
  if (r.notes.length > 0) out.push(`- ${T.notes[lang]}: ${r.notes.join(', ')}`);
  const s = r.stress;
  // A negative drop means the line is already crossed: sales would have to rise by that much.
  const change = (d: string) =>
    d.startsWith('-')
      ? lang === 'zh' ? `已突破，销售额需上升 ${pct(d.slice(1))} 才能满足` : `already crossed: sales would have to rise by ${pct(d.slice(1))}`
      : lang === 'zh' ? `销售额下降 ${pct(d)} 时突破` : `holds until sales drop by ${pct(d)}`;
  if (s.salesDropToLimit !== null)
    out.push(
      lang === 'zh'
        ? `- 压力测试（月供占比上限）：${change(s.salesDropToLimit)}`
        : `- Stress (the limit): ${change(s.salesDropToLimit)}`,
    );
  if (s.salesDropToShortfall !== null)
    out.push(
      lang === 'zh'
        ? `- 压力测试（动用结余后仍有月份无法还款）：${change(s.salesDropToShortfall)}`
        : `- Stress (a month uncovered even with the buffer): ${change(s.salesDropToShortfall)}`,
    );
  out.push('');
  if (r.alternatives.length > 0) {
    out.push(`### ${T.alternatives[lang]}`, '');
    out.push(
      table(
        [T.term[lang], T.maxAmount[lang], T.instalment[lang], T.totalInterest[lang], T.covers[lang]],
        r.alternatives.map((a) => [String(a.termMonths), g(a.maxAmount), g(a.instalment), g(a.totalInterest), (a.coversRequest ? T.yes : T.no)[lang]]),
      ),
      '',
    );
  }
  return out;
}

/** A schedule as a Markdown table with its totals (also used by `xcheck schedule --format md`). */
export function renderScheduleTable(s: ScheduleJson, lang: Lang): string[] {
  return [
    table(
      [T.period[lang], T.due[lang], T.payment[lang], T.interest[lang], T.principal[lang], T.balance[lang]],
      s.rows.map((r) => [String(r.period), r.dueDate ?? '—', g(r.payment), g(r.interest), g(r.principal), g(r.closingBalance)]),
    ),
    '',
    lang === 'zh'
      ? `${methodName(s.method, lang)}；利息合计 ${g(s.totalInterest)}，还款合计 ${g(s.totalPaid)}，实际年利率 ${pct(s.effectiveAnnualRate)}`
      : `${methodName(s.method, lang)}; total interest ${g(s.totalInterest)}, total paid ${g(s.totalPaid)}, effective annual rate ${pct(s.effectiveAnnualRate)}`,
    '',
  ];
}

/** Schedule, capacity month by month and funding plan sections. */
export function renderCapacitySections(report: Report, lang: Lang): string[] {
  const out: string[] = [];
  if (report.schedule !== null) out.push(`## ${T.schedule[lang]}`, '', ...renderScheduleTable(report.schedule, lang));
  const c = report.capacity;
  if (c !== null) {
    out.push(`## ${T.capacity[lang]}`, '');
    out.push(
      lang === 'zh'
        ? `上限 ${pct(c.limit)}（${c.basis === 'worst-month' ? '逐月' : '整个贷款期'}）；起始结余 ${g(c.openingBuffer)}；放款日 ${c.startDate}`
        : `Limit ${pct(c.limit)} (${c.basis === 'worst-month' ? 'every month' : 'over the whole term'}); opening buffer ${g(c.openingBuffer)}; disbursed ${c.startDate}`,
      '',
    );
    const status = { covered: T.covered, buffer: T.bufferStatus, uncovered: T.uncovered } as const;
    out.push(
      table(
        [T.period[lang], T.due[lang], T.surplus[lang], T.instalment[lang], T.ratio[lang], T.net[lang], T.buffer[lang], T.status[lang]],
        c.months.map((m) => [
          String(m.period),
          m.dueDate,
          g(m.surplus),
          g(m.payment),
          m.ratio === null ? '—' : pct(m.ratio),
          g(m.net),
          g(m.bufferAfter),
          status[m.status][lang] + (m.status === 'uncovered' ? ` (${g(m.gap)})` : ''),
        ]),
      ),
      '',
    );
  }
  const f = report.fundingPlan;
  if (f.seasonal) {
    out.push(`## ${T.funding[lang]}`, '');
    out.push(
      lang === 'zh'
        ? `- 用款月份（销售额不低于月均 ${g(f.averageMonthlySales)}）：${monthList(f.usingMoney, lang)}`
        : `- Months using money (sales at or above the ${g(f.averageMonthlySales)} average): ${monthList(f.usingMoney, lang)}`,
      lang === 'zh' ? `- 资金闲置月份：${monthList(f.holdingCash, lang)}` : `- Months holding cash: ${monthList(f.holdingCash, lang)}`,
      lang === 'zh'
        ? `- 建议放款月份：${f.suggestedDisbursementMonth ?? '—'}月（旺季开始）`
        : `- Suggested disbursement month: ${f.suggestedDisbursementMonth ?? '—'} (start of the peak)`,
      lang === 'zh'
        ? `- 淡季（${f.troughMonth ?? '—'}月）预计存款：${g(f.expectedTroughDeposits)}，反映客户真实自有资金，应与当月银行流水核对`
        : `- Expected deposits in the trough (month ${f.troughMonth ?? '—'}): ${g(f.expectedTroughDeposits)}, the owner's own funds: compare with that month's bank statement`,
      '',
    );
  }
  return out;
}
