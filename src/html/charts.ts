/**
 * The memo's charts as inline SVG, written by hand (docs/html.md, "Charts"): the surplus against the instalment
 * month by month, the equity bridge as a waterfall, the declared sales against the estimates. Positions are
 * plotting floats taken from the report's decimal strings (they are not money and are never printed); every
 * printed figure is the report's exact string, grouped. No clock, no locale, no randomness: the same report
 * gives the same bytes. Each chart is `<figure>` with an `<svg role="img">` titled and described from the catalog;
 * its bars or steps carry `data-bar` / `data-step` so the browser check can count them.
 */
import { D, groupDigits } from '../money/index.js';
import type { Lang } from '../locales/index.js';
import { memoTexts } from '../locales/memo.js';
import type { EquityLine } from '../locales/sections/memo.js';
import { estimateName as enEstimateName } from '../locales/en/checks/sales-estimates.js';
import { estimateName as zhEstimateName } from '../locales/zh/checks/sales-estimates.js';
import type { Report } from '../report/analyze.js';
import { attr, type Html, html } from './escape.js';

const estimateNames: Readonly<Record<Lang, typeof enEstimateName>> = { en: enEstimateName, zh: zhEstimateName };

/** A plotting position: one decimal, no exponent (positions stay far below 1e21). */
const n = (x: number): string => String(Math.round(x * 10) / 10);
/** A decimal string as a plotting float. */
const f = (s: string): number => Number(s);
const pct = (s: string): string => `${new D(s).times(100).toFixed(2)}%`;

const WIDTH = 720;

/** A linear scale from [lo, hi] (widened to hold 0) onto [a, b]. */
function scale(values: readonly number[], a: number, b: number): (v: number) => number {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  return (v) => a + ((v - lo) / span) * (b - a);
}

function figure(id: string, title: string, description: string, height: number, body: Html, caption: Html | null): Html {
  return html`<figure class="chart" data-chart="${attr(id)}"><div class="scroll" role="region" aria-label="${attr(title)}" tabindex="0"><svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${attr(`${id}-t`)} ${attr(`${id}-d`)}" xmlns="http://www.w3.org/2000/svg"><title id="${attr(`${id}-t`)}">${title}</title><desc id="${attr(`${id}-d`)}">${description}</desc>${body}</svg></div>${caption === null ? null : html`<figcaption>${caption}</figcaption>`}</figure>`;
}

/** Is the month's instalment over the limit (its ratio above it, or no surplus to pay it from)? */
export function overLimit(month: { readonly ratio: string | null }, limit: string): boolean {
  return month.ratio === null || new D(month.ratio).gt(limit);
}

