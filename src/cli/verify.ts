/**
 * `xcheck verify PATH...`: runs case files and compares the analysis with their expectations
 * (docs/fixtures.md). The file side lives here (finding, reading and writing files); the checking
 * is the pure `verifyCases` and the output the pure renderers in src/cases.
 *
 * Exit codes: 0 every case passed; 1 a case failed; 2 a case file could not be read or is invalid
 * (each named with the path of the problem), no case file was found, or a usage error.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type CaseResult, type CaseSource, verifyCases, verifyTotals, type VerifyRun } from '../cases/index.js';
import { escapeControl, formatJUnit, formatVerifyText } from '../cases/render.js';
import { verifyTexts } from '../locales/verify.js';
import { inputError, toInputErrors } from '../profile/errors.js';
import { policySchema } from '../profile/policy.js';
import { type CliIO, readJson, UsageError } from './io.js';

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The case files named by the arguments: a file as given; a folder as every `*.json` below it, at
 * any depth, sorted by path (code-point order, so the run order is the same on every machine).
 * A path named twice is run once. Paths that do not exist are returned as they are (reading them fails).
 */
export function discoverCaseFiles(io: CliIO, paths: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string, into: string[]): void => {
    for (const entry of io.readDir?.(dir) ?? []) {
      const path = join(dir, entry.name);
      if (entry.isDirectory) walk(path, into);
      else if (entry.name.endsWith('.json')) into.push(path);
    }
  };
  for (const path of paths) {
    if (io.readDir?.(path) === undefined) {
      found.push(path);
      continue;
    }
    const files: string[] = [];
    walk(path, files);
    found.push(...files.sort(byCodePoint));
  }
  return [...new Set(found)];
}

/** The output's sentences (English, like the rest of `verify`'s output). */
const T = verifyTexts.en;

/** A file path or argument as printed: control characters escaped (docs/fixtures.md), so none reaches the terminal. */
const safe = escapeControl;

/**
 * JSON as printed: the characters JSON.stringify leaves raw that a terminal may act on (DEL, C1 controls
 * such as the CSI U+009B, line separators, bidirectional overrides) written as `\u` escapes. They can only
 * occur inside strings, so the JSON parses to the same value.
 */
function safeJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A case file read and parsed, or why not: `unreadable` (the system's error code) or `notJson` (the parser's message). */
function readCase(io: CliIO, path: string): { ok: true; value: unknown } | { ok: false; code: 'unreadable' | 'notJson'; detail: string } {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    return { ok: false, code: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, code: 'notJson', detail: (error as Error).message };
  }
}

function unreadable(source: string, code: 'unreadable' | 'notJson', detail: string): CaseResult {
  const error = inputError({ path: '(file)', code, params: { detail } });
  return {
    name: source,
    source,
    status: 'invalid',
    passed: false,
    differences: [{ path: 'file', expected: T.readableCaseFile, got: error.message.en }],
    errors: [error],
  };
}

export function cmdVerify(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      reporter: { type: 'string' },
      output: { type: 'string' },
      policy: { type: 'string' },
    },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(T.formatOption(safe(String(format))));
  if (values.reporter !== undefined && values.reporter !== 'junit') throw new UsageError(T.reporterOption(safe(values.reporter)));
  if (values.output !== undefined && values.reporter === undefined) throw new UsageError(T.outputNeedsReporter);
  if (positionals.length === 0) throw new UsageError(T.needsPath);

  let policy: unknown;
  if (values.policy !== undefined) {
    const p = readJson(io, values.policy);
    if (!p.ok) {
      io.stderr(`${safe(p.message)}\n`);
      return 2;
    }
    // Checked once here: a bad bank policy is one error, not the same error in every case.
    const checked = policySchema.safeParse(p.value, { reportInput: true });
    if (!checked.success) {
      const lines = toInputErrors(checked.error.issues).map((e) => `  ${safe(e.path)}: ${safe(e.message.en)}`);
      io.stderr(`${T.invalidPolicy(safe(values.policy))}\n${lines.join('\n')}\n`);
      return 2;
    }
    policy = p.value;
  }

  const files = discoverCaseFiles(io, positionals);
  if (files.length === 0) {
    io.stderr(`${T.noCaseFiles(positionals.map(safe))}\n`);
    return 2;
  }

  // Read every file first; the unreadable ones become invalid results in their place in the order.
  const slots: (CaseSource | CaseResult)[] = files.map((file) => {
    const r = readCase(io, file);
    return r.ok ? { source: file, content: r.value } : unreadable(file, r.code, r.detail);
  });
  const verified = verifyCases(
    slots.filter((s): s is CaseSource => 'content' in s),
    policy === undefined ? {} : { policy },
  ).results;
  let next = 0;
  const results = slots.map((s) => ('content' in s ? (verified[next++] as CaseResult) : s));
  const run: VerifyRun = { results, totals: verifyTotals(results) };

  if (values.reporter === 'junit') {
    const xml = formatJUnit(run);
    if (values.output === undefined) io.stdout(xml);
    else {
      if (!io.writeFile) throw new Error('this CLI environment cannot write files');
      try {
        io.writeFile(values.output, xml);
      } catch (error) {
        io.stderr(`${safe(T.cannotWrite(values.output, (error as NodeJS.ErrnoException).code ?? String(error)))}\n`);
        return 2;
      }
    }
  }
  if (values.reporter === undefined || values.output !== undefined)
    io.stdout(format === 'json' ? `${safeJson(JSON.stringify(run, null, 2))}\n` : formatVerifyText(run));

  return run.totals.invalid > 0 ? 2 : run.totals.failed > 0 ? 1 : 0;
}
