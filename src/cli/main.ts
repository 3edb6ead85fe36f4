/**
 * The `xcheck` command. One of the two edges of the library (with the spreadsheet entry points):
 * it reads files and writes to the terminal; everything else is the pure core.
 *
 * Exit codes: 0 analysed (flags or not), 2 invalid input or usage (each path listed), 1 internal failure.
 */
import { parseArgs } from 'node:util';
import { caseJsonSchema, parseCase } from '../cases/index.js';
import { policyJsonSchema } from '../profile/policy.js';
import { profileJsonSchema } from '../profile/schema.js';
import { analyze } from '../report/analyze.js';
import { type Lang, renderMarkdown } from '../report/markdown.js';
import { type CliIO, langOption, nodeIO, printErrors, readJson, reportInputErrors, UsageError } from './io.js';
import { cmdVerify } from './verify.js';
import { cmdMonitor } from './monitor.js';
import { cmdSchedule } from './schedule.js';
import { cmdAnalyzeNdjson } from './ndjson.js';

export type { CliIO, DirEntry } from './io.js';

export const USAGE = `Usage:
  xcheck analyze FILE [--format json|md] [--lang en|zh] [--policy FILE]
      Analyse an applicant profile (or a case file: its profile and policy are used).
  xcheck analyze --ndjson FILE|- [--workers N [--worker-memory MB]] [--max-line-bytes N] [--policy FILE]
                 [--policy-header] [--texts false] [--progress]
      Batch: one profile per line in, one JSON result (or error) line per line out, in order (- reads stdin);
      reports without the policy (--policy-header writes it once, first); a summary on stderr.
      --worker-memory caps each worker thread's heap (default 32 MB); a longer line than --max-line-bytes
      (default 4 MB; with workers at most 1/8 of --worker-memory) gets a tooLarge error line;
      --texts false: figures only; --progress: counts on stderr every 5 s (the default on a terminal).
  xcheck schema [--case | --policy]
      Print the JSON Schema of the profile (default), of a case file, or of the policy.
  xcheck verify PATH... [--format text|json] [--reporter junit --output FILE] [--policy FILE]
      Run case files (a folder: every *.json below it) and compare with their expectations.
      Exit 0 all passed, 1 any case failed, 2 an unreadable or invalid case file (or usage).
  xcheck schedule --amount 100000 --rate 0.0129 --months 12 [--method annuity|equal-principal] [--start 2026-01-31] [--format json|md|csv]
      Print a loan schedule on its own (docs/capacity.md).
  xcheck monitor PROFILE FLOWS [--format json|md|ics] [--lang en|zh] [--policy FILE] [--dtstamp 2026-01-31T00:00:00Z]
      Compare the flows observed after disbursement with the deposit expectation (docs/relationship.md).

Exit codes: 0 analysed, 2 invalid input or usage, 1 internal failure.
`;

function looksLikeCase(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && 'profile' in v && 'expect' in v;
}

function cmdAnalyze(args: string[], io: CliIO): number | Promise<number> {
  if (args.includes('--ndjson')) return cmdAnalyzeNdjson(args, io);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      lang: { type: 'string', default: 'en' },
      policy: { type: 'string' },
      ndjson: { type: 'boolean' },
      workers: { type: 'string' },
      'worker-memory': { type: 'string' },
    },
  });
  const format = values.format;
  if (format !== 'json' && format !== 'md') throw new UsageError(`--format must be json or md, got ${format}`);
  const lang = langOption(values.lang);
  if (positionals.length !== 1) throw new UsageError('analyze takes exactly one FILE');
  const file = positionals[0] as string;

  const input = readJson(io, file);
  if (!input.ok) {
    io.stderr(`${input.message}\n`);
    return 2;
  }
  let profile: unknown = input.value;
  let policy: unknown;
  if (looksLikeCase(input.value)) {
    const c = parseCase(input.value);
    if (!c.ok) {
      printErrors(io, file, c.errors, lang);
      return 2;
    }
    profile = c.value.profile;
    policy = c.value.policy;
  }
  if (values.policy !== undefined) {
    const p = readJson(io, values.policy);
    if (!p.ok) {
      io.stderr(`${p.message}\n`);
      return 2;
    }
    policy = p.value;
  }
  const result = analyze(profile, { policy });
  if (!result.ok) return reportInputErrors(io, file, result.errors, lang);
  io.stdout(format === 'json' ? `${JSON.stringify(result.report, null, 2)}\n` : renderMarkdown(result.report, lang));
  return 0;
}

function cmdSchema(args: string[], io: CliIO): number {
  const { values } = parseArgs({ args, options: { case: { type: 'boolean' }, policy: { type: 'boolean' } } });
  if (values.case && values.policy) throw new UsageError('choose one of --case and --policy');
  const schema = values.case ? caseJsonSchema() : values.policy ? policyJsonSchema() : profileJsonSchema();
  io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}

export const COMMANDS: Record<string, (args: string[], io: CliIO) => number | Promise<number>> = {
  analyze: cmdAnalyze,
  schema: cmdSchema,
  verify: cmdVerify,
  monitor: cmdMonitor,
  schedule: cmdSchedule,
};

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], io: CliIO = nodeIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`unknown command: ${command}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr(`xcheck: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
