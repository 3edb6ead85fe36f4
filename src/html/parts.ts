/**
 * Pieces the HTML memo and the HTML monitor report share: the document shell (inline style, a policy that
 * forbids scripts and fetching), tables that scroll on a phone, figures as people read them, and a flag with
 * its figures (deviations and ranges as sentences). Every word from the catalogs; every string escaped.
 */
import { D, groupDigits } from '../money/index.js';
import { inputLabel, type Lang } from '../locales/index.js';
import { signedPercent } from '../locales/format.js';
import { memoTexts } from '../locales/memo.js';
import type { MemoTexts } from '../locales/sections/memo.js';
import type { Flag, FlagInput } from '../rules/types.js';
import { attr, Html, html, type Part } from './escape.js';
import { STYLE } from './style.js';

/** "1500000.00" → "1,500,000.00"; null → "—". */
export const g = (s: string | null | undefined): string => (s === null || s === undefined ? '—' : groupDigits(s));
/** "0.7333" → "73.33%"; null → "—". */
export const pct = (s: string | null | undefined): string => (s === null || s === undefined ? '—' : `${new D(s).times(100).toFixed(2)}%`);

/** A catalog entry by key, only the record's own. */
export function own(record: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * The whole document: no script, and a Content-Security-Policy that would stop one anyway and forbids
 * fetching anything (images only as data: URLs, styles only inline).
 */
export function documentHtml(lang: Lang, title: string, body: Html): string {
  const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
  return `<!doctype html>\n${html`<html lang="${attr(memoTexts[lang].html.lang)}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${attr(csp)}"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>${title}</title><style>${new Html(STYLE)}</style></head><body><main>${body}</main></body></html>`.value}\n`;
}

/** A cell: text, or a number (right-aligned). */
export type Cell = Part | { readonly num: Part };

/** A table in a region that scrolls sideways on a narrow screen (focusable, named for screen readers). */
export function table(label: string, header: readonly string[], rows: readonly (readonly Cell[])[], rowClass?: (i: number) => string | null, numeric?: readonly boolean[], nowrap = false): Html {
  const isNum = (c: Cell): c is { readonly num: string } => typeof c === 'object' && c !== null && !Array.isArray(c) && 'num' in c;
  const head = header.map((h, i) => html`<th scope="col"${numeric?.[i] ? html` class="num"` : null}>${h}</th>`);
  const body = rows.map((r, i) => {
    const cls = rowClass?.(i) ?? null;
    return html`<tr${cls === null ? null : html` class="${attr(cls)}"`}>${r.map((c) => (isNum(c) ? html`<td class="num">${c.num}</td>` : html`<td>${c as Part}</td>`))}</tr>`;
  });
  return html`<div class="scroll" role="region" aria-label="${attr(label)}" tabindex="0"><table${nowrap ? html` class="nowrap"` : null}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** A number cell. */
export const num = (s: Part): { readonly num: Part } => ({ num: s });

/** A profile path as the memo names it: its label in the catalog (indexed paths too) beside the path. */
export function pathName(path: string, m: MemoTexts): string {
  let label = own(m.paths, path);
  const indexed = /^(.+?)\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (label === undefined && indexed) label = m.indexedPath(indexed[1] ?? '', Number(indexed[2]), indexed[3] ?? '');
  return m.path(path, label);
}

function inputValue(i: FlagInput, m: MemoTexts): string {
  if (i.unit === 'CNY') return g(i.value);
  if (i.unit === 'ratio') return pct(i.value);
  if (i.unit !== 'text') return i.value;
  const words = i.value.split(', ').map((p) => own(m.values, p));
  if (words.every((w): w is string => w !== undefined)) return m.list(words);
  return m.data(i.value);
}

/** A finding's figure in its unit. */
function figure(unit: string, s: string | null): string {
  return unit === 'CNY' ? g(s) : unit === 'ratio' ? pct(s) : (s ?? '—');
}

/** The deviation as a sentence: above or below the expected figure, by how much, and the relative deviation. */
export function deviationSentence(f: Flag, m: MemoTexts): string | null {
  if (f.deviation === null) return null;
  const abs = new D(f.deviation.absolute);
  // Percentage points for a ratio, money grouped, any other unit as the report wrote it (without its sign).
  const amount = f.unit === 'ratio' ? abs.abs().times(100).toFixed(2) : figure(f.unit, f.deviation.absolute.replace(/^-/, ''));
  return m.html.deviation({
    above: abs.gt(0),
    amount,
    points: f.unit === 'ratio',
    relative: f.deviation.relative === null ? null : signedPercent(f.deviation.relative),
  });
}

/** One flag: severity, title and code, message, formula, computation, figures, inputs, evidence, questions. */
export function flagHtml(f: Flag, lang: Lang): Html {
  const m = memoTexts[lang];
  const t = m.flags;
  const fig = (s: string | null) => figure(f.unit, s);
  const rows: [string, Part][] = [
    [t.formula, html`<code>${f.formula[lang]}</code>`],
    [t.computation, html`<span class="pre">${f.computation[lang]}</span>`],
  ];
  if (f.expected !== null) rows.push([t.expected, fig(f.expected)]);
  if (f.observed !== null) rows.push([t.observed, fig(f.observed)]);
  if (f.range) rows.push([t.range, m.html.range(f.range.min === null ? null : fig(f.range.min), f.range.max === null ? null : fig(f.range.max))]);
  const dev = deviationSentence(f, m);
  if (dev !== null) rows.push([t.deviation, dev]);
  if (f.inputs.length > 0)
    rows.push([t.inputs, html`<ul>${f.inputs.map((i) => html`<li>${t.input(inputLabel(i.name, lang, f.ruleId), inputValue(i, m), i.defaulted === true)}</li>`)}</ul>`]);
  const list = (label: string, items: readonly { readonly en: string; readonly zh: string }[]) =>
    items.length === 0 ? null : html`<p><strong>${label}</strong></p><ul>${items.map((e) => html`<li class="pre">${e[lang]}</li>`)}</ul>`;
  return html`<article class="${attr(`flag ${f.severity}`)}" data-code="${attr(f.code)}"><h4><span class="${attr(`badge ${f.severity}`)}">${m.html.severities[f.severity]}</span> ${f.title[lang]} <code>${f.code}</code></h4><p class="pre">${f.message[lang]}</p><dl class="figures">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>${list(t.evidence, f.evidence)}${list(t.questions, f.questions)}</article>`;
}
