/**
 * The Markdown memo's cross-check table (交叉检验表) and the dated equity walk: the lines of src/crosscheck/render.ts,
 * every cell escaped (src/report/escape.ts).
 */
import type { Lang } from '../locales/index.js';
import { memoTexts } from '../locales/memo.js';
import { crossCheckLines, walkLines } from '../crosscheck/render.js';
import type { Report } from './analyze.js';
import { mdBlock } from './escape.js';
import { table } from './markdown-parts.js';

/** The cross-check table section: each key figure's estimates with their verdicts, then the proofs recorded. */
export function renderCrossCheckTable(report: Report, lang: Lang): string[] {
  const t = memoTexts[lang].crossCheckTable;
  const { lines, proofs } = crossCheckLines(report, lang);
  if (lines.length === 0) return [];
  const c = t.columns;
  const out = [`## ${t.heading}`, '', mdBlock(t.intro), ''];
  out.push(
    table(
      [c.figure, c.estimate, c.declared, c.value, c.deviation, c.tolerance, c.verdict, c.basis],
      lines.map((l) => [l.figure, l.estimate, l.declared, l.value, l.deviation, l.tolerance, l.verdictText, l.basis]),
      false,
    ),
    '',
  );
  if (proofs.length > 0) out.push(`### ${t.proofsHeading}`, '', ...proofs.map((p) => `- ${mdBlock(p)}`), '');
  return out;
}

/** The dated equity walk, inside the equity section: each event with the running equity, then the suggested revaluations. */
export function renderEquityWalk(report: Report, lang: Lang): string[] {
  const walk = walkLines(report, lang);
  if (walk === null || walk.rows.length === 0) return [];
  const w = memoTexts[lang].crossCheckTable.walk;
  const c = w.columns;
  const out = [`### ${w.heading}`, '', mdBlock(w.intro), ''];
  out.push(table([c.date, c.event, c.amount, c.before, c.after, c.shortfall], walk.rows), '');
  for (const r of walk.revaluations) out.push(`- ${mdBlock(r)}`);
  if (walk.revaluations.length > 0) out.push('');
  return out;
}
