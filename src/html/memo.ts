/**
 * The credit memo as one self-contained HTML document (docs/html.md): the decision banner first (page 1 in
 * print), then the cross-checks (every check with its status and flag count, the sales chart, the flags with
 * their figures), the statements, the equity reconciliation with its waterfall, the capacity month by month
 * with its chart, the loan schedule, and the rest (funding plan, assumptions). Every word comes from the
 * catalogs (src/locales/<lang>/memo.ts, `html` for this format's own); this file only lays the report out.
 */
import { catalogs, type Lang } from '../locales/index.js';
import { memoTexts } from '../locales/memo.js';
import type { MemoTexts } from '../locales/sections/memo.js';
import type { Report } from '../report/analyze.js';
import type { OpenPointJson } from '../report/capacity-json.js';
import { CHECKLIST_KINDS, checklistLines } from '../decision/checklist.js';
import { PNL_KEYS } from '../report/serialize.js';
import type { Severity } from '../rules/types.js';
import { capacityChart, equityWaterfall, overLimit, salesChart } from './charts.js';
import { crossCheckTableHtml, equityWalkHtml } from './crosschecks.js';
import { attr, type Html, html } from './escape.js';
import { guaranteeSections } from './guarantors.js';
import { documentHtml, flagHtml, g, num, own, pathName, pct, table } from './parts.js';
import { stockSection } from './stock.js';
import { seasonalPlanSection } from './plan.js';
import { cashModelLines } from '../report/markdown-cash-model.js';
import { householdHtml } from './household.js';

const ASSET_LINES = ['cash', 'bank', 'receivables', 'inventory', 'prepayments', 'otherAssets', 'current', 'fixedAssets', 'total'] as const;
const LIABILITY_LINES = ['payables', 'advancesReceived', 'bankLoans', 'privateLoans', 'otherLiabilities', 'total'] as const;
const EQUITY_LINES = ['initialEquity', 'profits', 'withdrawals', 'injections', 'depreciation', 'expectedEquity', 'balanceSheetEquity', 'gap'] as const;

const method = (name: string, m: MemoTexts) => own(m.methods, name) ?? name;

/** A flag code by its title with the code beside it; a check's id (a refer-back's reason) by the check's title. */
function codeName(code: string, report: Report, lang: Lang, m: MemoTexts): string {
  const title =
    report.flags.find((f) => f.code === code)?.title[lang] ??
    report.rules.find((r) => r.codes.includes(code))?.title[lang] ??
    report.rules.find((r) => r.id === code)?.title[lang];
  if (title !== undefined) return m.named(title, code);
  const own = catalogs[lang].decision.reasonNames;
  return Object.hasOwn(own, code) && own[code] !== undefined ? m.named(own[code], code) : m.data(code);
}

/**
 * The decision's conditions and the next visit's checklist (open points grouped by kind, each line with what
 * calls for it), inside the banner after the reasons; nothing when there are none.
 */
function conditionsAndOpenPoints(report: Report, lang: Lang): Html | null {
  const r = report.recommendation;
  if (r === null || (r.conditions.length === 0 && r.openPoints.length === 0)) return null;
  const m = memoTexts[lang];
  const t = catalogs[lang].decision.memo;
  const parts: Html[] = [];
  if (r.conditions.length > 0) parts.push(html`<h3>${t.conditions}</h3><ul>${r.conditions.map((c) => html`<li>${c.text[lang]}</li>`)}</ul>`);
  if (r.openPoints.length > 0) {
    const name = (p: OpenPointJson) =>
      p.source === 'gate'
        ? codeName(`INCOMPLETE_${p.code.toUpperCase().replaceAll('-', '_')}`, report, lang, m)
        : p.source === 'flag'
          ? codeName(p.code, report, lang, m)
          : m.data(String(p.params.lender ?? ''));
    const groups = CHECKLIST_KINDS.map((kind) => {
      const lines = checklistLines(r.openPoints, kind, lang);
      return lines.length === 0 ? null : html`<h4>${t[kind]}</h4><ul class="checklist">${lines.map((l) => html`<li>${l.text} <span class="why">(${name(l.point)})</span></li>`)}</ul>`;
    });
    parts.push(html`<h3>${t.openPoints}</h3>${groups}`);
  }
  return html`${parts}`;
}