/** Surplus (pale bar), instalment (dark, red over the limit) and the limit (dashed) for each month of the term. */
export function capacityChart(report: Report, lang: Lang): Html | null {
  const c = report.capacity;
  if (c === null || c.months.length === 0) return null;
  const m = memoTexts[lang];
  const t = m.html.charts;
  const limitPct = pct(c.limit);
  const height = 300;
  const top = 40;
  const bottom = height - 40;
  const left = 16;
  const right = WIDTH - 16;
  const limits = c.months.map((x) => new D(x.surplus).times(c.limit));
  const y = scale([...c.months.flatMap((x) => [f(x.surplus), f(x.payment)]), ...limits.map((l) => l.toNumber())], bottom, top);
  const slot = (right - left) / c.months.length;
  const named = c.months.length <= 12;
  const bars = c.months.map((x, i) => {
    const over = overLimit(x, c.limit);
    const x0 = left + i * slot;
    const w = slot * 0.7;
    const bx = x0 + (slot - w) / 2;
    const rect = (v: number, cx: number, cw: number, cls: string) => {
      const a = y(0);
      const b = y(v);
      return html`<rect class="${cls}" x="${n(cx)}" y="${n(Math.min(a, b))}" width="${n(cw)}" height="${n(Math.max(Math.abs(a - b), 0.5))}"/>`;
    };
    const label = named ? m.html.monthShort(x.calendarMonth) : String(x.period);
    const ly = y(limits[i]!.toNumber());
    return html`<g data-bar="${over ? 'over' : 'within'}"><title>${m.month(x.calendarMonth)} (${x.dueDate}): ${t.surplus} ${groupDigits(x.surplus)}, ${t.instalment} ${groupDigits(x.payment)}${x.ratio === null ? null : `, ${pct(x.ratio)}`}${over ? `, ${m.html.overLimit}` : null}</title>${rect(f(x.surplus), bx, w, 'surplus')}${rect(f(x.payment), bx + w * 0.25, w * 0.5, over ? 'payment over' : 'payment')}<line class="limit" x1="${n(bx - 2)}" x2="${n(bx + w + 2)}" y1="${n(ly)}" y2="${n(ly)}"/><text class="${over ? 'axis over' : 'axis'}" x="${n(x0 + slot / 2)}" y="${n(bottom + 16)}" text-anchor="middle">${label}${over ? ' !' : null}</text></g>`;
  });
  const legend = html`<g class="legend"><rect class="surplus" x="16" y="10" width="14" height="12"/><text x="36" y="20">${t.surplus}</text><rect class="payment" x="180" y="10" width="14" height="12"/><text x="200" y="20">${t.instalment}</text><line class="limit" x1="340" x2="370" y1="16" y2="16"/><text x="376" y="20">${t.limitLine(limitPct)}</text></g>`;
  const axis = html`<line class="zero" x1="${left}" x2="${right}" y1="${n(y(0))}" y2="${n(y(0))}"/>`;
  const over = c.months.filter((x) => overLimit(x, c.limit)).map((x) => (named ? m.month(x.calendarMonth) : `${m.schedule.period} ${x.period} (${x.dueDate})`));
  return figure('chart-capacity', t.capacity, t.capacityDescription(limitPct), height, html`${legend}${axis}${bars}`, html`${m.html.monthsOver(over, limitPct)}`);
}

const STEPS: readonly EquityLine[] = ['initialEquity', 'profits', 'withdrawals', 'injections', 'depreciation', 'expectedEquity', 'balanceSheetEquity', 'gap'];

/** The equity bridge as a horizontal waterfall: totals from zero, changes from the running figure. */
export function equityWaterfall(report: Report, lang: Lang): Html | null {
  const e = report.equity;
  if (e.status !== 'reconciled') return null;
  const t = memoTexts[lang].html.charts;
  const initial = new D(e.initialEquity);
  const afterProfits = initial.plus(e.profits);
  const afterWithdrawals = afterProfits.minus(e.withdrawals);
  const afterInjections = afterWithdrawals.plus(e.injections);
  // The last step ends at the report's expected equity (the same sum; the report's figure is the one printed).
  const spans: Record<EquityLine, readonly [string, string, 'total' | 'up' | 'down' | 'gap']> = {
    initialEquity: ['0', e.initialEquity, 'total'],
    profits: [initial.toString(), afterProfits.toString(), new D(e.profits).gte(0) ? 'up' : 'down'],
    withdrawals: [afterProfits.toString(), afterWithdrawals.toString(), new D(e.withdrawals).gt(0) ? 'down' : 'up'],
    injections: [afterWithdrawals.toString(), afterInjections.toString(), new D(e.injections).gte(0) ? 'up' : 'down'],
    depreciation: [afterInjections.toString(), e.expectedEquity, new D(e.depreciation).gt(0) ? 'down' : 'up'],
    expectedEquity: ['0', e.expectedEquity, 'total'],
    balanceSheetEquity: ['0', e.balanceSheetEquity, 'total'],
    gap: [e.expectedEquity, e.balanceSheetEquity, 'gap'],
  };
  const printed: Record<EquityLine, string> = {
    initialEquity: e.initialEquity,
    profits: e.profits,
    withdrawals: e.withdrawals,
    injections: e.injections,
    depreciation: e.depreciation,
    expectedEquity: e.expectedEquity,
    balanceSheetEquity: e.balanceSheetEquity,
    gap: e.gap,
  };
  const labelWidth = 190;
  const valueWidth = 130;
  const row = 30;
  const top = 10;
  const height = top + STEPS.length * row + 10;
  const x = scale(STEPS.flatMap((k) => spans[k].slice(0, 2).map((s) => f(s as string))), labelWidth, WIDTH - valueWidth);
  const steps = STEPS.map((k, i) => {
    const [from, to, kind] = spans[k];
    const a = x(f(from));
    const b = x(f(to));
    const yy = top + i * row;
    return html`<g data-step="${attr(k)}"><text class="label" x="${labelWidth - 8}" y="${n(yy + 19)}" text-anchor="end">${t.steps[k]}</text><rect class="${attr(`step ${kind}`)}" x="${n(Math.min(a, b))}" y="${n(yy + 5)}" width="${n(Math.max(Math.abs(b - a), 1))}" height="20"/><text class="value" x="${WIDTH - 8}" y="${n(yy + 19)}" text-anchor="end">${groupDigits(printed[k])}</text></g>`;
  });
  const zero = x(0);
  return figure('chart-equity', t.waterfall, t.waterfallDescription, height, html`<line class="zero" x1="${n(zero)}" x2="${n(zero)}" y1="${top}" y2="${height - 10}"/>${steps}`, null);
}

