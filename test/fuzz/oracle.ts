/**
 * What must hold for every fuzz input (issue 18): analyze() does not throw, never answers `internal_error`, leaves
 * its (deep-frozen) input as it was, and gives either a report whose JSON has no NaN, Infinity or exponent notation
 * and whose en and zh memos render, or a non-empty list of errors each with a path and a message in both languages.
 * `problems()` returns what went wrong (empty when all held), for the vitest suite and scripts/fuzz.ts alike.
 */
import { analyze, type AnalyzeResult } from '../../src/report/analyze.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { FuzzInput } from './arbitraries.js';
import type { PolicyInput } from '../../src/profile/policy.js';

/** A number written in exponent notation (1e+21, 2.5E-7) or a non-finite word. */
const BAD_NUMBER_TEXT = /NaN|Infinity|\d(?:\.\d+)?[eE][+-]?\d/;
const HAN = /\p{Script=Han}/u;

/** Every string of the input (keys too), longest first: they may come back in the report as they were. */
function inputStrings(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) inputStrings(v, out);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      inputStrings(v, out);
    }
  return out;
}

/** A text with the input's own strings taken out (an applicant may call the shop "NaN"). */
function withoutInput(text: string, own: () => readonly string[]): string {
  if (!BAD_NUMBER_TEXT.test(text)) return text;
  let t = text;
  for (const s of own()) if (s.length > 0) t = t.split(s).join(' ');
  return t;
}

/** Numbers and strings of the report that a person would read as not-a-figure. */
function badFigures(value: unknown, own: () => readonly string[], path: string, out: string[]): void {
  if (out.length > 3) return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || /e/i.test(String(value))) out.push(`${path}: number ${String(value)}`);
  } else if (typeof value === 'string') {
    if (BAD_NUMBER_TEXT.test(withoutInput(value, own))) out.push(`${path}: ${JSON.stringify(value.slice(0, 200))}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => badFigures(v, own, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) badFigures(v, own, `${path}.${k}`, out);
}

/**
 * A JSON-like text of a value (non-finite numbers, `__proto__` keys and deep nesting included; JSON.stringify with
 * a replacer runs out of stack on a few thousand levels): what the input looked like, to see it unchanged.
 */
export function snapshot(value: unknown): string {
  const parts: string[] = [];
  const stack: unknown[] = [value];
  const END = Symbol('end');
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === END) parts.push('}');
    else if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) parts.push(String(v), ',');
    else if (typeof v === 'string') parts.push(JSON.stringify(v), ',');
    else if (typeof v === 'object') {
      parts.push(Array.isArray(v) ? '[' : '{');
      stack.push(END);
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, x] = entries[i]!;
        stack.push(x, `${k}:`);
      }
    } else parts.push(typeof v, ',');
  }
  return parts.join('');
}

/** What went wrong on one input (empty: every property held). */
export function problems(input: FuzzInput): string[] {
  const { profile, policy } = input;
  const before = snapshot([profile, policy]);
  let result: AnalyzeResult;
  try {
    result = analyze(profile, { policy: policy as PolicyInput, extras: true });
  } catch (error) {
    return [`analyze threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
  }
  const out: string[] = [];
  if (snapshot([profile, policy]) !== before) out.push('the input was changed');
  let strings: string[] | undefined;
  const own = () => (strings ??= [...inputStrings([profile, policy])].sort((a, b) => b.length - a.length));
  if (!result.ok) {
    if (result.errors.length === 0) out.push('ok: false with no errors');
    for (const e of result.errors) {
      if (e.code === 'internal_error') out.push(`internal_error at ${e.path}: ${e.message.en}`);
      else if (typeof e.path !== 'string' || e.path.length === 0) out.push(`an error without a path: ${JSON.stringify(e).slice(0, 300)}`);
      else if (typeof e.message?.en !== 'string' || !/\S/.test(e.message.en)) out.push(`no en message at ${e.path}`);
      else if (typeof e.message?.zh !== 'string' || !HAN.test(e.message.zh)) out.push(`no zh message at ${e.path}: ${JSON.stringify(e.message.zh).slice(0, 200)}`);
      if (out.length > 3) break;
    }
    return out;
  }
  badFigures(result.report, own, 'report', out);
  for (const lang of ['en', 'zh'] as const) {
    try {
      const md = renderMarkdown(result.report, lang);
      if (md.length === 0) out.push(`empty ${lang} memo`);
      else if (BAD_NUMBER_TEXT.test(withoutInput(md, own))) {
        const line = md.split('\n').find((l) => BAD_NUMBER_TEXT.test(withoutInput(l, own)));
        out.push(`${lang} memo: ${JSON.stringify(line?.slice(0, 200))}`);
      }
    } catch (error) {
      out.push(`the ${lang} memo threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  return out;
}

