/**
 * Batch mode: `xcheck analyze --ndjson FILE|-` reads one profile per line (NDJSON) and writes one
 * result per line, in the input's order:
 *
 *   {"line":1,"ok":true,"report":{…}}
 *   {"line":2,"ok":false,"errors":[{"path":"(root)","code":"notJson",…}]}
 *
 * Lines are streamed: memory stays flat whatever the number of lines (bench/batch-memory.ts measures
 * it). Blank lines are skipped (their numbers still count). `--workers N` spreads the lines over N
 * worker threads; results are still written in input order. Each line is analysed by the same pure
 * `analyze()`, one function call per record with no state between records: the shape a bank's
 * distributed batch engine needs (docs/performance.md).
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { formatInputErrors, toInputErrors } from '../profile/errors.js';
import { policySchema } from '../profile/policy.js';
import { analyze } from '../report/analyze.js';
import { type CliIO, nodeIO, readJson, UsageError } from './main.js';

const NOT_JSON = { en: 'is not valid JSON', zh: '不是有效的 JSON' };

/** The result line for one input line (without the newline). */
export function analyzeLine(text: string, lineNumber: number, policy?: unknown): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    return JSON.stringify({
      line: lineNumber,
      ok: false,
      errors: [{ path: '(root)', code: 'notJson', message: { en: `${NOT_JSON.en} (${detail})`, zh: `${NOT_JSON.zh}（${detail}）` } }],
    });
  }
  const result = analyze(value, { policy });
  return JSON.stringify(result.ok ? { line: lineNumber, ok: true, report: result.report } : { line: lineNumber, ok: false, errors: result.errors });
}

export interface NdjsonOptions {
  readonly policy?: unknown;
  /** Worker threads; 0 or 1 analyses on the calling thread. */
  readonly workers?: number;
  /** Writes one result line (newline included); may return a promise to apply backpressure. */
  readonly write: (line: string) => void | Promise<void>;
}

export interface NdjsonSummary {
  readonly lines: number;
  readonly analysed: number;
  readonly invalid: number;
  /** Lines whose analysis failed with an internal error (a bug). */
  readonly internal: number;
}

/** Sizes `summary` from a result line without parsing the report again. */
function tally(out: string, counts: { analysed: number; invalid: number; internal: number }): void {
  // The result's `ok` comes right after `{"line":N,` (see analyzeLine).
  if (out.startsWith('"ok":true', out.indexOf(',') + 1)) counts.analysed++;
  else if (out.includes('"code":"internal_error"')) counts.internal++;
  else counts.invalid++;
}

/** Analyses every line of `lines` and writes the results in order. */
export async function analyzeNdjson(lines: AsyncIterable<string> | Iterable<string>, options: NdjsonOptions): Promise<NdjsonSummary> {
  const counts = { analysed: 0, invalid: 0, internal: 0 };
  let lineNumber = 0;
  const workers = Math.max(0, Math.floor(options.workers ?? 0));
  if (workers <= 1) {
    for await (const text of lines) {
      lineNumber++;
      if (text.trim() === '') continue;
      const out = analyzeLine(text, lineNumber, options.policy);
      tally(out, counts);
      await options.write(`${out}\n`);
    }
    return { lines: lineNumber, ...counts };
  }
  await runPool(lines, workers, options, counts, (n) => (lineNumber = n));
  return { lines: lineNumber, ...counts };
}

interface Job {
  readonly seq: number;
  readonly line: number;
  readonly text: string;
}