/** Declared sales against each estimate the report carries (the ones beyond the tolerance), with each tolerance band. */
export function salesChart(report: Report, lang: Lang): Html | null {
  // Every estimate of the cross-check table, the agreeing ones included (kind `agrees`); the flags alone for a
  // report without the table.
  const table = (report.crossChecks ?? []).find((r) => r.figure === 'sales')?.estimates ?? [];
  const fromTable = table.map((e) => ({ ...e, severity: e.severity ?? ('agrees' as const) }));
  const source = fromTable.length > 0 ? fromTable : report.flags;
  const flags = source.filter((fl) => fl.code === 'SALES_TRIANGULATION' && typeof fl.subject.estimate === 'string' && fl.expected !== null && fl.observed !== null);
  if (flags.length === 0) return null;
  const t = memoTexts[lang].html.charts;
  const tolerance = String(report.policy.salesTriangulation.tolerance);
  const declared = flags[0]!.observed as string;
  const rows = [
    { label: t.declared, value: declared, declared, kind: 'declared' },
    ...flags.map((fl) => ({
      label: estimateNames[lang](String(fl.subject.estimate), fl.params),
      value: fl.expected as string,
      declared: fl.observed as string,
      kind: fl.severity,
    })),
  ];
  const bands = rows.map((r) => [new D(r.declared).times(new D(1).minus(tolerance)), new D(r.declared).times(new D(1).plus(tolerance))] as const);
  const labelWidth = 220;
  const valueWidth = 120;
  const row = 44;
  const top = 10;
  const height = top + rows.length * row + 6;
  const x = scale([...rows.map((r) => f(r.value)), ...bands.flatMap(([lo, hi]) => [lo.toNumber(), hi.toNumber()])], labelWidth, WIDTH - valueWidth);
  const body = rows.map((r, i) => {
    const yy = top + i * row;
    const [lo, hi] = bands[i]!;
    const band =
      r.kind === 'declared'
        ? null
        : html`<rect class="band" x="${n(x(lo.toNumber()))}" y="${n(yy + 2)}" width="${n(x(hi.toNumber()) - x(lo.toNumber()))}" height="26"><title>${t.band(groupDigits(lo.toFixed(2)), groupDigits(hi.toFixed(2)), pct(tolerance))}</title></rect>`;
    const d = x(f(r.declared));
    return html`<g data-bar="${attr(r.kind)}"><text class="label" x="${labelWidth - 8}" y="${n(yy + 20)}" text-anchor="end">${r.label}</text>${band}<rect class="${attr(`sales ${r.kind}`)}" x="${n(Math.min(x(0), x(f(r.value))))}" y="${n(yy + 8)}" width="${n(Math.max(Math.abs(x(f(r.value)) - x(0)), 1))}" height="14"/><line class="declared" x1="${n(d)}" x2="${n(d)}" y1="${n(yy)}" y2="${n(yy + 30)}"/><text class="value" x="${WIDTH - 8}" y="${n(yy + 20)}" text-anchor="end">${groupDigits(r.value)}</text>${band === null ? null : html`<text class="note" x="${labelWidth}" y="${n(yy + 40)}">${t.band(groupDigits(lo.toFixed(2)), groupDigits(hi.toFixed(2)), pct(tolerance))}</text>`}</g>`;
  });
  return figure('chart-sales', t.sales, t.salesDescription, height, html`${body}`, null);
}