function section(id: string, heading: string, body: Html | readonly Html[], page = true): Html {
  return html`<section id="${attr(id)}"${page ? html` class="page"` : null} aria-labelledby="${attr(`${id}-h`)}"><h2 id="${attr(`${id}-h`)}">${heading}</h2>${body}</section>`;
}

/** The decision banner: the outcome, the amount, the reasons (and, later, the conditions and open points). */
function banner(report: Report, lang: Lang): Html {
  const m = memoTexts[lang];
  const r = report.recommendation;
  if (r === null)
    return html`<section id="decision" class="banner none" aria-labelledby="decision-h"><h2 id="decision-h">${m.html.decision}</h2><p class="outcome">${m.html.noRequest}</p></section>`;
  const t = m.recommendation;
  const q = r.requested;
  // A referred or declined file offers no amount: the affordable amounts rest on unverified figures (docs/capacity.md).
  const dm = catalogs[lang].decision.memo;
  const max = r.figuresVerified ? t.maxAmount(g(r.maxAmount), g(r.maxAmountExact)) : dm.unverifiedMaxAmount(g(r.maxAmount));
  const items: Html[] = [html`<li>${t.requested(g(q.amount), q.termMonths, pct(q.monthlyRate), method(q.method, m))}</li>`, html`<li>${max}</li>`];
  const change = (d: string) => (d.startsWith('-') ? t.alreadyCrossed(pct(d.slice(1))) : t.holdsUntil(pct(d)));
  // Not computed (the extras were not asked for) is said, never shown as "nothing to report".
  if (!r.figuresVerified) items.push(html`<li>${dm.offersWithheld}</li>`);
  else {
    if (r.stress === null || r.alternatives === null) items.push(html`<li>${t.extrasNotComputed}</li>`);
    if (r.stress !== null && r.stress.salesDropToLimit !== null) items.push(html`<li>${t.stress('limit', change(r.stress.salesDropToLimit))}</li>`);
    if (r.stress !== null && r.stress.salesDropToShortfall !== null) items.push(html`<li>${t.stress('shortfall', change(r.stress.salesDropToShortfall))}</li>`);
  }
  const named = (label: string, codes: readonly string[]) =>
    codes.length === 0 ? null : html`<h3>${label}</h3><ul>${codes.map((c) => html`<li>${codeName(c, report, lang, m)}</li>`)}</ul>`;
  return html`<section id="decision" class="${attr(`banner ${r.decision}`)}" aria-labelledby="decision-h"><h2 id="decision-h">${m.html.decision}</h2><p class="outcome">${catalogs[lang].decision.decisions[r.decision]}</p><p><strong>${m.html.amount(r.amount === null ? null : g(r.amount))}</strong></p><p class="pre">${r.message[lang]}</p><ul>${items}</ul>${named(t.reasons, r.reasons)}${named(t.notes, r.notes)}${conditionsAndOpenPoints(report, lang)}</section>`;
}

/** Every check with its status and flag count, the sales chart, then the flags grouped by severity. */
function crossChecks(report: Report, lang: Lang): Html {
  const m = memoTexts[lang];
  const c = m.html.columns;
  const skipReason = (r: Report['rules'][number]) =>
    r.reasonCode === 'missing-inputs' && r.missing !== undefined && r.missing.length > 0 ? m.rules.missing(r.missing.map((p) => pathName(p, m))) : (r.reason?.[lang] ?? '');
  const rows = report.rules.map((r) => [
    html`${r.title[lang]} <code>${r.id}</code>`,
    r.status === 'ran' ? m.html.ran : m.html.skipped(skipReason(r)),
    r.status === 'ran' ? num(String(r.flagCount ?? 0)) : num('—'),
  ]);
  const flags: Html[] = [];
  if (report.flags.length === 0) flags.push(html`<p>${m.flags.none}</p>`);
  for (const severity of ['critical', 'warning', 'info'] as Severity[]) {
    const group = report.flags.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    flags.push(html`<h3>${m.flags.group(severity, group.length)}</h3>${group.map((f) => flagHtml(f, lang))}`);
  }
  return html`${section(
    'checks',
    m.html.crossChecks,
    html`<p>${m.summary.sentence(report.summary)}</p>${table(m.html.crossChecks, [c.check, c.status, c.flags], rows, (i) => (report.rules[i]?.status === 'skipped' ? 'skipped' : null), [false, false, true])}${salesChart(report, lang)}`,
  )}${section('flags', m.flags.heading, flags)}`;
}

