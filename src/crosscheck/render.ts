/**
 * The cross-check table and the dated equity walk as lines of plain text in one language, from the report: what
 * both memos print (src/report/markdown-crosschecks.ts, src/html/crosschecks.ts), each escaping for its format.
 * Every word from the catalogs; figures are the report's strings, grouped.
 */
import { D, groupDigits } from '../money/index.js';
import { formatFinding, type Lang } from '../locales/index.js';
import { estimateName as enEstimateName } from '../locales/en/checks/sales-estimates.js';
import { estimateName as zhEstimateName } from '../locales/zh/checks/sales-estimates.js';
import { evidenceKinds as enKinds } from '../locales/en/evidence.js';
import { evidenceKinds as zhKinds } from '../locales/zh/evidence.js';
import { memoTexts } from '../locales/memo.js';
import type { MemoTexts } from '../locales/sections/memo.js';
import type { Report } from '../report/analyze.js';
import { estimateAsFinding } from './index.js';
import type { Verdict } from './types.js';

const estimateNames = { en: enEstimateName, zh: zhEstimateName } as const;
const kindNames = { en: enKinds, zh: zhKinds } as const;

/** A profile path as the memos name it: its catalog label (indexed paths too) beside the path (as src/html/parts.ts). */
function pathName(path: string, m: MemoTexts): string {
  let label = Object.hasOwn(m.paths, path) ? m.paths[path] : undefined;
  const indexed = /^(.+?)\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (label === undefined && indexed) label = m.indexedPath(indexed[1] ?? '', Number(indexed[2]), indexed[3] ?? '');
  return m.path(path, label);
}

/** One line of the table: a figure's estimate, or a check that could not compare it. */
export interface CrossCheckLine {
  readonly figure: string;
  readonly estimate: string;
  readonly declared: string;
  readonly value: string;
  readonly deviation: string;
  readonly tolerance: string;
  readonly verdict: Verdict;
  /** The verdict in words (with the reason when not checked). */
  readonly verdictText: string;
  readonly basis: string;
}

const pct = (s: string): string => `${new D(s).times(100).toFixed(2)}%`;
const signedPct = (s: string): string => (s.startsWith('-') ? pct(s) : `+${pct(s)}`);

/** A figure as people read it: money and quantities grouped, ratios as percentages. */
function shown(unit: string, value: string | null): string {
  if (value === null) return '—';
  return unit === 'ratio' ? pct(value) : groupDigits(value);
}

/** The table's lines and its proofs in one language. */
export function crossCheckLines(report: Report, lang: Lang): { readonly lines: CrossCheckLine[]; readonly proofs: string[] } {
  const t = memoTexts[lang].crossCheckTable;
  const title = (id: string) => (Object.hasOwn(t.bases, id) ? t.bases[id]! : (report.rules.find((r) => r.id === id)?.title[lang] ?? id));
  const lines: CrossCheckLine[] = [];
  const proofs: string[] = [];
  for (const row of report.crossChecks ?? []) {
    const figure = t.figures[row.figure];
    for (const e of row.estimates) {
      const subject = Object.values(e.subject)[0];
      const name =
        e.code === 'SALES_TRIANGULATION' && typeof e.subject.estimate === 'string'
          ? estimateNames[lang](e.subject.estimate, e.params)
          : subject === undefined
            ? title(e.ruleId)
            : memoTexts[lang].field(title(e.ruleId), Object.hasOwn(t.subjects, String(subject)) ? t.subjects[String(subject)]! : String(subject));
      const relative = e.deviation?.relative ?? null;
      lines.push({
        figure,
        estimate: name,
        declared: shown(e.unit, e.observed),
        value: shown(e.unit, e.expected),
        deviation: relative !== null ? signedPct(relative) : shown(e.unit, e.deviation?.absolute ?? null),
        tolerance: e.tolerance === null ? '—' : `±${pct(e.tolerance.value)}`,
        verdict: e.verdict,
        verdictText: t.verdicts[e.verdict],
        basis: formatFinding(estimateAsFinding(e), lang).computation,
      });
    }
    for (const n of row.notChecked) {
      const status = report.rules.find((r) => r.id === n.ruleId);
      const m = memoTexts[lang];
      const reason =
        n.reasonCode === 'missing-inputs' && n.missing.length > 0
          ? m.rules.missing(n.missing.map((p) => pathName(p, m)))
          : (status?.reason?.[lang] ?? m.list(n.missing));
      lines.push({
        figure,
        estimate: title(n.ruleId),
        declared: shown(row.unit, row.declared),
        value: '—',
        deviation: '—',
        tolerance: '—',
        verdict: 'not-checked',
        verdictText: t.notChecked(reason),
        basis: '',
      });
    }
    if (row.estimates.length === 0 && row.notChecked.length === 0)
      lines.push({ figure, estimate: '—', declared: shown(row.unit, row.declared), value: '—', deviation: '—', tolerance: '—', verdict: 'not-checked', verdictText: t.noEstimate, basis: '' });
    if (row.proofs !== null) {
      const kinds = row.proofs.independentKinds.map((k) => kindNames[lang][k as keyof typeof enKinds] ?? k);
      proofs.push(t.proofs(figure, kinds.length === 0 ? null : memoTexts[lang].list(kinds)));
    }
  }
  return { lines, proofs };
}

/** The walk's rows (date, event, amount, equity before, after, not funded) and its suggested revaluations; null when the equity was not reconciled. */
export function walkLines(report: Report, lang: Lang): { readonly rows: string[][]; readonly unfunded: boolean[]; readonly revaluations: string[] } | null {
  const eq = report.equity;
  if (eq.status !== 'reconciled' || eq.walk === undefined) return null;
  const w = memoTexts[lang].crossCheckTable.walk;
  const rows = eq.walk.steps.map((s) => [
    s.date,
    w.kinds[s.kind],
    groupDigits(s.amount),
    groupDigits(s.equityBefore),
    groupDigits(s.equityAfter),
    s.funding === null ? '—' : groupDigits(s.funding.shortfall),
  ]);
  const unfunded = eq.walk.steps.map((s) => s.funding !== null && !new D(s.funding.shortfall).isZero());
  const revaluations = eq.walk.suggestedRevaluations.map((r) =>
    w.revaluation(r.name, groupDigits(r.appraisedValue), groupDigits(r.depreciatedCost), groupDigits(r.premium)),
  );
  return { rows, unfunded, revaluations };
}
