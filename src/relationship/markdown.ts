/**
 * The monitoring report in Markdown (贷后监测报告), in Chinese or English: flags with their formulas
 * (rendered like the credit memo's), the deposit expectation month by month, observed against expected,
 * the loan's real cost and yield, and the contact calendar.
 */
import { formatPercent, toDecimal } from '../money/index.js';
import { g, type Lang, renderLegacyFlag as renderFlag, table } from '../report/markdown.js';
import type { Severity } from '../rules/types.js';
import type { MonitorReport } from './monitor.js';

const L = {
  title: { en: 'Relationship and monitoring', zh: '贷后维护与监测' },
  flags: { en: 'Flags', zh: '疑点' },
  none: { en: 'No monitoring flag: the flows and balances agree with the expectation.', zh: '无监测疑点：流水与存款符合预期。' },
  skipped: { en: 'skipped', zh: '未运行' },
  expectation: { en: 'Deposit expectation', zh: '存款预期' },
  observed: { en: 'Observed against expected', zh: '实际与预期对比' },
  cost: { en: 'Real cost and yield of the loan', zh: '贷款真实成本与综合回报' },
  calendar: { en: 'Contact calendar', zh: '联系日历' },
  month: { en: 'Month', zh: '月份' },
  sales: { en: 'Sales', zh: '销售额' },
  inflows: { en: 'Inflows', zh: '进账' },
  expectedInflows: { en: 'Expected inflows', zh: '预期进账' },
  retention: { en: 'Retention', zh: '留存系数' },
  balance: { en: 'Average balance', zh: '日均存款' },
  expectedBalance: { en: 'Expected balance', zh: '预期日均' },
  reason: { en: 'Why', zh: '理由' },
  date: { en: 'Date', zh: '日期' },
  kind: { en: 'Kind', zh: '类型' },
  task: { en: 'Task', zh: '事项' },
  item: { en: 'Item', zh: '项目' },
  value: { en: 'Value', zh: '数值' },
} as const;

const pct = (s: string | null): string => (s === null ? '—' : formatPercent(toDecimal(s), 4));

/** Renders the monitoring report. */
export function renderMonitorMarkdown(report: MonitorReport, lang: Lang = 'en'): string {
  const out: string[] = [];
  const b = report.business;
  out.push(`# ${L.title[lang]}: ${b.name}`, '', `${b.industry} · ${b.kind}`, '');

  out.push(`## ${L.flags[lang]}`, '');
  if (report.flags.length === 0) out.push(L.none[lang], '');
  for (const severity of ['critical', 'warning', 'info'] as Severity[])
    for (const f of report.flags.filter((x) => x.severity === severity)) out.push(renderFlag(f, lang), '');
  for (const c of report.checks) if (c.status === 'skipped') out.push(`- ${c.code}: ${L.skipped[lang]}: ${c.reason?.[lang] ?? ''}`);
  out.push('');

  const e = report.expectation;
  out.push(`## ${L.expectation[lang]}`, '', `${e.pattern}: ${e.reasoning[lang]}`, '');
  out.push(
    table(
      [L.month[lang], L.sales[lang], L.inflows[lang], L.retention[lang], L.expectedBalance[lang], L.reason[lang]],
      e.months.map((m) => [String(m.month), g(m.sales), g(m.inflows), m.retention, g(m.expectedBalance), m.reason[lang]]),
    ),
    '',
  );

  out.push(`## ${L.observed[lang]}`, '');
  out.push(
    table(
      [L.month[lang], L.inflows[lang], L.expectedInflows[lang], L.balance[lang], L.expectedBalance[lang]],
      report.observed.map((m) => [m.month, g(m.inflows), g(m.expectedInflows), g(m.averageBalance), g(m.expectedBalance)]),
    ),
    '',
  );

  const c = report.cost;
  if (c) {
    out.push(`## ${L.cost[lang]}`, '');
    const zh = lang === 'zh';
    out.push(
      table(
        [L.item[lang], L.value[lang]],
        [
          [zh ? '贷款金额' : 'Loan', g(c.amount)],
          [zh ? '压存款' : 'Compensating deposit', g(c.deposit)],
          [zh ? '实际可用资金' : 'Money really usable', g(c.usableAmount)],
          [zh ? '存款利息' : 'Interest on the deposit', g(c.depositInterest)],
          [zh ? '合同月利率' : 'Contract monthly rate', pct(c.contractMonthlyRate)],
          [zh ? '合同年化（复利）' : 'Contract effective annual rate', pct(c.contractEffectiveAnnualRate)],
          [zh ? '实际月成本（IRR）' : 'Real monthly cost (IRR)', pct(c.monthlyCost)],
          [zh ? '实际年化成本' : 'Effective annual cost', pct(c.effectiveAnnualCost)],
          [zh ? '贷款平均余额' : 'Average loan outstanding', g(c.bank.averageOutstanding)],
          [zh ? '利息收入' : 'Loan interest', g(c.bank.loanInterest)],
          [zh ? '存款价值（按内部转移价格）' : 'Deposit value at the transfer rate', g(c.bank.depositValue)],
          [zh ? '贷款收益率' : 'Loan yield', pct(c.bank.loanYield)],
          [zh ? '综合回报率' : 'Relationship yield', pct(c.bank.relationshipYield)],
        ],
      ),
      '',
    );
  }

  const cal = report.calendar;
  if (cal) {
    out.push(`## ${L.calendar[lang]}`, '', `${cal.from} – ${cal.to}`, '');
    out.push(
      table(
        [L.date[lang], L.kind[lang], L.task[lang]],
        cal.tasks.map((t) => [t.date, t.kind, `${t.title[lang]}: ${t.purpose[lang]}`]),
        false,
      ),
      '',
    );
  }
  return out.join('\n');
}