function statements(report: Report, lang: Lang): Html {
  const m = memoTexts[lang];
  const bs = report.balanceSheet;
  const t = m.balanceSheet;
  const pl = report.incomeStatement;
  const p = m.incomeStatement;
  const parts: Html[] = [
    html`<h3>${t.heading}</h3>`,
    table(t.assets, [t.assets, t.amount], ASSET_LINES.map((k) => [t.lines[k], num(g(bs.assets[k]))]), undefined, [false, true]),
    table(
      t.liabilitiesAndEquity,
      [t.liabilitiesAndEquity, t.amount],
      [...LIABILITY_LINES.map((k) => [t.lines[k], num(g(bs.liabilities[k]))]), [t.equity, num(g(bs.equity))]],
      undefined,
      [false, true],
    ),
    html`<h3>${p.heading}</h3>`,
    table(p.heading, [p.item, p.annual, p.monthly], PNL_KEYS.map((k) => [p.lines[k], num(g(pl.annual[k])), num(g(pl.monthlyAverage[k]))]), undefined, [false, true, true]),
    html`<p>${m.field(p.grossMargin, pct(pl.grossMargin))}</p>`,
  ];
  if (pl.seasonal)
    parts.push(
      table(
        p.month,
        [p.month, p.lines.sales, p.lines.businessProfit, p.monthlySurplus],
        pl.months.map((x) => [m.month(x.month), num(g(x.sales)), num(g(x.businessProfit)), num(g(x.disposableSurplus))]),
        undefined,
        [false, true, true, true],
        true,
      ),
    );
  const s = report.selfReport;
  if (s.talkingHabit !== null) {
    const sr = m.selfReport;
    parts.push(html`<h3>${sr.heading}</h3><p>${sr.sentence(own(sr.habits, s.talkingHabit) ?? s.talkingHabit, s.factor ?? '—')}</p>`);
    parts.push(
      s.adjustments.length === 0
        ? html`<p>${sr.none}</p>`
        : table(sr.heading, sr.columns, s.adjustments.map((a) => [pathName(a.path, m), num(g(a.original)), num(a.factor), num(g(a.adjusted)), num(g(a.change))]), undefined, [false, true, true, true, true]),
    );
  }
  return section('statements', `${t.heading} · ${p.heading}`, parts);
}

function equity(report: Report, lang: Lang): Html {
  const m = memoTexts[lang];
  const e = m.equity;
  const eq = report.equity;
  if (eq.status === 'skipped') return section('equity', e.heading, html`<p>${e.skipped(eq.reason[lang])}</p>`);
  return section(
    'equity',
    e.heading,
    html`<p>${e.period(eq.periodStart, eq.periodEnd, eq.periodMonths, eq.profitsEstimated)}</p>${equityWaterfall(report, lang)}${table(
      e.heading,
      [m.incomeStatement.item, m.balanceSheet.amount],
      [...EQUITY_LINES.map((k) => [e.lines[k], num(g(eq[k]))]), [e.gapShareOfEquity, num(pct(eq.gapShareOfEquity))], [e.gapShareOfProfits, num(pct(eq.gapShareOfProfits))]],
      (i) => (i === 7 ? 'total' : null),
      [false, true],
    )}${equityWalkHtml(report, lang)}`,
  );
}

function capacity(report: Report, lang: Lang): Html | null {
  const c = report.capacity;
  if (c === null) return null;
  const m = memoTexts[lang];
  const t = m.capacity;
  const r = report.recommendation;
  const rows = c.months.map((x) => {
    const over = overLimit(x, c.limit);
    const status = x.status === 'covered' ? t.covered : x.status === 'buffer' ? t.byBuffer : t.uncovered(g(x.gap));
    return [
      String(x.period),
      html`${m.month(x.calendarMonth)} <span class="meta">${x.dueDate}</span>`,
      num(g(x.surplus)),
      num(g(x.payment)),
      num(over ? html`<span class="mark">${x.ratio === null ? '—' : pct(x.ratio)}</span>` : x.ratio === null ? '—' : pct(x.ratio)),
      num(g(x.net)),
      num(g(x.bufferAfter)),
      over ? html`${status}; <span class="mark">${m.html.overLimit}</span>` : status,
    ];
  });
  const alternatives =
    r === null || r.alternatives === null || r.alternatives.length === 0 || !r.figuresVerified
      ? null
      : html`<h3>${m.recommendation.alternatives}</h3>${table(
          m.recommendation.alternatives,
          [m.recommendation.term, m.recommendation.maxAmountColumn, m.recommendation.instalment, m.recommendation.totalInterest, m.recommendation.covers],
          r.alternatives.map((a) => [num(String(a.termMonths)), num(g(a.maxAmount)), num(g(a.instalment)), num(g(a.totalInterest)), a.coversRequest ? m.recommendation.yes : m.recommendation.no]),
          undefined,
          [true, true, true, true, false],
          true,
        )}`;
  return section(
    'capacity',
    t.heading,
    html`<p>${t.terms(pct(c.limit), c.basis, g(c.openingBuffer), c.startDate)}</p>${capacityChart(report, lang)}${table(
      t.heading,
      [m.schedule.period, m.schedule.due, t.surplus, m.recommendation.instalment, t.ratio, t.net, t.buffer, t.status],
      rows,
      (i) => (overLimit(c.months[i]!, c.limit) ? 'over' : null),
      [true, false, true, true, true, true, true, false],
      true,
    )}${alternatives}`,
  );
}

