/**
 * The HTML memo's stock count (点货) and fixed-asset schedule (docs/html.md): the same tables as the Markdown
 * memo (src/report/markdown-stock.ts), words from the catalog's `memo.stock`, every value escaped by `html`.
 * Null when the profile has neither.
 */
import type { Lang } from '../locales/index.js';
import { memoTexts } from '../locales/memo.js';
import type { Report } from '../report/analyze.js';
import { type Html, html } from './escape.js';
import { g, num, pct, table } from './parts.js';

/** The stock count and the fixed-asset schedule as one section of the memo, or null. */
export function stockSection(report: Report, lang: Lang): Html | null {
  const m = memoTexts[lang];
  const t = m.stock;
  const parts: Html[] = [];
  const count = report.stockCount;
  if (count !== null && count !== undefined && count.lines.length > 0) {
    const c = t.columns;
    parts.push(html`<h3>${t.heading}</h3>`);
    parts.push(
      table(
        t.heading,
        [c.item, c.location, c.condition, c.ownership, c.valuation, c.method, c.quantity, c.unitCost, c.costValue, c.writeDown, c.value],
        count.lines.map((l) => [
          l.item,
          l.location ?? '—',
          t.conditions[l.condition],
          t.ownership[l.ownership],
          l.margin === null ? t.valuations[l.valuation] : `${t.valuations[l.valuation]} (${pct(l.margin)})`,
          l.countMethod === null ? '—' : t.methods[l.countMethod],
          num(g(l.quantity)),
          num(g(l.unitCost)),
          num(g(l.costValue)),
          num(g(l.writeDown)),
          num(g(l.value)),
        ]),
        undefined,
        [false, false, false, false, false, false, true, true, true, true, true],
      ),
      html`<p>${t.totals({ atCost: g(count.totals.atCost), writtenDown: g(count.totals.writtenDown), consigned: g(count.totals.consigned), carried: g(count.totals.carried) })}</p>`,
    );
  }
  const assets = report.balanceSheet.fixedAssetLines;
  if (assets.length > 0) {
    const f = t.fixedAssets;
    const c = f.columns;
    parts.push(html`<h3>${f.heading}</h3>`);
    parts.push(
      table(
        f.heading,
        [c.name, c.purchaseDate, c.cost, c.basis, c.months, c.monthly, c.accumulated, c.netBookValue],
        assets.map((a) => [a.name, a.purchaseDate, num(g(a.cost)), f.bases[a.basis], num(String(a.monthsDepreciated)), num(g(a.monthlyDepreciation)), num(g(a.accumulatedDepreciation)), num(g(a.netBookValue))]),
        undefined,
        [false, false, true, false, true, true, true, true],
      ),
    );
  }
  if (parts.length === 0) return null;
  const heading = [count && count.lines.length > 0 ? t.heading : null, assets.length > 0 ? t.fixedAssets.heading : null].filter((x) => x !== null).join(' · ');
  return html`<section id="stock" class="page" aria-labelledby="stock-h"><h2 id="stock-h">${heading}</h2>${parts}</section>`;
}
