/**
 * The monitoring report in Markdown (贷后监测报告), in Chinese or English: flags rendered like the credit
 * memo's (renderFlag), the deposit expectation month by month, observed against expected, the loan's real
 * cost and yield, and the contact calendar. Every word comes from the catalogs (src/locales/<lang>/relationship.ts,
 * the monitor's findings and skip reasons from src/locales/<lang>/checks/monitor.ts). Every text is escaped for
 * Markdown (src/report/escape.ts): the business's name, the birthdays' names and relations are the officer's.
 */
import type { Lang } from '../locales/index.js';
import { relationshipTexts } from '../locales/relationship.js';
import { monthName } from '../locales/figures.js';
import { money, percent } from '../locales/format.js';
import { mdBlock, mdInline } from '../report/escape.js';
import { renderFlag } from '../report/markdown.js';
import { table } from '../report/markdown-parts.js';
import type { Severity } from '../rules/types.js';
import type { MonitorReport } from './monitor.js';

const pct = (s: string | null): string => percent(s, 4);

/** Renders the monitoring report. */
export function renderMonitorMarkdown(report: MonitorReport, lang: Lang = 'en'): string {
  const T = relationshipTexts[lang];
  const R = T.report;
  const H = R.headings;
  const out: string[] = [];
  const b = report.business;
  out.push(`# ${mdInline(R.heading(b.name))}`, '', mdBlock(R.businessLine(b.industry, b.kind)), '');

  out.push(`## ${R.flags}`, '');
  if (report.flags.length === 0) out.push(mdBlock(R.none), '');
  for (const severity of ['critical', 'warning', 'info'] as Severity[])
    for (const f of report.flags.filter((x) => x.severity === severity)) out.push(renderFlag(f, lang), '');
  for (const c of report.checks)
    if (c.status === 'skipped') out.push(R.skippedCheck(mdInline(c.code), mdInline(T.checkTitles[c.code]), mdInline(c.reason?.[lang] ?? '')));
  out.push('');

  const e = report.expectation;
  out.push(`## ${R.expectation}`, '', mdBlock(R.patternLine(e.pattern, e.reasoning[lang])), '');
  out.push(
    table(
      [H.month, H.sales, H.inflows, H.retention, H.expectedBalance, H.reason],
      e.months.map((m) => [monthName(m.month, lang), money(m.sales), money(m.inflows), m.retention, money(m.expectedBalance), m.reason[lang]]),
    ),
    '',
  );

  out.push(`## ${R.observed}`, '');
  out.push(
    table(
      [H.month, H.inflows, H.expectedInflows, H.balance, H.expectedBalance],
      report.observed.map((m) => [m.month, money(m.inflows), money(m.expectedInflows), money(m.averageBalance), money(m.expectedBalance)]),
    ),
    '',
  );

  const c = report.cost;
  if (c) {
    const C = R.costRows;
    out.push(`## ${R.cost}`, '');
    out.push(
      table(
        [H.item, H.value],
        [
          [C.amount, money(c.amount)],
          [C.deposit, money(c.deposit)],
          [C.usableAmount, money(c.usableAmount)],
          [C.depositInterest, money(c.depositInterest)],
          [C.contractMonthlyRate, pct(c.contractMonthlyRate)],
          [C.contractEffectiveAnnualRate, pct(c.contractEffectiveAnnualRate)],
          [C.monthlyCost, pct(c.monthlyCost)],
          [C.effectiveAnnualCost, pct(c.effectiveAnnualCost)],
          [C.averageOutstanding, money(c.bank.averageOutstanding)],
          [C.loanInterest, money(c.bank.loanInterest)],
          [C.depositValue, money(c.bank.depositValue)],
          [C.loanYield, pct(c.bank.loanYield)],
          [C.relationshipYield, pct(c.bank.relationshipYield)],
        ],
      ),
      '',
    );
  }

  const cal = report.calendar;
  if (cal) {
    out.push(`## ${R.calendar}`, '', mdBlock(`${cal.from} – ${cal.to}`), '');
    out.push(
      table(
        [H.date, H.kind, H.task],
        cal.tasks.map((t) => [t.date, T.calendar.kinds[t.kind], R.task(t.title[lang], t.purpose[lang])]),
        false,
      ),
      '',
    );
  }
  return out.join('\n');
}
