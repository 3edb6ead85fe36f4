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
import { type InputError, internalError, toInputErrors } from '../profile/errors.js';
import { doc, longText, text } from '../profile/fields.js';
import { verifyTexts } from '../locales/verify.js';
import { analyze } from '../report/analyze.js';
import { monitor } from '../relationship/monitor.js';
import type { Rule } from '../rules/types.js';
import type { PolicyInput } from '../profile/policy.js';

/** The loan decisions a case can expect: approve as asked, approve a lower amount, decline, refer back (a check failed). */
export const EXPECTED_DECISIONS = ['approve', 'approve-with-conditions', 'approve-lower', 'refer-back', 'decline'] as const;
export type ExpectedDecision = (typeof EXPECTED_DECISIONS)[number];

const codeSchema = z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: 'flagCode' });

export const figureExpectationSchema = z.strictObject({
  path: text.meta(doc('Path into the report, e.g. `balanceSheet.equity` or `flags[code=RECEIVABLES_INCONSISTENT].expected`.')),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]).meta(doc('The expected value: a decimal string compares as a number, anything else exactly.')),
  tolerance: z.string().regex(DECIMAL_STRING, { error: 'money' }).optional().meta(doc('Absolute tolerance for numbers (same unit as the figure). Default 0: exact.')),
  why: longText.optional().meta(doc('How the expected value was worked out by hand.')),
});

export const caseSchema = z.strictObject({
  $schema: z.string().optional(),
  name: text.optional().meta(doc('Short stable name; defaults to the file name.')),
  description: longText.optional().meta(doc('The officer\'s narrative: what was seen and collected, and the hand arithmetic behind each expectation.')),
  policy: z.unknown().optional().meta(doc('A policy for this case (merged over the defaults; a bank\'s `--policy` file replaces it).')),
  profile: z.unknown(),
  flows: z.unknown().optional().meta(doc('Bank flows observed after disbursement. When given, the case runs the after-the-loan monitor (src/relationship, docs/relationship.md) instead of the underwriting analysis, and its expectations read the monitor\'s report.')),
  expect: z.strictObject({
    /** Codes that must fire, optionally with their severity. */
    flags: z
      .array(z.union([codeSchema, z.strictObject({ code: codeSchema, severity: z.enum(['info', 'warning', 'critical'], { error: 'enum' }).optional() })]))
      .optional(),
    absent: z.array(codeSchema).optional().meta(doc('Codes that must not fire.')),
    figures: z.array(figureExpectationSchema).optional().meta(doc('Figures in the report.')),
    invalidPaths: z.array(text).optional().meta(doc('When set, the profile must be rejected with errors at these paths (paths inside the profile, e.g. `business.startDate`).')),
    decision: z.enum(EXPECTED_DECISIONS, { error: 'enum' }).optional().meta(doc('The loan decision the report\'s recommendation must reach (`recommendation.decision`).')),
  }),
});

export type CaseFile = z.output<typeof caseSchema>;

export interface Difference {
  /** What was compared: `flags`, `absent`, a figure path, `input`. */
  readonly path: string;
  readonly expected: string;
  readonly got: string;
}

export type CaseStatus = 'passed' | 'failed' | 'invalid';

export interface CaseResult {
  readonly name: string;
  /** Where the case came from (its file, for the CLI); absent when verifyCase was called directly. */
  readonly source?: string;
  /**
   * passed: every expectation met; failed: at least one difference; invalid: the case could not be
   * run as written (envelope or profile or policy rejected, and the case did not expect that).
   */
  readonly status: CaseStatus;
  readonly passed: boolean;
  readonly differences: readonly Difference[];
  /** The input errors, when the case file or its profile was rejected. */
  readonly errors?: readonly InputError[];
}

/**
 * Validates a case file's envelope (the profile itself is validated by analyze), and that its `expect`
 * asserts something (expectationErrors).
 */
export function parseCase(input: unknown): { ok: true; value: CaseFile } | { ok: false; errors: InputError[] } {
  const r = caseSchema.safeParse(input, { reportInput: true });
  if (!r.success) return { ok: false, errors: toInputErrors(r.error.issues) };
  const errors = expectationErrors(r.data.expect);
  return errors.length === 0 ? { ok: true, value: r.data } : { ok: false, errors };
}

/** An error of the case file's expectations, its message from the verify catalog in both languages. */
function caseError(path: string, code: 'assertsNothing' | 'conflictingExpectations', key: 'assertsNothing' | 'noInvalidPath' | 'conflictingExpectations'): InputError {
  return { path, code, message: { en: verifyTexts.en[key], zh: verifyTexts.zh[key] } };
}

