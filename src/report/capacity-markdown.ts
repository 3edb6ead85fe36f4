/**
 * The memo's capacity sections, in any language of the catalogs: the recommendation (after the summary), then
 * the loan schedule, the capacity month by month and the seasonal funding plan (after the equity
 * reconciliation). Every word comes from the catalog's `memo` and `decision` sections; every text is escaped for
 * Markdown (src/report/escape.ts).
 */
import { catalogs, type Lang } from '../locales/index.js';
import { memoTexts } from '../locales/memo.js';
import type { MemoTexts } from '../locales/sections/memo.js';
import type { Report } from './analyze.js';
import type { OpenPointJson, ScheduleJson } from './capacity-json.js';
import { CHECKLIST_KINDS, checklistLines } from '../decision/checklist.js';
import { capacityStatus } from '../locales/figures.js';
import { mdBlock, mdCode, mdInline } from './escape.js';
import { g, pct, table } from './markdown-parts.js';
import { cashModelLines } from './markdown-cash-model.js';

const method = (name: string, m: MemoTexts) => (Object.hasOwn(m.methods, name) ? m.methods[name] : undefined) ?? name;
const monthList = (months: readonly number[], m: MemoTexts) => (months.length === 0 ? m.funding.none : m.list(months.map(m.month)));
const monthOrNone = (month: number | null, m: MemoTexts) => (month === null ? m.funding.none : m.month(month));

/**
 * A flag code named by its title (from the report's flags, else the rule that declares it) with the code beside it;
 * a check's id (the reasons of a refer-back) by the check's title.
 */
function codeName(code: string, report: Report, lang: Lang, m: MemoTexts): string {
  const title =
    report.flags.find((f) => f.code === code)?.title[lang] ??
    report.rules.find((r) => r.codes.includes(code))?.title[lang] ??
    report.rules.find((r) => r.id === code)?.title[lang];
  if (title !== undefined) return mdInline(m.named(title, code));
  const own = catalogs[lang].decision.reasonNames[code];
  if (own !== undefined && Object.hasOwn(catalogs[lang].decision.reasonNames, code)) return mdInline(m.named(own, code));
  const shown = m.data(code);
  return shown === `\`${code}\`` ? mdCode(code) : mdInline(shown);
}

/** The recommendation section (empty without a loan request). */
export function renderRecommendation(report: Report, lang: Lang): string[] {
  const r = report.recommendation;
  if (r === null) return [];
  const m = memoTexts[lang];
  const { decision } = catalogs[lang];
  const t = m.recommendation;
  const out: string[] = [`## ${t.heading}`, ''];
  out.push(`**${mdInline(decision.decisions[r.decision])}** — ${mdInline(r.message[lang])}`, '');
  const q = r.requested;
  out.push(`- ${mdBlock(t.requested(g(q.amount), q.termMonths, pct(q.monthlyRate), method(q.method, m)))}`);
  // A referred or declined file offers no amount: the affordable amounts rest on unverified figures (docs/capacity.md).
  const offers = r.figuresVerified;
  out.push(`- ${mdBlock(offers ? t.maxAmount(g(r.maxAmount), g(r.maxAmountExact)) : decision.memo.unverifiedMaxAmount(g(r.maxAmount)))}`);
  if (r.reasons.length > 0) out.push(`- ${m.field(t.reasons, m.longList(r.reasons.map((c) => codeName(c, report, lang, m))))}`);
  if (r.notes.length > 0) out.push(`- ${m.field(t.notes, m.longList(r.notes.map((c) => codeName(c, report, lang, m))))}`);
  if (!offers) {
    out.push(`- ${mdBlock(decision.memo.offersWithheld)}`, '', ...renderConditionsAndOpenPoints(report, lang));
    return out;
  }
  const s = r.stress;
  // A negative drop means the line is already crossed: sales would have to rise by that much.
  const change = (d: string) => (d.startsWith('-') ? t.alreadyCrossed(pct(d.slice(1))) : t.holdsUntil(pct(d)));
  // Not computed (the extras were not asked for) is said, never shown as "nothing to report".
  if (s === null || r.alternatives === null) out.push(`- ${mdBlock(t.extrasNotComputed)}`);
  if (s !== null && s.salesDropToLimit !== null) out.push(`- ${mdBlock(t.stress('limit', change(s.salesDropToLimit)))}`);
  if (s !== null && s.salesDropToShortfall !== null) out.push(`- ${mdBlock(t.stress('shortfall', change(s.salesDropToShortfall)))}`);
  out.push('');
  out.push(...renderConditionsAndOpenPoints(report, lang));
  if (r.alternatives !== null && r.alternatives.length > 0) {
    out.push(`### ${t.alternatives}`, '');
    out.push(
      table(
        [t.term, t.maxAmountColumn, t.instalment, t.totalInterest, t.covers],
        r.alternatives.map((a) => [String(a.termMonths), g(a.maxAmount), g(a.instalment), g(a.totalInterest), a.coversRequest ? t.yes : t.no]),
      ),
      '',
    );
  }
  return out;
}

