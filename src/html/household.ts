/**
 * The HTML memo's household section (docs/html.md): the household balance sheet beside the business one, the
 * family's total net worth, the guarantees given, and the credit report's summary. Null when the report has
 * neither. Words from the catalog (`memo.household`); every string escaped by the html template.
 */
import type { Lang } from '../locales/index.js';
import { memoTexts } from '../locales/memo.js';
import type { Report } from '../report/analyze.js';
import { attr, type Html, html } from './escape.js';
import { g, num, table } from './parts.js';

const ASSETS = ['property', 'vehicle', 'deposit', 'investment', 'receivable', 'other'] as const;
const DEBTS = ['mortgage', 'vehicle-loan', 'consumer', 'credit-card', 'private', 'other'] as const;

function section(id: string, heading: string, body: readonly Html[]): Html {
  return html`<section id="${attr(id)}" class="page" aria-labelledby="${attr(`${id}-h`)}"><h2 id="${attr(`${id}-h`)}">${heading}</h2>${body}</section>`;
}

/** The household balance sheet and the credit report; null when the report has neither. */
export function householdHtml(report: Report, lang: Lang): Html | null {
  const t = memoTexts[lang].household;
  const h = report.household;
  const c = report.creditReport;
  if (h === null && c === null) return null;
  const parts: Html[] = [];
  if (h !== null) {
    parts.push(
      html`<h3>${t.heading}</h3>`,
      table(t.assets, [t.assets, t.amount], [...ASSETS.map((k) => [t.assetKinds[k], num(g(h.assets[k]))]), [t.total, num(g(h.assets.total))]], (i) => (i === ASSETS.length ? 'total' : null), [false, true]),
      table(
        t.liabilities,
        [t.liabilities, t.amount],
        [...DEBTS.map((k) => [t.liabilityKinds[k], num(g(h.liabilities[k]))]), [t.total, num(g(h.liabilities.total))], [t.netWorth, num(g(h.netWorth))]],
        (i) => (i >= DEBTS.length ? 'total' : null),
        [false, true],
      ),
      html`<p>${t.familyNetWorth(g(h.businessEquity), g(h.netWorth), g(h.familyNetWorth))}</p>`,
    );
    if (h.assetLines.length > 0)
      parts.push(html`<h3>${t.assetLines}</h3>`, table(t.assetLines, t.assetColumns, h.assetLines.map((a) => [t.assetKinds[a.kind], a.description ?? '—', num(g(a.value))]), undefined, [false, false, true]));
    if (h.liabilityLines.length > 0)
      parts.push(
        html`<h3>${t.liabilityLines}</h3>`,
        table(
          t.liabilityLines,
          t.liabilityColumns,
          h.liabilityLines.map((l) => [t.liabilityKinds[l.kind], l.lender, num(g(l.balance)), num(g(l.monthlyInstalment)), l.inLoans ? t.yes : t.no]),
          undefined,
          [false, false, true, true, false],
        ),
        html`<p>${t.instalments(g(h.monthlyInstalments), g(h.instalmentsAddedToCapacity))}</p>`,
      );
    if (h.guaranteeLines.length > 0)
      parts.push(
        html`<h3>${t.guarantees}</h3>`,
        table(t.guarantees, t.guaranteeColumns, h.guaranteeLines.map((x) => [x.beneficiary, x.relation ?? '—', num(g(x.amount)), x.maturityDate ?? '—']), undefined, [false, false, true, false]),
        html`<p>${t.guaranteesTotal(g(h.guaranteesGiven))}</p>`,
      );
  }
  if (c !== null) {
    const r = t.creditReport;
    parts.push(html`<h3>${r.heading}</h3><p>${r.date(c.reportDate)}</p>`);
    parts.push(
      c.loans.length === 0
        ? html`<p>${r.none}</p>`
        : table(r.heading, r.columns, [...c.loans.map((l) => [l.lender, r.kinds[l.kind], num(g(l.balance))]), [r.total, '', num(g(c.totalBalance))]], (i) => (i === c.loans.length ? 'total' : null), [false, false, true]),
    );
    parts.push(
      html`<ul><li>${r.overdue(c.overdueCount24Months, c.worstDaysOverdue24Months)}</li><li>${r.queries(c.queries6Months)}</li><li>${r.guarantees(c.guaranteesGiven === null ? null : g(c.guaranteesGiven))}</li></ul>`,
    );
  }
  return section('household', h !== null ? t.heading : t.creditReport.heading, parts);
}
