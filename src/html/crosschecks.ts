/**
 * The HTML memo's cross-check table (交叉检验表) and the dated equity walk: the lines of src/crosscheck/render.ts,
 * escaped by the html template (src/html/escape.ts). Rows that disagree carry the class `disagrees`, rows not
 * checked `skipped`; a withdrawal not funded `unfunded`.
 */
import type { Lang } from '../locales/index.js';
import { memoTexts } from '../locales/memo.js';
import { crossCheckLines, walkLines } from '../crosscheck/render.js';
import type { Report } from '../report/analyze.js';
import { attr, type Html, html } from './escape.js';
import { num, table } from './parts.js';

/** The cross-check table section (its own page section, id `crosstable`). */
export function crossCheckTableHtml(report: Report, lang: Lang): Html | null {
  const t = memoTexts[lang].crossCheckTable;
  const { lines, proofs } = crossCheckLines(report, lang);
  if (lines.length === 0) return null;
  const c = t.columns;
  const id = 'crosstable';
  const body = html`<p>${t.intro}</p>${table(
    t.heading,
    [c.figure, c.estimate, c.declared, c.value, c.deviation, c.tolerance, c.verdict, c.basis],
    lines.map((l) => [l.figure, l.estimate, num(l.declared), num(l.value), num(l.deviation), num(l.tolerance), l.verdictText, l.basis]),
    (i) => (lines[i]?.verdict === 'disagrees' ? 'disagrees' : lines[i]?.verdict === 'not-checked' ? 'skipped' : null),
    [false, false, true, true, true, true, false, false],
  )}${proofs.length > 0 ? html`<h3>${t.proofsHeading}</h3><ul>${proofs.map((p) => html`<li>${p}</li>`)}</ul>` : null}`;
  return html`<section id="${attr(id)}" class="page" aria-labelledby="${attr(`${id}-h`)}"><h2 id="${attr(`${id}-h`)}">${t.heading}</h2>${body}</section>`;
}

/** The dated equity walk, inside the equity section; a withdrawal the running equity could not fund is marked `unfunded`. */
export function equityWalkHtml(report: Report, lang: Lang): Html | null {
  const walk = walkLines(report, lang);
  if (walk === null || walk.rows.length === 0) return null;
  const w = memoTexts[lang].crossCheckTable.walk;
  const c = w.columns;
  return html`<h3>${w.heading}</h3><p>${w.intro}</p>${table(
    w.heading,
    [c.date, c.event, c.amount, c.before, c.after, c.shortfall],
    walk.rows.map((r) => [r[0], r[1], num(r[2]), num(r[3]), num(r[4]), num(r[5])]),
    (i) => (walk.unfunded[i] ? 'unfunded' : null),
    [false, false, true, true, true, true],
  )}${walk.revaluations.length > 0 ? html`<ul>${walk.revaluations.map((r) => html`<li>${r}</li>`)}</ul>` : null}`;
}
