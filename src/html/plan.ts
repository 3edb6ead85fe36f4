/**
 * The HTML memo's seasonal plan section (report `recommendation.seasonalPlan`, docs/capacity.md §6): why the plan,
 * its kind and cost, and its schedule beside the surplus month by month. Texts from the catalogs (`seasonalPlan`,
 * `schedule`, `capacity`); every value goes through the `html` template's escaping.
 */
import type { Lang } from '../locales/index.js';
import { memoTexts } from '../locales/memo.js';
import type { Report } from '../report/analyze.js';
import { overLimit } from './charts.js';
import { attr, type Html, html } from './escape.js';
import { g, num, own, pct, table } from './parts.js';

/** The proposed plan's section, or null when the recommendation proposes none. */
export function seasonalPlanSection(report: Report, lang: Lang): Html | null {
  const proposal = report.recommendation?.seasonalPlan ?? null;
  const limit = report.capacity?.limit;
  if (proposal === null || limit === undefined) return null;
  const m = memoTexts[lang];
  const t = m.seasonalPlan;
  const c = m.capacity;
  const s = m.schedule;
  const { plan, capacity } = proposal;
  const rows = plan.rows.map((r, i) => {
    const x = capacity.months[i];
    const status = x === undefined ? '—' : x.status === 'covered' ? c.covered : x.status === 'buffer' ? c.byBuffer : c.uncovered(g(x.gap));
    return [
      num(String(r.period)),
      r.dueDate ?? '—',
      num(g(x?.surplus)),
      num(g(r.payment)),
      num(g(r.interest)),
      num(g(r.principal)),
      num(g(r.closingBalance)),
      num(x?.ratio == null ? '—' : pct(x.ratio)),
      x !== undefined && overLimit(x, limit) ? html`${status}; <span class="mark">${m.html.overLimit}</span>` : status,
    ];
  });
  const id = 'seasonal-plan';
  return html`<section id="${attr(id)}" class="page" aria-labelledby="${attr(`${id}-h`)}"><h2 id="${attr(`${id}-h`)}">${t.heading}</h2><ul><li>${t.why(
    m.list(proposal.slowPeriods.map(String)),
  )}</li><li>${t.summary(own(t.kinds, plan.kind) ?? plan.kind, g(plan.totalInterest), g(plan.totalPaid), pct(plan.effectiveAnnualRate))}</li><li>${t.worst(
    pct(capacity.worst.ratio),
    pct(limit),
  )}</li></ul>${table(
    t.heading,
    [s.period, s.due, c.surplus, s.payment, s.interest, s.principal, s.balance, c.ratio, c.status],
    rows,
    undefined,
    [true, false, true, true, true, true, true, true, false],
    true,
  )}</section>`;
}
