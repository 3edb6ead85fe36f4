/**
 * The credit memo (贷款调查报告) in Markdown, in any language of the catalogs: flags grouped by severity with
 * each formula filled in, then the balance sheet, the P&L and the equity reconciliation. Every word comes from
 * the catalog's `memo` section (src/locales/<lang>/memo.ts); this file only lays the report out. Every text
 * of the report (names, messages, reasons: what the applicant typed may be in them) is escaped for Markdown
 * (src/report/escape.ts) before it is placed; the catalog functions that write Markdown themselves (`data`,
 * `path`, `notes.note`) get their arguments escaped.
 */
import { catalogs, inputLabel, type Lang } from '../locales/index.js';
import { deviationSentence, figure, rangeSentence } from '../locales/figures.js';
import { memoTexts } from '../locales/memo.js';
import type { MemoTexts } from '../locales/sections/memo.js';
import type { Flag, FlagInput, Severity } from '../rules/types.js';
import type { Report } from './analyze.js';
import { renderCapacitySections, renderRecommendation } from './capacity-markdown.js';
import { renderSeasonalPlan } from './markdown-plan.js';
import { renderHouseholdSections } from './markdown-household.js';
import { renderCrossCheckTable, renderEquityWalk } from './markdown-crosschecks.js';
import { mdBlock, mdCode, mdInline } from './escape.js';
import { renderGuaranteeSections } from './markdown-guarantors.js';
import { g, pct, table } from './markdown-parts.js';
import { PNL_KEYS } from './serialize.js';
import { renderStockSections } from './markdown-stock.js';

export type { Lang } from '../locales/index.js';