/** The worker pool: jobs round-robin, results reordered by sequence number, at most `limit` in flight. */
async function runPool(
  lines: AsyncIterable<string> | Iterable<string>,
  size: number,
  options: NdjsonOptions,
  counts: { analysed: number; invalid: number; internal: number },
  setLines: (n: number) => void,
): Promise<void> {
  // The worker runs this same module: in the built CLI, dist/cli.js (which starts the command only on the
  // main thread). Worker threads therefore need the build; from TypeScript source use one thread.
  const url = new URL(import.meta.url);
  const pool = Array.from({ length: size }, () => new Worker(url, { workerData: { xcheckNdjsonWorker: true, policy: options.policy } }));
  const limit = size * 64;
  const pending = new Map<number, string>();
  let nextToWrite = 0;
  let inFlight = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let writing: Promise<void> = Promise.resolve();
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  for (const worker of pool) {
    worker.on('message', ({ seq, out }: { seq: number; out: string }) => {
      pending.set(seq, out);
      while (pending.has(nextToWrite)) {
        const ready = pending.get(nextToWrite) as string;
        pending.delete(nextToWrite);
        nextToWrite++;
        tally(ready, counts);
        writing = writing
          .then(() => options.write(`${ready}\n`))
          .then(() => {
            inFlight--;
            signal();
          });
      }
    });
    worker.on('error', (error) => {
      failure = error;
      signal();
    });
  }

  const waitUntil = async (done: () => boolean) => {
    while (!done() && !failure) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure;
  };

  try {
    let seq = 0;
    let lineNumber = 0;
    for await (const text of lines) {
      lineNumber++;
      if (text.trim() === '') continue;
      await waitUntil(() => inFlight < limit);
      inFlight++;
      const job: Job = { seq, line: lineNumber, text };
      (pool[seq % size] as Worker).postMessage(job);
      seq++;
    }
    setLines(lineNumber);
    await waitUntil(() => inFlight === 0);
    await writing;
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/** The worker side: analyse each job and send the result line back. */
function startWorker(): void {
  const { policy } = workerData as { policy?: unknown };
  parentPort?.on('message', (job: Job) => {
    parentPort?.postMessage({ seq: job.seq, out: analyzeLine(job.text, job.line, policy) });
  });
}

if (!isMainThread && (workerData as { xcheckNdjsonWorker?: boolean } | null)?.xcheckNdjsonWorker) startWorker();

/**
 * The `--ndjson` part of `xcheck analyze`: reads FILE (or stdin for `-`), writes to `stdout` (a
 * stream, with backpressure) or to `write`. Exit code 0 when every line was analysed, 2 when some
 * line was invalid (all lines are still written), 1 on an internal failure.
 */
export async function ndjsonCommand(
  file: string,
  options: { policy?: unknown; workers?: number },
  write: (text: string) => void,
  stderr: (text: string) => void,
  stdout?: NodeJS.WritableStream,
): Promise<number> {
  const input = file === '-' ? process.stdin : createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => {
    if (file === '-') resolve();
    else input.once('open', () => resolve()).once('error', reject);
  });
  try {
    await opened;
  } catch (error) {
    stderr(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
    return 2;
  }
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const sink = stdout
    ? async (line: string) => {
        if (!stdout.write(line)) await once(stdout, 'drain');
      }
    : write;
  const summary = await analyzeNdjson(rl, { ...options, write: sink });
  stderr(`${file}: ${summary.lines} lines, ${summary.analysed} analysed, ${summary.invalid} invalid${summary.internal ? `, ${summary.internal} internal errors` : ''}\n`);
  return summary.internal > 0 ? 1 : summary.invalid > 0 ? 2 : 0;
}

/** `xcheck analyze --ndjson FILE|- [--workers N] [--policy FILE]`, called by the analyze command. */
export function cmdAnalyzeNdjson(
  positionals: readonly string[],
  values: { policy?: string; workers?: string; format?: string },
  io: CliIO,
): Promise<number> | number {
  if (positionals.length !== 1) throw new UsageError('analyze --ndjson takes exactly one FILE (or - for stdin)');
  if (values.format !== undefined && values.format !== 'json') throw new UsageError('--ndjson writes JSON lines only');
  const workers = values.workers === undefined ? 0 : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0 || workers > 256) throw new UsageError(`--workers must be a whole number 0..256, got ${values.workers}`);
  let policy: unknown;
  if (values.policy !== undefined) {
    const read = readJson(io, values.policy);
    // Checked once here: a bad policy is one error, not the same error on every line.
    const checked = read.ok ? policySchema.safeParse(read.value, { reportInput: true }) : undefined;
    if (!read.ok || !checked?.success) {
      io.stderr(read.ok ? `${values.policy}: invalid policy\n${formatInputErrors(toInputErrors(checked?.error?.issues ?? [])).replace(/^/gm, '  ')}\n` : `${read.message}\n`);
      return 2;
    }
    policy = read.value;
  }
  return ndjsonCommand(positionals[0] as string, { policy, workers }, io.stdout, io.stderr, io === nodeIO ? process.stdout : undefined);
}
