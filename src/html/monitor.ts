/**
 * The monitoring report (贷后监测报告) as one self-contained HTML document, laid out like the Markdown one
 * (src/relationship/markdown.ts): flags with their figures, the deposit expectation month by month, observed
 * against expected, the loan's cost and yield, the contact calendar. Words from the catalogs
 * (src/locales/<lang>/relationship.ts); every string escaped (src/html/escape.ts).
 */
import type { Lang } from '../locales/index.js';
import { relationshipTexts } from '../locales/relationship.js';
import type { MonitorReport } from '../relationship/monitor.js';
import type { Severity } from '../rules/types.js';
import { attr, type Html, html } from './escape.js';
import { documentHtml, flagHtml, g, num, table } from './parts.js';
import { percent as percent4 } from '../locales/format.js';

/** Rates and yields with four decimals, as the Markdown report writes them. */
const percent = (s: string | null): string => percent4(s, 4);

function section(id: string, heading: string, body: Html | readonly Html[]): Html {
  return html`<section id="${attr(id)}" class="page" aria-labelledby="${attr(`${id}-h`)}"><h2 id="${attr(`${id}-h`)}">${heading}</h2>${body}</section>`;
}

/** Renders the monitoring report as HTML. */
export function renderMonitorHtml(report: MonitorReport, lang: Lang = 'en'): string {
  const T = relationshipTexts[lang];
  const R = T.report;
  const H = R.headings;
  const b = report.business;
  const parts: Html[] = [html`<header><h1>${R.heading(b.name)}</h1><p class="meta">${R.businessLine(b.industry, b.kind)}</p></header>`];

  const flags: Html[] = [];
  if (report.flags.length === 0) flags.push(html`<p>${R.none}</p>`);
  for (const severity of ['critical', 'warning', 'info'] as Severity[]) for (const f of report.flags.filter((x) => x.severity === severity)) flags.push(flagHtml(f, lang));
  const skipped = report.checks.filter((c) => c.status === 'skipped');
  if (skipped.length > 0) flags.push(html`<ul>${skipped.map((c) => html`<li>${R.skippedCheck(c.code, T.checkTitles[c.code], c.reason?.[lang] ?? '')}</li>`)}</ul>`);
  parts.push(html`<section id="flags" aria-labelledby="flags-h"><h2 id="flags-h">${R.flags}</h2>${flags}</section>`);

  const e = report.expectation;
  parts.push(
    section(
      'expectation',
      R.expectation,
      html`<p>${R.patternLine(e.pattern, e.reasoning[lang])}</p>${table(
        R.expectation,
        [H.month, H.sales, H.inflows, H.retention, H.expectedBalance, H.reason],
        e.months.map((m) => [num(String(m.month)), num(g(m.sales)), num(g(m.inflows)), num(m.retention), num(g(m.expectedBalance)), m.reason[lang]]),
        undefined,
        [true, true, true, true, true, false],
      )}`,
    ),
  );
  parts.push(
    section(
      'observed',
      R.observed,
      table(
        R.observed,
        [H.month, H.inflows, H.expectedInflows, H.balance, H.expectedBalance],
        report.observed.map((m) => [m.month, num(g(m.inflows)), num(g(m.expectedInflows)), num(g(m.averageBalance)), num(g(m.expectedBalance))]),
        undefined,
        [false, true, true, true, true],
        true,
      ),
    ),
  );
  const c = report.cost;
  if (c) {
    const C = R.costRows;
    const p = (s: string | null) => num(percent(s));
    parts.push(
      section(
        'cost',
        R.cost,
        table(
          R.cost,
          [H.item, H.value],
          [
            [C.amount, num(g(c.amount))],
            [C.deposit, num(g(c.deposit))],
            [C.usableAmount, num(g(c.usableAmount))],
            [C.depositInterest, num(g(c.depositInterest))],
            [C.contractMonthlyRate, p(c.contractMonthlyRate)],
            [C.contractEffectiveAnnualRate, p(c.contractEffectiveAnnualRate)],
            [C.monthlyCost, p(c.monthlyCost)],
            [C.effectiveAnnualCost, p(c.effectiveAnnualCost)],
            [C.averageOutstanding, num(g(c.bank.averageOutstanding))],
            [C.loanInterest, num(g(c.bank.loanInterest))],
            [C.depositValue, num(g(c.bank.depositValue))],
            [C.loanYield, p(c.bank.loanYield)],
            [C.relationshipYield, p(c.bank.relationshipYield)],
          ],
          undefined,
          [false, true],
        ),
      ),
    );
  }
  const cal = report.calendar;
  if (cal)
    parts.push(
      section(
        'calendar',
        R.calendar,
        html`<p>${cal.from} – ${cal.to}</p>${table(R.calendar, [H.date, H.kind, H.task], cal.tasks.map((t) => [t.date, T.calendar.kinds[t.kind], R.task(t.title[lang], t.purpose[lang])]))}`,
      ),
    );
  return documentHtml(lang, R.heading(b.name), html`${parts}`);
}
