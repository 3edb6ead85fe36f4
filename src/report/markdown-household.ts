/**
 * The memo's household sections in Markdown (docs/rules.md, "household-balance", "credit-report"): the household
 * balance sheet beside the business one, the family's total net worth, the guarantees given, and the credit
 * report's summary. Nothing when the report has neither. Words from the catalog (`memo.household`); applicant
 * text (descriptions, lenders, names) escaped by the table cells and mdBlock.
 */
import type { Lang } from '../locales/index.js';
import { memoTexts } from '../locales/memo.js';
import type { Report } from './analyze.js';
import { mdBlock } from './escape.js';
import { g, table } from './markdown-parts.js';

const ASSETS = ['property', 'vehicle', 'deposit', 'investment', 'receivable', 'other'] as const;
const DEBTS = ['mortgage', 'vehicle-loan', 'consumer', 'credit-card', 'private', 'other'] as const;

/** The household balance sheet and the credit report, as Markdown lines (none when the report has neither). */
export function renderHouseholdSections(report: Report, lang: Lang): string[] {
  const t = memoTexts[lang].household;
  const out: string[] = [];
  const h = report.household;
  if (h !== null) {
    out.push(`## ${t.heading}`, '');
    out.push(table([t.assets, t.amount], [...ASSETS.map((k) => [t.assetKinds[k], g(h.assets[k])]), [t.total, g(h.assets.total)]]), '');
    out.push(
      table([t.liabilities, t.amount], [...DEBTS.map((k) => [t.liabilityKinds[k], g(h.liabilities[k])]), [t.total, g(h.liabilities.total)], [t.netWorth, g(h.netWorth)]]),
      '',
    );
    out.push(mdBlock(t.familyNetWorth(g(h.businessEquity), g(h.netWorth), g(h.familyNetWorth))), '');
    if (h.assetLines.length > 0)
      out.push(`### ${t.assetLines}`, '', table(t.assetColumns, h.assetLines.map((a) => [t.assetKinds[a.kind], a.description ?? '—', g(a.value)])), '');
    if (h.liabilityLines.length > 0) {
      out.push(
        `### ${t.liabilityLines}`,
        '',
        table(t.liabilityColumns, h.liabilityLines.map((l) => [t.liabilityKinds[l.kind], l.lender, g(l.balance), g(l.monthlyInstalment), l.inLoans ? t.yes : t.no])),
        '',
      );
      out.push(mdBlock(t.instalments(g(h.monthlyInstalments), g(h.instalmentsAddedToCapacity))), '');
    }
    if (h.guaranteeLines.length > 0) {
      out.push(`### ${t.guarantees}`, '', table(t.guaranteeColumns, h.guaranteeLines.map((x) => [x.beneficiary, x.relation ?? '—', g(x.amount), x.maturityDate ?? '—'])), '');
      out.push(mdBlock(t.guaranteesTotal(g(h.guaranteesGiven))), '');
    }
  }
  const c = report.creditReport;
  if (c !== null) {
    const r = t.creditReport;
    out.push(`## ${r.heading}`, '', mdBlock(r.date(c.reportDate)), '');
    if (c.loans.length === 0) out.push(r.none, '');
    else out.push(table(r.columns, [...c.loans.map((l) => [l.lender, r.kinds[l.kind], g(l.balance)]), [r.total, '', g(c.totalBalance)]]), '');
    out.push(`- ${mdBlock(r.overdue(c.overdueCount24Months, c.worstDaysOverdue24Months))}`);
    out.push(`- ${mdBlock(r.queries(c.queries6Months))}`);
    out.push(`- ${mdBlock(r.guarantees(c.guaranteesGiven === null ? null : g(c.guaranteesGiven)))}`, '');
  }
  return out;
}
