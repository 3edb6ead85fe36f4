/**
 * The memo's stock count (点货) and fixed-asset schedule in Markdown: each counted line with where it is, its
 * condition, whose it is, how it is valued and counted, its cost, write-down and the value carried on the
 * balance sheet, then the totals; then each fixed asset with its depreciation. Words from the catalog's
 * `memo.stock`; every cell escaped (src/report/markdown-parts.ts `table`). Nothing when there is neither.
 */
import type { Lang } from '../locales/index.js';
import { memoTexts } from '../locales/memo.js';
import type { Report } from './analyze.js';
import { g, pct, table } from './markdown-parts.js';

/** The stock count and the fixed-asset schedule, as Markdown lines (empty when the profile has neither). */
export function renderStockSections(report: Report, lang: Lang): string[] {
  const m = memoTexts[lang];
  const t = m.stock;
  const out: string[] = [];
  const count = report.stockCount;
  if (count !== null && count !== undefined && count.lines.length > 0) {
    const c = t.columns;
    out.push(`## ${t.heading}`, '');
    out.push(
      table(
        [c.item, c.location, c.condition, c.ownership, c.valuation, c.method, c.quantity, c.unitCost, c.costValue, c.writeDown, c.value],
        count.lines.map((l) => [
          l.item,
          l.location ?? '—',
          t.conditions[l.condition],
          t.ownership[l.ownership],
          l.margin === null ? t.valuations[l.valuation] : `${t.valuations[l.valuation]} (${pct(l.margin)})`,
          l.countMethod === null ? '—' : t.methods[l.countMethod],
          g(l.quantity),
          g(l.unitCost),
          g(l.costValue),
          g(l.writeDown),
          g(l.value),
        ]),
      ),
      '',
      t.totals({ atCost: g(count.totals.atCost), writtenDown: g(count.totals.writtenDown), consigned: g(count.totals.consigned), carried: g(count.totals.carried) }),
      '',
    );
  }
  const assets = report.balanceSheet.fixedAssetLines;
  if (assets.length > 0) {
    const f = t.fixedAssets;
    const c = f.columns;
    out.push(`## ${f.heading}`, '');
    out.push(
      table(
        [c.name, c.purchaseDate, c.cost, c.basis, c.months, c.monthly, c.accumulated, c.netBookValue],
        assets.map((a) => [a.name, a.purchaseDate, g(a.cost), f.bases[a.basis], String(a.monthsDepreciated), g(a.monthlyDepreciation), g(a.accumulatedDepreciation), g(a.netBookValue)]),
      ),
      '',
    );
  }
  return out;
}
