/**
 * The `xcheck` command. One of the two edges of the library (with the spreadsheet entry points):
 * it reads files and writes to the terminal; everything else is the pure core.
 *
 * Exit codes: 0 analysed (flags or not), 2 invalid input or usage (each path listed), 1 internal failure or
 * a failed write of the output (a full disk); a closed pipe (`| head`) ends quietly with 0.
 */
import { parseArgs } from 'node:util';
import { parseCase } from '../cases/index.js';
import { jsonSchemaOf, SCHEMA_NAMES } from '../schemas/json-schemas.js';
import { analyze } from '../report/analyze.js';
import { type Lang, renderMarkdown } from '../report/markdown.js';
import {
  type CliIO,
  DEFAULT_MAX_BYTES,
  langOption,
  MAX_MAX_BYTES,
  nodeIO,
  outputFailure,
  packageVersion,
  printErrors,
  readJson,
  reportInputErrors,
  UsageError,
} from './io.js';
import { cmdVerify } from './verify.js';
import { cmdMonitor } from './monitor.js';
import { cmdSchedule, SCHEDULE_USAGE } from './schedule.js';
import { cmdAnalyzeNdjson } from './ndjson.js';
import type { PolicyInput } from '../profile/policy.js';
import { loadHtmlWriter } from './html-loader.js';

export type { CliIO, DirEntry } from './io.js';

export const USAGE = `Usage:
  xcheck analyze FILE|- [--format json|md|html|pdf] [--output FILE] [--lang en|zh] [--policy FILE] [--max-bytes SIZE]
      Analyse an applicant profile (or a case file: its profile and policy are used), with the alternative
      terms, stress test and funding plan. html: one self-contained page with charts; pdf: that page printed
      by Chromium (needs chromium and playwright-core, docs/html.md).
  xcheck analyze --ndjson FILE|- [--workers N [--worker-memory MB]] [--max-line-bytes N] [--policy FILE]
                 [--policy-header] [--texts false] [--extras] [--portfolio] [--progress]
      Batch: one profile per line in, one JSON result (or error) line per line out, in order (- reads stdin);
      reports without the policy (--policy-header writes it once, first); a summary on stderr.
      --extras: also the alternative terms, stress test and funding plan (null in each report without it).
      --portfolio: a last line {"portfolio":…}: guarantee chains and cycles across the file (docs/portfolio.md).
      --worker-memory caps each worker thread's heap (default 32 MB); a longer line than --max-line-bytes
      (default 4 MB; with workers at most 1/8 of --worker-memory) gets a tooLarge error line;
      --texts false: figures only; --progress: counts on stderr every 5 s (the default on a terminal).
  xcheck schema [--profile | --policy | --flows | --case | --report | --ndjson-line | --monitor]
      Print a published JSON Schema (draft 2020-12): the profile (default), the policy, the monitor's flows,
      a case file (it refers to the profile, policy and flows schemas by $id), the report (output), one
      result line of analyze --ndjson (it refers to the report's), or the monitor's report (output of
      monitor --format json). Decimals are decimal strings there.
  xcheck verify PATH... [--format text|json] [--reporter junit --output FILE] [--policy FILE]
      Run case files (a folder: every *.json below it) and compare with their expectations.
      Exit 0 all passed, 1 any case failed, 2 an unreadable or invalid case file (or usage).
  xcheck schedule --amount 100000 --rate 0.0129 --months 12 [--method annuity|equal-principal] [--start 2026-01-31] [--format json|md|csv]
      Print a loan schedule on its own (docs/capacity.md); --plan interest-only|grace|proportional|balloon
      a seasonal repayment plan (xcheck schedule --help).
  xcheck monitor PROFILE FLOWS [--format json|md|html|ics] [--lang en|zh] [--policy FILE] [--dtstamp 2026-01-31T00:00:00Z]
      Compare the flows observed after disbursement with the deposit expectation (docs/relationship.md).
  xcheck help [COMMAND]    (or xcheck COMMAND --help)
      This text, or one command's.
  xcheck --version
      Print xcheck's version.

FILE may be - (standard input). An input file over 64MB is refused before it is read; for analyze,
--max-bytes SIZE changes the limit (bytes, or with KB, MB, GB: 128MB; at most 256MB).
Exit codes: 0 analysed, 2 invalid input or usage (a file that cannot be read, a folder given as FILE, a file
over the limit), 1 internal failure or the output could not be written (a full disk); a closed pipe
(xcheck ... | head) ends quietly with 0.
`;

const FILE_NOTE = USAGE.slice(USAGE.indexOf('\nFILE may be'), USAGE.indexOf('Exit codes:'));
const EXIT_CODES = USAGE.slice(USAGE.indexOf('Exit codes:'));

/** One command's usage: its lines of USAGE (the schedule's own, longer text for `schedule`). */
export function commandUsage(command: string): string {
  if (command === 'schedule') return SCHEDULE_USAGE;
  const lines = USAGE.split('\n');
  const block: string[] = [];
  let inside = false;
  for (const line of lines) {
    if (line.startsWith('  xcheck ')) inside = line.startsWith(`  xcheck ${command} `) || line === `  xcheck ${command}`;
    else if (!line.startsWith('      ')) inside = false;
    if (inside) block.push(line);
  }
  // verify states its own exit codes; only analyze and monitor read FILEs.
  const readsFiles = command === 'analyze' || command === 'monitor';
  return `Usage:\n${block.join('\n')}\n${readsFiles ? FILE_NOTE : command === 'verify' ? '' : '\n'}${command === 'verify' ? '' : EXIT_CODES}`;
}

