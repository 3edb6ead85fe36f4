/**
 * Figures-unchanged check for refactors that may change texts but not numbers (issue "Findings as data"):
 * writes, one line per analysis, the report's figures with every natural-language text left out: flag codes,
 * severities, units, observed / expected / range / deviation, input values, decisions, amounts, statements,
 * capacity and schedule. Run it before and after a change and compare the files line by line.
 *
 *   npx tsx scripts/compare-findings.ts dump /tmp/before.ndjson
 *   npx tsx scripts/compare-findings.ts dump /tmp/after.ndjson
 *   npx tsx scripts/compare-findings.ts diff /tmp/before.ndjson /tmp/after.ndjson
 *
 * Inputs: every case under fixtures/ (its profile and policy) and 5,000 generated profiles (2,500 typical,
 * 2,500 basic) under the default policy and a tight one (more flags). XCHECK_COMPARE_PROFILES changes the count.
 *
 * `dump --full FILE` writes the whole report instead (texts included, keys in their order) and both Markdown
 * memos: the byte-identity check of a refactor that must change nothing at all (issue "A lean core").
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type AnalyzeResult } from '../src/index.js';
import { renderMarkdown } from '../src/markdown.js';
import { generateProfiles } from '../test/support/generate.js';
import type { PolicyInput } from '../src/profile/policy.js';

/** Keys that hold texts for people, never figures. */
const TEXT_KEYS = new Set(['title', 'message', 'formula', 'computation', 'evidence', 'questions', 'reason', 'name', 'label', 'texts', 'subject', 'requirement', 'params', 'path', 'source']);

/** A report's figures: texts dropped everywhere, keys sorted (key order is not a figure). */
function figures(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(figures);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    if (TEXT_KEYS.has(key)) continue;
    out[key] = figures((value as Record<string, unknown>)[key]);
  }
  return out;
}

function project(result: ReturnType<typeof analyze>): unknown {
  if (!result.ok) return { ok: false, errors: result.errors.map((e) => [e.path, e.code]) };
  const r = result.report as unknown as Record<string, unknown>;
  // The policy echo and the rule list are compared as figures too (policy values, rule statuses and missing paths).
  const rules = (r.rules as { id: string; status: string; flagCount?: number; missing?: readonly string[] }[]).map((x) => [x.id, x.status, x.flagCount ?? null, x.missing ?? null]);
  const flags = (r.flags as Record<string, unknown>[]).map((f) => ({
    ...(figures(f) as object),
    // Input names are label keys (texts); the values, units, defaults and their order are figures.
    inputs: (f.inputs as { value: string; unit: string; defaulted?: boolean }[]).map((i) => [i.value, i.unit, i.defaulted === true]),
  }));
  const rest = figures({ ...r, rules: undefined, flags: undefined, notes: (r.notes as { path: string }[]).map((n) => n.path) });
  return { ok: true, rules, flags, rest };
}

function caseInputs(dir: string): { profile: unknown; policy?: unknown }[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return caseInputs(path);
      if (!name.endsWith('.json')) return [];
      const c = JSON.parse(readFileSync(path, 'utf8')) as { profile: unknown; policy?: unknown; flows?: unknown };
      return c.flows === undefined ? [{ profile: c.profile, policy: c.policy }] : [];
    });
}

const tight = {
  dayBasis: 365,
  rounding: 'half-even',
  receivables: { tolerance: '0.05', critical: '0.15' },
  payables: { tolerance: '0.05', critical: '0.15' },
  equity: { tolerance: '0.03', critical: '0.1', denominator: 'profits' },
};

/** The whole output of one analysis: the report JSON as written, and the memo in both languages. */
function full(result: AnalyzeResult): unknown {
  if (!result.ok) return { ok: false, errors: result.errors };
  return { report: result.report, zh: renderMarkdown(result.report, 'zh'), en: renderMarkdown(result.report, 'en') };
}

function dump(file: string, whole: boolean): void {
  const n = Number(process.env.XCHECK_COMPARE_PROFILES ?? 2500);
  const inputs = [
    ...caseInputs(join(import.meta.dirname, '..', 'fixtures')),
    ...[...generateProfiles(n, 1, { typical: true }), ...generateProfiles(n, 200_001)].flatMap((p) => [{ profile: p }, { profile: p, policy: tight }]),
  ];
  // line by line: the full reports of 10,000 analyses exceed a string's maximum length
  const fd = openSync(file, 'w');
  // with the extras (alternatives, stress test, funding plan): the reports as they were before they became opt-in
  for (const { profile, policy } of inputs) {
    const result = analyze(profile, { policy: policy as PolicyInput, extras: true });
    writeSync(fd, JSON.stringify(whole ? full(result) : project(result)) + '\n');
  }
  closeSync(fd);
  console.log(`${inputs.length} analyses written to ${file}`);
}

/** A dump's lines (read in pieces: a full dump is larger than one string may be). */
function lines(file: string): string[] {
  const out: string[] = [];
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(1 << 24);
  let rest = '';
  for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
    const parts = (rest + buffer.toString('utf8', 0, n)).split('\n');
    rest = parts.pop() ?? '';
    out.push(...parts);
  }
  closeSync(fd);
  out.push(rest);
  return out;
}

function diff(a: string, b: string): void {
  const left = lines(a);
  const right = lines(b);
  let differing = 0;
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] === right[i]) continue;
    differing++;
    if (differing <= 5) console.log(`line ${i + 1} differs:\n  before ${left[i]?.slice(0, 2000)}\n  after  ${right[i]?.slice(0, 2000)}`);
  }
  console.log(`${left.length - 1} analyses compared, ${differing} differ`);
  process.exitCode = differing === 0 ? 0 : 1;
}

const [command, ...files] = process.argv.slice(2);
if (command === 'dump' && files[0] === '--full' && files[1]) dump(files[1], true);
else if (command === 'dump' && files[0]) dump(files[0], false);
else if (command === 'diff' && files[0] && files[1]) diff(files[0], files[1]);
else {
  console.error('usage: compare-findings dump [--full] FILE | diff BEFORE AFTER');
  process.exitCode = 2;
}