/**
 * Why an expectation would pass whatever the analysis finds (docs/fixtures.md, "A case must assert
 * something"): nothing asserted at all (`expect: {}`, empty lists only), `invalidPaths: []` (any
 * rejection would do), or invalidPaths with other expectations (a rejected profile has no report, so
 * those would never be checked). Empty when the expectation asserts something.
 */
export function expectationErrors(e: CaseFile['expect']): InputError[] {
  const onReport = (e.flags?.length ?? 0) + (e.absent?.length ?? 0) + (e.figures?.length ?? 0) + (e.decision === undefined ? 0 : 1);
  if (e.invalidPaths === undefined) return onReport === 0 ? [caseError('expect', 'assertsNothing', 'assertsNothing')] : [];
  const errors: InputError[] = [];
  if (e.invalidPaths.length === 0) errors.push(caseError('expect.invalidPaths', 'assertsNothing', 'noInvalidPath'));
  if (onReport > 0) errors.push(caseError('expect.invalidPaths', 'conflictingExpectations', 'conflictingExpectations'));
  return errors;
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

/** The wording of differences (JSON and `xcheck verify` output are in English). */
const T = verifyTexts.en;

function show(v: unknown): string {
  return v === undefined ? T.absent : typeof v === 'string' ? v : JSON.stringify(v);
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

/**
 * The part of a report the expectations read: its flags, and any path for figures. The codes the checks
 * can raise come from the analysis report's `rules[].codes` or the monitor report's `checks[].code`.
 */
interface CheckedReport {
  readonly flags: readonly { readonly code: string; readonly severity: string }[];
  readonly rules?: readonly { readonly codes: readonly string[] }[];
  readonly checks?: readonly { readonly code: string }[];
}

/** The codes the report's checks can raise, or undefined when the report does not list its checks. */
function raisableCodes(report: CheckedReport): Set<string> | undefined {
  if (report.rules === undefined && report.checks === undefined) return undefined;
  return new Set([
    ...(report.rules ?? []).flatMap((r) => r.codes),
    ...(report.checks ?? []).map((c) => c.code),
    ...report.flags.map((f) => f.code),
  ]);
}

/** Compares a report with a case's expectations (flags, absent codes, figures, decision). */
export function compareWithExpectations(report: CheckedReport, e: CaseFile['expect']): Difference[] {
  const differences: Difference[] = [];
  for (const want of e.flags ?? []) {
    const code = typeof want === 'string' ? want : want.code;
    const severity = typeof want === 'string' ? undefined : want.severity;
    const found = report.flags.filter((f) => f.code === code);
    if (found.length === 0) differences.push({ path: `flags[code=${code}]`, expected: T.fires, got: T.didNotFire });
    else if (severity && !found.some((f) => f.severity === severity))
      differences.push({ path: `flags[code=${code}].severity`, expected: severity, got: found.map((f) => f.severity).join(', ') });
  }
  const raisable = raisableCodes(report);
  for (const code of e.absent ?? []) {
    const found = report.flags.filter((f) => f.code === code);
    if (found.length > 0) differences.push({ path: `flags[code=${code}]`, expected: T.doesNotFire, got: T.fired(String(found[0]?.severity)) });
    // A code no check raises is absent whatever the profile: the expectation asserts nothing.
    else if (raisable !== undefined && !raisable.has(code)) differences.push({ path: `flags[code=${code}]`, expected: T.knownCode, got: T.unknownCode });
  }
  for (const fig of e.figures ?? []) {
    const got = readPath(report, fig.path);
    if (!sameFigure(fig.value, got, fig.tolerance))
      differences.push({ path: fig.path, expected: fig.tolerance ? T.withTolerance(show(fig.value), fig.tolerance) : show(fig.value), got: show(got) });
  }
  if (e.decision !== undefined) {
    // Read through the JSON path: the recommendation is added by the repayment-capacity stage, and a
    // report without one must make the case fail rather than pass silently.
    const got = readPath(report, DECISION_PATH);
    if (got !== e.decision) differences.push({ path: DECISION_PATH, expected: e.decision, got: show(got) });
  }
  return differences;
}

/**
 * Checks one validated case against the analysis (or the monitor, for a case with flows); every difference
 * is listed. Never throws. An expectation that asserts nothing makes the case `invalid`; an internal error
 * of the analysis makes it `failed`, whatever it expected (docs/fixtures.md).
 */
export function verifyCase(c: CaseFile, name: string, options: VerifyOptions = {}): CaseResult {
  const vacuous = expectationErrors(c.expect);
  if (vacuous.length > 0) {
    const differences = [{ path: 'case', expected: T.validCaseFile, got: vacuous.map((x) => `${x.path}: ${x.message.en}`).join('; ') }];
    return { name, status: 'invalid', passed: false, differences, errors: vacuous };
  }
  try {
    return runCase(c, name, options);
  } catch (error) {
    return failedInternally(name, [internalError(error)]);
  }
}

/** A case whose analysis failed inside xcheck: a failure showing the error, never a pass. */
function failedInternally(name: string, errors: readonly InputError[]): CaseResult {
  const internal = errors.filter((x) => x.code === 'internal_error');
  const differences = [{ path: 'analysis', expected: T.noInternalError, got: internal.map((x) => x.message.en).join('; ') }];
  return { name, status: 'failed', passed: false, differences, errors };
}

function runCase(c: CaseFile, name: string, options: VerifyOptions): CaseResult {
  const policy = options.policy ?? c.policy;
  const result: { ok: true; report: CheckedReport } | { ok: false; errors: readonly InputError[] } =
    c.flows === undefined
      ? // with the extras: a case may assert on the alternatives, the stress test or the funding plan
        analyze(c.profile, { policy: policy as PolicyInput, extras: true, ...(options.rules ? { rules: options.rules } : {}) })
      : monitor(c.profile, c.flows, { policy });
  const differences: Difference[] = [];
  const e = c.expect;
  if (!result.ok) {
    // An internal error is xcheck's failure, not a rejection of the input: no expectation matches it.
    if (result.errors.some((x) => x.code === 'internal_error')) return failedInternally(name, result.errors);
    if (e.invalidPaths) {
      const got = new Set(result.errors.map((x) => x.path));
      for (const p of e.invalidPaths) if (!got.has(p)) differences.push({ path: 'errors', expected: T.errorAt(p), got: [...got].join(', ') });
      return { name, ...outcome(differences), differences, errors: result.errors };
    }
    differences.push({
      path: 'input',
      expected: c.flows === undefined ? T.validProfile : T.validProfileAndFlows,
      got: result.errors.map((x) => `${x.path}: ${x.message.en}`).join('; '),
    });
    // Paths as they are in the case file: the profile's under `profile.`; the policy's and the flows' already prefixed.
    const prefixed = (p: string) => ['policy', 'flows'].some((k) => p === k || p.startsWith(`${k}.`) || p.startsWith(`${k}[`));
    const errors = result.errors.map((x) =>
      prefixed(x.path) ? x : { ...x, path: x.path === '(root)' ? 'profile' : `profile.${x.path}` },
    );
    return { name, status: 'invalid', passed: false, differences, errors };
  }
  if (e.invalidPaths) differences.push({ path: 'errors', expected: T.errorsAt(e.invalidPaths), got: T.validInput });
  differences.push(...compareWithExpectations(result.report, e));
  return { name, ...outcome(differences), differences };
}

/** Where the decision is read in the report. */
export const DECISION_PATH = 'recommendation.decision';

function outcome(differences: readonly Difference[]): { status: CaseStatus; passed: boolean } {
  return differences.length === 0 ? { status: 'passed', passed: true } : { status: 'failed', passed: false };
}

/** A case as read from somewhere: its source (a file path or any id) and its JSON content, not yet validated. */
export interface CaseSource {
  readonly source: string;
  readonly content: unknown;
}

export interface VerifyTotals {
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly invalid: number;
}

export interface VerifyRun {
  readonly results: readonly CaseResult[];
  readonly totals: VerifyTotals;
}

/** Counts results by status. */
export function verifyTotals(results: readonly CaseResult[]): VerifyTotals {
  const n = (s: CaseStatus) => results.filter((r) => r.status === s).length;
  return { total: results.length, passed: n('passed'), failed: n('failed'), invalid: n('invalid') };
}

/**
 * Validates and verifies each case, in the order given; never throws. A case whose envelope is
 * invalid gets status `invalid` with its errors (paths inside the case file); the others are run
 * with verifyCase. The case's name is its `name`, else its source.
 *
 * @example
 * const run = verifyCases([{ source: 'shop.json', content: JSON.parse(text) }]);
 * run.totals //=> { total: 1, passed: 1, failed: 0, invalid: 0 }
 */
export function verifyCases(cases: readonly CaseSource[], options: VerifyOptions = {}): VerifyRun {
  const results = cases.map(({ source, content }): CaseResult => {
    const parsed = parseCase(content);
    if (!parsed.ok) {
      const differences = [{ path: 'case', expected: T.validCaseFile, got: parsed.errors.map((x) => `${x.path}: ${x.message.en}`).join('; ') }];
      return { name: caseName(content) ?? source, source, status: 'invalid', passed: false, differences, errors: parsed.errors };
    }
    return { ...verifyCase(parsed.value, parsed.value.name ?? source, options), source };
  });
  return { results, totals: verifyTotals(results) };
}

function caseName(content: unknown): string | undefined {
  if (content === null || typeof content !== 'object') return undefined;
  const name = (content as Record<string, unknown>).name;
  return typeof name === 'string' && name.length > 0 ? name : undefined;
}

export function caseJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(caseSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

