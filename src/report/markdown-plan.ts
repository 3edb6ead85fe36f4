/**
 * The memo's seasonal plan section (report `recommendation.seasonalPlan`, docs/capacity.md §6): why the plan, its
 * kind and cost, then its schedule beside the surplus, month by month. Every word from the catalog's `memo` section
 * (`seasonalPlan`, `schedule`, `capacity`); texts escaped for Markdown.
 */
import type { Lang } from '../locales/index.js';
import { capacityStatus } from '../locales/figures.js';
import { memoTexts } from '../locales/memo.js';
import type { Report } from './analyze.js';
import type { SeasonalPlanScheduleJson } from './capacity-json.js';
import { mdBlock } from './escape.js';
import { g, pct, table } from './markdown-parts.js';

/** The plan's kind, cost and rate as a sentence (also `xcheck schedule --plan … --format md`). */
export function planSummary(plan: SeasonalPlanScheduleJson, lang: Lang): string {
  const t = memoTexts[lang].seasonalPlan;
  const kind = (Object.hasOwn(t.kinds, plan.kind) ? t.kinds[plan.kind] : undefined) ?? plan.kind;
  return mdBlock(t.summary(kind, g(plan.totalInterest), g(plan.totalPaid), pct(plan.effectiveAnnualRate)));
}

/** The proposed plan's section; empty when the recommendation proposes none. */
export function renderSeasonalPlan(report: Report, lang: Lang): string[] {
  const proposal = report.recommendation?.seasonalPlan ?? null;
  const limit = report.capacity?.limit;
  if (proposal === null || limit === undefined) return [];
  const m = memoTexts[lang];
  const t = m.seasonalPlan;
  const s = m.schedule;
  const { plan, capacity } = proposal;
  return [
    `## ${t.heading}`,
    '',
    `- ${mdBlock(t.why(m.list(proposal.slowPeriods.map(String))))}`,
    `- ${planSummary(plan, lang)}`,
    `- ${mdBlock(t.worst(capacity.worst.ratio === null ? '—' : pct(capacity.worst.ratio), pct(limit)))}`,
    '',
    table(
      [s.period, s.due, m.capacity.surplus, s.payment, s.interest, s.principal, s.balance, m.capacity.ratio, m.capacity.status],
      plan.rows.map((r, i) => {
        const c = capacity.months[i];
        return [
          String(r.period),
          r.dueDate ?? '—',
          c ? g(c.surplus) : '—',
          g(r.payment),
          g(r.interest),
          g(r.principal),
          g(r.closingBalance),
          c?.ratio == null ? '—' : pct(c.ratio),
          c ? capacityStatus(c, limit, lang) : '—',
        ];
      }),
    ),
    '',
  ];
}
