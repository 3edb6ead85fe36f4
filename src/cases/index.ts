/**
 * Case files: a profile and what the analysis must find. Banks keep their underwriting cases in this
 * format and run them in CI against each new version of xcheck and of their policy (docs/fixtures.md).
 *
 * Figure paths address the report's JSON: `balanceSheet.equity`, `incomeStatement.months[0].sales`,
 * and `flags[code=RECEIVABLES_INCONSISTENT].expected` to pick a flag by its code.
 */
import * as z from 'zod';
import { toDecimal } from '../money/index.js';
import { DECIMAL_STRING } from '../money/index.js';
import { type InputError, toInputErrors } from '../profile/errors.js';
import { text } from '../profile/fields.js';
import { analyze, type Report } from '../report/analyze.js';
import type { Rule } from '../rules/types.js';

const codeSchema = z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: 'flagCode' });

export const figureExpectationSchema = z.strictObject({
  /** Path into the report, e.g. `balanceSheet.equity` or `flags[code=RECEIVABLES_INCONSISTENT].expected`. */
  path: text,
  /** The expected value: a decimal string compares as a number, anything else exactly. */
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  /** Absolute tolerance for numbers (same unit as the figure). Default 0: exact. */
  tolerance: z.string().regex(DECIMAL_STRING, { error: 'money' }).optional(),
  /** How the expected value was worked out by hand. */
  why: text.optional(),
});

export const caseSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Short stable name; defaults to the file name. */
  name: text.optional(),
  /** The officer's narrative: what was seen and collected, and the hand arithmetic behind each expectation. */
  description: text.optional(),
  /** A policy for this case (merged over the defaults; a bank's `--policy` file replaces it). */
  policy: z.unknown().optional(),
  profile: z.unknown(),
  expect: z.strictObject({
    /** Codes that must fire, optionally with their severity. */
    flags: z
      .array(z.union([codeSchema, z.strictObject({ code: codeSchema, severity: z.enum(['info', 'warning', 'critical']).optional() })]))
      .optional(),
    /** Codes that must not fire. */
    absent: z.array(codeSchema).optional(),
    /** Figures in the report. */
    figures: z.array(figureExpectationSchema).optional(),
    /** When set, the profile must be rejected with errors at these paths. */
    invalidPaths: z.array(text).optional(),
  }),
});

export type CaseFile = z.output<typeof caseSchema>;

export interface Difference {
  /** What was compared: `flags`, `absent`, a figure path, `input`. */
  readonly path: string;
  readonly expected: string;
  readonly got: string;
}

export interface CaseResult {
  readonly name: string;
  readonly passed: boolean;
  readonly differences: readonly Difference[];
  /** The analysis's input errors, when the profile was rejected. */
  readonly errors?: readonly InputError[];
}

/** Validates a case file's envelope (the profile itself is validated by analyze). */
export function parseCase(input: unknown): { ok: true; value: CaseFile } | { ok: false; errors: InputError[] } {
  const r = caseSchema.safeParse(input, { reportInput: true });
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: toInputErrors(r.error.issues) };
}

/** Reads a path such as `flags[code=X].expected` or `incomeStatement.months[0].sales` from a JSON value. */
export function readPath(root: unknown, path: string): unknown {
  const parts = path.match(/[^.[\]]+|\[[^\]]*\]/g) ?? [];
  let node: unknown = root;
  for (const raw of parts) {
    if (node === null || node === undefined) return undefined;
    if (raw.startsWith('[')) {
      const inner = raw.slice(1, -1);
      const eq = inner.indexOf('=');
      if (eq >= 0 && Array.isArray(node)) {
        const key = inner.slice(0, eq);
        const want = inner.slice(eq + 1);
        node = node.find((item) => item !== null && typeof item === 'object' && String((item as Record<string, unknown>)[key]) === want);
      } else if (Array.isArray(node)) {
        node = node[Number(inner)];
      } else return undefined;
    } else {
      if (typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, raw)) return undefined;
      node = (node as Record<string, unknown>)[raw];
    }
  }
  return node;
}

function show(v: unknown): string {
  return v === undefined ? '(absent)' : typeof v === 'string' ? v : JSON.stringify(v);
}

/** A figure matches: decimal strings and numbers compare as numbers (within `tolerance`), anything else exactly. */
export function sameFigure(expected: unknown, got: unknown, tolerance: string | undefined): boolean {
  const numeric = (v: unknown) =>
    (typeof v === 'string' && DECIMAL_STRING.test(v)) || (typeof v === 'number' && Number.isFinite(v));
  if (numeric(expected) && numeric(got)) {
    const diff = toDecimal(got as string | number).minus(toDecimal(expected as string | number)).abs();
    return diff.lte(toDecimal(tolerance ?? '0'));
  }
  return JSON.stringify(expected) === JSON.stringify(got);
}

export interface VerifyOptions {
  /** A policy that replaces each case's own. */
  readonly policy?: unknown;
  readonly rules?: readonly Rule[];
}

/** Checks one validated case against the analysis; every difference is listed. */
export function verifyCase(c: CaseFile, name: string, options: VerifyOptions = {}): CaseResult {
  const result = analyze(c.profile, { policy: options.policy ?? c.policy, ...(options.rules ? { rules: options.rules } : {}) });
  const differences: Difference[] = [];
  const e = c.expect;
  if (!result.ok) {
    if (e.invalidPaths) {
      const got = new Set(result.errors.map((x) => x.path));
      for (const p of e.invalidPaths) if (!got.has(p)) differences.push({ path: 'errors', expected: `an error at ${p}`, got: [...got].join(', ') });
      return { name, passed: differences.length === 0, differences, errors: result.errors };
    }
    differences.push({
      path: 'input',
      expected: 'a valid profile',
      got: result.errors.map((x) => `${x.path}: ${x.message.en}`).join('; '),
    });
    return { name, passed: false, differences, errors: result.errors };
  }
  if (e.invalidPaths) differences.push({ path: 'errors', expected: `errors at ${e.invalidPaths.join(', ')}`, got: 'a valid profile' });
  const report: Report = result.report;
  for (const want of e.flags ?? []) {
    const code = typeof want === 'string' ? want : want.code;
    const severity = typeof want === 'string' ? undefined : want.severity;
    const found = report.flags.filter((f) => f.code === code);
    if (found.length === 0) differences.push({ path: `flags[code=${code}]`, expected: 'fires', got: 'did not fire' });
    else if (severity && !found.some((f) => f.severity === severity))
      differences.push({ path: `flags[code=${code}].severity`, expected: severity, got: found.map((f) => f.severity).join(', ') });
  }
  for (const code of e.absent ?? []) {
    const found = report.flags.filter((f) => f.code === code);
    if (found.length > 0) differences.push({ path: `flags[code=${code}]`, expected: 'does not fire', got: `fired (${found[0]?.severity})` });
  }
  for (const fig of e.figures ?? []) {
    const got = readPath(report, fig.path);
    if (!sameFigure(fig.value, got, fig.tolerance))
      differences.push({ path: fig.path, expected: show(fig.value) + (fig.tolerance ? ` ± ${fig.tolerance}` : ''), got: show(got) });
  }
  return { name, passed: differences.length === 0, differences };
}

export function caseJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(caseSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