/** A catalog entry by key, only the record's own (a key such as `constructor` is not an entry). */
function own(record: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A profile path as the memo names it: its label in the catalog (indexed paths too) beside the path. */
function pathName(path: string, m: MemoTexts): string {
  let label = own(m.paths, path);
  const indexed = /^(.+?)\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (label === undefined && indexed) label = m.indexedPath(indexed[1] ?? '', Number(indexed[2]), indexed[3] ?? '');
  return m.path(path, label);
}

/** A text value as data: as the catalog shows data (in a language not its own, as code), escaped for Markdown. */
export function dataValue(value: string, m: MemoTexts): string {
  const shown = m.data(value);
  if (shown === value) return mdInline(value);
  if (shown === `\`${value}\``) return mdCode(value);
  return mdInline(shown);
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;
/** A list of figures separated by spaces (a value per month of the term: `incomeStatement.months[].disposableSurplus`). */
const FIGURES = /^-?\d+(?:\.\d+)?(?: -?\d+(?:\.\d+)?)+$/;

/**
 * An input's value (Markdown): money and counts grouped, a list of figures grouped one by one and separated as
 * the language separates long items ("32,000.00; 2,000.00" / "32,000.00；2,000.00"), keywords in words, other
 * text as data.
 */
function inputValue(i: FlagInput, m: MemoTexts): string {
  if (i.unit === 'CNY') return g(i.value);
  if (i.unit !== 'text') return mdInline(i.unit !== 'ratio' && DECIMAL.test(i.value) ? g(i.value) : i.value);
  if (FIGURES.test(i.value)) return mdInline(m.longList(i.value.split(' ').map(g)));
  const parts = i.value.split(', ');
  const words = parts.map((p) => own(m.values, p));
  if (words.every((w): w is string => w !== undefined)) return mdInline(m.list(words));
  return dataValue(i.value, m);
}

/** The talking-habit section: original and adjusted figures side by side (empty when no habit was recorded). */
function renderSelfReport(report: Report, m: MemoTexts): string[] {
  const s = report.selfReport;
  if (s.talkingHabit === null) return [];
  const t = m.selfReport;
  const out = [`## ${t.heading}`, ''];
  out.push(mdBlock(t.sentence(own(t.habits, s.talkingHabit) ?? s.talkingHabit, s.factor ?? '—')), '');
  if (s.adjustments.length === 0) {
    out.push(t.none, '');
    return out;
  }
  out.push(table(t.columns, s.adjustments.map((a) => [pathName(a.path, m), g(a.original), a.factor, g(a.adjusted), g(a.change)])), '');
  return out;
}

const ASSET_LINES = ['cash', 'bank', 'receivables', 'inventory', 'prepayments', 'otherAssets', 'current', 'fixedAssets', 'total'] as const;
const LIABILITY_LINES = ['payables', 'advancesReceived', 'bankLoans', 'privateLoans', 'otherLiabilities', 'total'] as const;
const EQUITY_LINES = ['initialEquity', 'profits', 'withdrawals', 'injections', 'depreciation', 'expectedEquity', 'balanceSheetEquity', 'gap'] as const;

/** One flag: its heading, message, formula, computation, figures, inputs (by their labels), evidence and questions. */
export function renderFlag(f: Flag, lang: Lang): string {
  return flagLines(f, lang, memoTexts[lang].flags.flag);
}

function flagLines(f: Flag, lang: Lang, heading: (code: string, title: string) => string): string {
  const m = memoTexts[lang];
  const t = m.flags;
  const out: string[] = [];
  out.push(`#### ${mdInline(heading(f.code, f.title[lang]))}`, '', mdBlock(f.message[lang]), '');
  out.push(`- ${m.field(t.formula, mdCode(f.formula[lang]))}`);
  out.push(`- ${mdInline(m.field(t.computation, f.computation[lang]))}`);
  if (f.expected !== null) out.push(`- ${m.field(t.expected, figure(f.unit, f.expected))}`);
  if (f.observed !== null) out.push(`- ${m.field(t.observed, figure(f.unit, f.observed))}`);
  const range = rangeSentence(f, lang);
  if (range !== null) out.push(`- ${mdInline(m.field(t.range, range))}`);
  const deviation = deviationSentence(f, lang);
  if (deviation !== null) out.push(`- ${mdInline(m.field(t.deviation, deviation))}`);
  if (f.inputs.length > 0)
    out.push(
      `- ${m.field(
        t.inputs,
        f.inputs.map((i) => t.input(mdInline(inputLabel(i.name, lang, f.ruleId)), inputValue(i, m), i.defaulted === true)).join(t.inputSeparator),
      )}`,
    );
  if (f.evidence.length > 0) {
    out.push(`- ${m.field(t.evidence, '')}`.trimEnd());
    for (const e of f.evidence) out.push(`  - ${mdBlock(e[lang])}`);
  }
  if (f.questions.length > 0) {
    out.push(`- ${m.field(t.questions, '')}`.trimEnd());
    for (const q of f.questions) out.push(`  - ${mdBlock(q[lang])}`);
  }
  return out.join('\n');
}

/** Why a check was skipped: missing inputs named by the memo, any other reason as the report wrote it. */
function skipReason(r: Report['rules'][number], lang: Lang, m: MemoTexts): string {
  if (r.reasonCode === 'missing-inputs' && r.missing !== undefined && r.missing.length > 0)
    return m.rules.missing(r.missing.map((p) => pathName(p, m)));
  return mdInline(r.reason?.[lang] ?? '');
}

/** Renders the report as a Markdown credit memo. */
export function renderMarkdown(report: Report, lang: Lang = 'en'): string {
  const catalog = catalogs[lang];
  const m = memoTexts[lang];
  const out: string[] = [];
  const b = report.business;
  out.push(`# ${mdInline(m.field(m.title, b.name))}`, '');
  out.push(
    mdBlock(
      [
        m.field(m.header.analysisDate, report.analysisDate),
        m.field(m.header.industry, b.industry),
        m.field(m.header.kind, own(m.kinds, b.kind) ?? b.kind),
        m.field(m.header.started, b.startDate),
      ].join(' · '),
    ),
    '',
  );
  out.push(`## ${m.summary.heading}`, '', mdBlock(m.summary.sentence(report.summary)), '');

  out.push(...renderRecommendation(report, lang));
  out.push(...renderSeasonalPlan(report, lang));
  out.push(`## ${m.flags.heading}`, '');
  if (report.flags.length === 0) out.push(m.flags.none, '');
  for (const severity of ['critical', 'warning', 'info'] as Severity[]) {
    const group = report.flags.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push(`### ${m.flags.group(severity, group.length)}`, '');
    for (const f of group) out.push(renderFlag(f, lang), '');
  }

  out.push(...renderCrossCheckTable(report, lang));
  out.push(...renderSelfReport(report, m));

  const bs = report.balanceSheet;
  const t = m.balanceSheet;
  out.push(`## ${t.heading}`, '');
  out.push(table([t.assets, t.amount], ASSET_LINES.map((k) => [t.lines[k], g(bs.assets[k])])), '');
  out.push(
    table([t.liabilitiesAndEquity, t.amount], [...LIABILITY_LINES.map((k) => [t.lines[k], g(bs.liabilities[k])]), [t.equity, g(bs.equity)]]),
    '',
  );
  out.push(...renderHouseholdSections(report, lang));

  const pl = report.incomeStatement;
  const p = m.incomeStatement;
  out.push(`## ${p.heading}`, '');
  out.push(table([p.item, p.annual, p.monthly], PNL_KEYS.map((k) => [p.lines[k], g(pl.annual[k]), g(pl.monthlyAverage[k])])), '');
  out.push(mdBlock(m.field(p.grossMargin, pct(pl.grossMargin))), '');
  if (pl.seasonal) {
    out.push(
      table(
        [p.month, p.lines.sales, p.lines.businessProfit, p.monthlySurplus],
        pl.months.map((x) => [m.month(x.month), g(x.sales), g(x.businessProfit), g(x.disposableSurplus)]),
      ),
      '',
    );
  }

  out.push(...renderStockSections(report, lang));
  const e = m.equity;
  out.push(`## ${e.heading}`, '');
  const eq = report.equity;
  if (eq.status === 'skipped') {
    out.push(mdBlock(e.skipped(eq.reason[lang])), '');
  } else {
    out.push(mdBlock(e.period(eq.periodStart, eq.periodEnd, eq.periodMonths, eq.profitsEstimated)), '');
    out.push(
      table(
        [p.item, t.amount],
        [
          ...EQUITY_LINES.map((k) => [e.lines[k], g(eq[k])]),
          [e.gapShareOfEquity, pct(eq.gapShareOfEquity)],
          [e.gapShareOfProfits, pct(eq.gapShareOfProfits)],
        ],
      ),
      '',
    );
    out.push(...renderEquityWalk(report, lang));
  }

  out.push(...renderCapacitySections(report, lang));
  out.push(...renderGuaranteeSections(report, lang));
  out.push(`## ${m.rules.heading}`, '');
  for (const r of report.rules) {
    out.push(
      r.status === 'ran'
        ? `- ${mdBlock(m.rules.ran(r.id, r.title[lang], r.flagCount ?? 0))}`
        : `- ${m.rules.skipped(mdInline(r.id), mdInline(r.title[lang]), skipReason(r, lang, m))}`,
    );
  }
  out.push('');
  if (report.notes.length > 0) {
    out.push(`## ${m.notes.heading}`, '');
    for (const n of report.notes) out.push(`- ${m.notes.note(pathName(n.path, m), mdInline(catalog.decision.notes[n.code](n.params)))}`);
    out.push('');
  }
  return out.join('\n');
}