/** The decision's conditions and the next visit's checklist (nothing when there are none). */
function renderConditionsAndOpenPoints(report: Report, lang: Lang): string[] {
  const r = report.recommendation;
  if (r === null) return [];
  const m = memoTexts[lang];
  const t = catalogs[lang].decision.memo;
  const out: string[] = [];
  if (r.conditions.length > 0) out.push(`### ${t.conditions}`, '', ...r.conditions.map((c) => `- ${mdBlock(c.text[lang])}`), '');
  if (r.openPoints.length > 0) {
    out.push(`### ${t.openPoints}`, '');
    for (const kind of CHECKLIST_KINDS) {
      const lines = checklistLines(r.openPoints, kind, lang);
      if (lines.length === 0) continue;
      out.push(`**${mdInline(t[kind])}**`, '');
      for (const l of lines) out.push(`- [ ] ${mdBlock(l.text)} (${pointName(l.point, report, lang, m)})`);
      out.push('');
    }
  }
  return out;
}

/** What an open point is about: the gate's or the flag's name with its code, a loan's lender for an estimate. */
function pointName(p: OpenPointJson, report: Report, lang: Lang, m: MemoTexts): string {
  if (p.source === 'gate') return codeName(`INCOMPLETE_${p.code.toUpperCase().replaceAll('-', '_')}`, report, lang, m);
  if (p.source === 'flag') return codeName(p.code, report, lang, m);
  return mdInline(m.data(String(p.params.lender ?? '')));
}

/** A schedule as a Markdown table with its totals (also used by `xcheck schedule --format md`). */
export function renderScheduleTable(s: ScheduleJson, lang: Lang): string[] {
  const m = memoTexts[lang];
  const t = m.schedule;
  return [
    table(
      [t.period, t.due, t.payment, t.interest, t.principal, t.balance],
      s.rows.map((r) => [String(r.period), r.dueDate ?? '—', g(r.payment), g(r.interest), g(r.principal), g(r.closingBalance)]),
    ),
    '',
    mdBlock(t.totals(method(s.method, m), g(s.totalInterest), g(s.totalPaid), pct(s.effectiveAnnualRate))),
    '',
  ];
}

/** Schedule, capacity month by month and funding plan sections. */
export function renderCapacitySections(report: Report, lang: Lang): string[] {
  const m = memoTexts[lang];
  const out: string[] = [];
  if (report.schedule !== null) out.push(`## ${m.schedule.heading}`, '', ...renderScheduleTable(report.schedule, lang));
  const c = report.capacity;
  if (c !== null) {
    const t = m.capacity;
    out.push(`## ${t.heading}`, '');
    out.push(mdBlock(t.terms(pct(c.limit), c.basis, g(c.openingBuffer), c.startDate)), '');
    out.push(
      table(
        [m.schedule.period, m.schedule.due, t.surplus, m.recommendation.instalment, t.ratio, t.net, t.buffer, t.status],
        c.months.map((x) => [
          String(x.period),
          x.dueDate,
          g(x.surplus),
          g(x.payment),
          x.ratio === null ? '—' : pct(x.ratio),
          g(x.net),
          g(x.bufferAfter),
          capacityStatus(x, c.limit, lang),
        ]),
      ),
      '',
    );
  }
  const f = report.fundingPlan;
  if (f === null) out.push(`## ${m.funding.heading}`, '', m.funding.notComputed, '');
  else if (f.seasonal) {
    const t = m.funding;
    out.push(`## ${t.heading}`, '');
    out.push(
      `- ${mdBlock(t.usingMoney(g(f.averageMonthlySales), monthList(f.usingMoney, m)))}`,
      `- ${mdBlock(t.holdingCash(monthList(f.holdingCash, m)))}`,
      `- ${mdBlock(f.suggestedDisbursementMonth === null ? m.cashModel.noBuildUp : t.disbursement(monthOrNone(f.suggestedDisbursementMonth, m)))}`,
      `- ${mdBlock(t.trough(monthOrNone(f.troughMonth, m), g(f.expectedTroughDeposits)))}`,
      ...cashModelLines(f, m).map((line) => `- ${mdBlock(line)}`),
      '',
    );
  }
  return out;
}