/** `--max-bytes SIZE`: bytes, or a number with KB, MB or GB (1024-based), 1 byte to {@link MAX_MAX_BYTES}. */
export function parseMaxBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const m = /^(\d{1,12})\s*(b|k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  const unit = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 }[(m?.[2] ?? 'b').toLowerCase() as 'b'];
  const bytes = m ? Number(m[1]) * unit : Number.NaN;
  if (!(bytes >= 1 && bytes <= MAX_MAX_BYTES)) throw new UsageError(`--max-bytes must be a size from 1 byte to 256MB, such as 134217728 or 128MB, got ${value}`);
  return bytes;
}

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
      // `--ndjson=yes` is not the batch: refused as an option that takes no value.
      ndjson: { type: 'boolean' },
      'max-bytes': { type: 'string' },
      output: { type: 'string' },
    },
  });
  const maxBytes = parseMaxBytes(values['max-bytes']);
  const format = values.format;
  if (format !== 'json' && format !== 'md' && format !== 'html' && format !== 'pdf') throw new UsageError(`--format must be json, md, html or pdf, got ${format}`);
  const lang = langOption(values.lang);
  if (positionals.length !== 1) throw new UsageError('analyze takes exactly one FILE');
  const file = positionals[0] as string;

  const input = readJson(io, file, maxBytes);
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
    const p = readJson(io, values.policy, maxBytes);
    if (!p.ok) {
      io.stderr(`${p.message}\n`);
      return 2;
    }
    policy = p.value;
  }
  // One file for a person to read: the extras (alternatives, stress test, funding plan) are always computed.
  const result = analyze(profile, { policy: policy as PolicyInput, extras: true });
  if (!result.ok) return reportInputErrors(io, file, result.errors, lang);
  if (format === 'html' || format === 'pdf') return loadHtmlWriter().then((h) => h.writeHtmlOrPdf(result.report, format, lang, io, values.output));
  const text = format === 'json' ? `${JSON.stringify(result.report, null, 2)}\n` : renderMarkdown(result.report, lang);
  if (values.output !== undefined && io.writeFile) io.writeFile(values.output, text);
  else io.stdout(text);
  return 0;
}

function cmdSchema(args: string[], io: CliIO): number {
  const options = Object.fromEntries(SCHEMA_NAMES.map((n) => [n, { type: 'boolean' as const }]));
  const { values } = parseArgs({ args, options });
  const chosen = SCHEMA_NAMES.filter((n) => values[n] === true);
  if (chosen.length > 1) throw new UsageError(`choose one of ${SCHEMA_NAMES.map((n) => `--${n}`).join(', ')}`);
  io.stdout(`${JSON.stringify(jsonSchemaOf(chosen[0] ?? 'profile'), null, 2)}\n`);
  return 0;
}

export const COMMANDS: Record<string, (args: string[], io: CliIO) => number | Promise<number>> = {
  analyze: cmdAnalyze,
  schema: cmdSchema,
  verify: cmdVerify,
  monitor: cmdMonitor,
  schedule: cmdSchedule,
};

/** Node's parseArgs errors in xcheck's words (Node's own messages are never shown as they are). */
function parseArgsMessage(error: Error & { code?: string }): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const option = quoted.replace(/ <value>$/, '');
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (error.message.includes('does not take an argument')) return `${option} takes no value`;
      if (error.message.includes('ambiguous')) return `${option} needs a value; write one that starts with - as ${option}=-…`;
      return `${option} needs a value`;
    default:
      return (error.message.split('\n')[0] ?? '').trim();
  }
}

const HELP = new Set(['--help', '-h']);

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], io: CliIO = nodeIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || HELP.has(command) || (command === 'help' && rest.length === 0)) {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-V') {
    io.stdout(`${packageVersion() ?? 'unknown'}\n`);
    return 0;
  }
  if (command === 'help') {
    const topic = rest[0] as string;
    if (rest.length > 1 || !COMMANDS[topic]) {
      io.stderr(`xcheck help: ${rest.length > 1 ? 'takes one COMMAND' : `unknown command ${topic}`}\nsee xcheck --help\n`);
      return 2;
    }
    io.stdout(commandUsage(topic));
    return 0;
  }
  const run = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) {
    io.stderr(`xcheck: unknown command ${command}\nsee xcheck --help\n`);
    return 2;
  }
  // `--help` anywhere before a `--` asks for the command's usage.
  const end = rest.indexOf('--');
  if ((end === -1 ? rest : rest.slice(0, end)).some((a) => HELP.has(a))) {
    io.stdout(commandUsage(command));
    return 0;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    const output = outputFailure(error);
    if (output !== undefined) {
      if (output.exitCode === 1) io.stderr(`${output.message}\n`);
      return output.exitCode;
    }
    const code = (error as { code?: string }).code;
    if (error instanceof UsageError || code?.startsWith('ERR_PARSE_ARGS')) {
      // One line saying what is wrong, and where to read more (not the whole usage).
      const what = error instanceof UsageError ? (error.message.split('\n')[0] ?? '') : parseArgsMessage(error as Error);
      io.stderr(`xcheck ${command}: ${what}\nsee xcheck ${command} --help\n`);
      return 2;
    }
    try {
      io.stderr(`xcheck: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    } catch {
      // stderr is gone too: the exit code still says it
    }
    return 1;
  }
}