function schedule(report: Report, lang: Lang): Html | null {
  const s = report.schedule;
  if (s === null) return null;
  const m = memoTexts[lang];
  const t = m.schedule;
  return section(
    'schedule',
    t.heading,
    html`${table(
      t.heading,
      [t.period, t.due, t.payment, t.interest, t.principal, t.balance],
      s.rows.map((r) => [num(String(r.period)), r.dueDate ?? '—', num(g(r.payment)), num(g(r.interest)), num(g(r.principal)), num(g(r.closingBalance))]),
      undefined,
      [true, false, true, true, true, true],
      true,
    )}<p>${t.totals(method(s.method, m), g(s.totalInterest), g(s.totalPaid), pct(s.effectiveAnnualRate))}</p>`,
  );
}

function rest(report: Report, lang: Lang): Html[] {
  const m = memoTexts[lang];
  const out: Html[] = [];
  const f = report.fundingPlan;
  if (f === null) out.push(section('funding', m.funding.heading, html`<p>${m.funding.notComputed}</p>`));
  else if (f.seasonal) {
    const t = m.funding;
    const months = (list: readonly number[]) => (list.length === 0 ? t.none : m.list(list.map(m.month)));
    const month = (x: number | null) => (x === null ? t.none : m.month(x));
    out.push(
      section(
        'funding',
        t.heading,
        html`<ul><li>${t.usingMoney(g(f.averageMonthlySales), months(f.usingMoney))}</li><li>${t.holdingCash(months(f.holdingCash))}</li><li>${f.suggestedDisbursementMonth === null ? m.cashModel.noBuildUp : t.disbursement(month(f.suggestedDisbursementMonth))}</li><li>${t.trough(month(f.troughMonth), g(f.expectedTroughDeposits))}</li>${cashModelLines(f, m).map((line) => html`<li>${line}</li>`)}</ul>`,
      ),
    );
  }
  if (report.notes.length > 0) {
    const notes = catalogs[lang].decision.notes;
    out.push(section('notes', m.notes.heading, html`<ul>${report.notes.map((n) => html`<li>${m.field(pathName(n.path, m), notes[n.code](n.params))}</li>`)}</ul>`));
  }
  return out;
}

/** Renders the report as a self-contained HTML credit memo (one file: inline style and SVG, no script). */
export function renderHtml(report: Report, lang: Lang = 'en'): string {
  const m = memoTexts[lang];
  const b = report.business;
  const header = html`<header><h1>${m.field(m.title, b.name)}</h1><p class="meta">${[
    m.field(m.header.analysisDate, report.analysisDate),
    m.field(m.header.industry, b.industry),
    m.field(m.header.kind, own(m.kinds, b.kind) ?? b.kind),
    m.field(m.header.started, b.startDate),
  ].join(' · ')}</p></header>`;
  return documentHtml(
    lang,
    m.field(m.title, b.name),
    html`${header}${banner(report, lang)}${crossChecks(report, lang)}${crossCheckTableHtml(report, lang)}${statements(report, lang)}${stockSection(report, lang)}${householdHtml(report, lang)}${equity(report, lang)}${capacity(report, lang)}${seasonalPlanSection(report, lang)}${schedule(report, lang)}${guaranteeSections(report, lang)}${rest(report, lang)}`,
  );
}
