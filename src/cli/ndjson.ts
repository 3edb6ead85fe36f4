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
import { createReadStream } from 'node:fs';
import { createInterface, type Interface } from 'node:readline';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { formatInputErrors, inputError, toInputErrors } from '../profile/errors.js';
import { policySchema } from '../profile/policy.js';
import { preparePolicy } from '../profile/prepared.js';
import { analyze } from '../report/analyze.js';
import { type CliIO, nodeIO, readJson, UsageError } from './io.js';

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
      errors: [inputError({ path: '(root)', code: 'notJson', params: { detail } })],
    });
  }
  const result = analyze(value, { policy });
  return JSON.stringify(result.ok ? { line: lineNumber, ok: true, report: result.report } : { line: lineNumber, ok: false, errors: result.errors });
}

/**
 * The policy for a run of lines, prepared once (validated once, the profile schema compiled: docs/profile.md), so
 * each line skips the policy's validation. A policy that does not prepare is passed on as it is: every line then
 * reports its errors, as `analyze()` does.
 */
export function policyForLines(policy: unknown): unknown {
  const prepared = preparePolicy(policy);
  return prepared.ok ? prepared.policy : policy;
}

export interface NdjsonOptions {
  readonly policy?: unknown;
  /** Worker threads; 0 or 1 analyses on the calling thread. */
  readonly workers?: number;
  /** Old-generation heap cap of each worker thread, in MB (default {@link WORKER_MEMORY_MB}). */
  readonly workerMemoryMb?: number;
  /**
   * Writes one result line (newline included): a string on one thread, UTF-8 bytes from worker
   * threads. May return a promise, for backpressure; bytes are reused once it resolves (or, if it
   * returns nothing, once it returns), so a stream must not keep them: resolve on the write's callback.
   */
  readonly write: (line: string | Uint8Array) => void | Promise<void>;
}

export interface NdjsonSummary {
  readonly lines: number;
  readonly analysed: number;
  readonly invalid: number;
  /** Lines whose analysis failed with an internal error (a bug). */
  readonly internal: number;
}

type Counts = { analysed: number; invalid: number; internal: number };
type Kind = keyof Counts;

/** What a result line counts as in `summary`, without parsing the report again. */
function kindOf(out: string): Kind {
  // The result's `ok` comes right after `{"line":N,` (see analyzeLine).
  if (out.startsWith('"ok":true', out.indexOf(',') + 1)) return 'analysed';
  return out.includes('"code":"internal_error"') ? 'internal' : 'invalid';
}

/**
 * Heap caps of each worker thread (V8 `resourceLimits`), in MB. Without them V8 lets each isolate's
 * heap grow lazily towards limits sized from the machine's memory (a young generation of tens of MB,
 * an old generation of GBs), and two workers took the process past 250 MB on 20,000 lines. A worker
 * holds the analysis core (15-20 MB of heap in use) and one line at a time: a profile with 10,000
 * inventory lines still analyses under a 24 MB cap, one with 100,000 needs more than 96 MB (and
 * `--worker-memory`). The measurements are in docs/performance.md.
 */
export const WORKER_MEMORY_MB = 32;
const WORKER_YOUNG_GENERATION_MB = 8;
/** Lines in flight per worker: sent, not yet written. Enough to keep a worker busy while the main thread writes. */
export const WINDOW_PER_WORKER = 4;

/** Analyses every line of `lines` and writes the results in order. */
export async function analyzeNdjson(lines: AsyncIterable<string> | Iterable<string>, options: NdjsonOptions): Promise<NdjsonSummary> {
  const counts: Counts = { analysed: 0, invalid: 0, internal: 0 };
  const workers = Math.max(0, Math.floor(options.workers ?? 0));
  if (workers > 1) return { lines: await runPool(lines, workers, options, counts), ...counts };
  const policy = policyForLines(options.policy);
  let lineNumber = 0;
  for await (const text of lines) {
    lineNumber++;
    if (text.trim() === '') continue;
    const out = analyzeLine(text, lineNumber, policy);
    counts[kindOf(out)]++;
    await options.write(`${out}\n`);
  }
  return { lines: lineNumber, ...counts };
}

/** A worker thread died (its heap cap reached, or a crash): the run stops with exit code 1. */
export class WorkerFailure extends Error {}

interface Job {
  readonly seq: number;
  readonly line: number;
  readonly text: string;
}

/**
 * A worker's answer: the result line as UTF-8 bytes, `buffer[0, length)`. The buffer is transferred
 * (moved, not copied) to the main thread, and back to the worker once written, so each worker reuses a
 * handful of buffers: no result string on the main thread's heap, no garbage for its collector.
 */
interface Done {
  readonly seq: number;
  readonly kind: Kind;
  readonly buffer: ArrayBuffer;
  readonly length: number;
}

/** The main thread's messages to a worker: a line to analyse, or a buffer to reuse. */
type ToWorker = Job | { readonly recycle: ArrayBuffer };

/**
 * The worker pool. Each line goes to the worker with the fewest lines in flight; results are
 * reordered by sequence number and written in input order. At most WINDOW_PER_WORKER lines per
 * worker are in flight (sent but not yet written), so the input is read only as fast as results are
 * written: slow stdout holds back the input, and the reorder buffer stays small. Results travel as
 * bytes, so the main thread's heap never holds the (large) result strings. Returns the number of lines read.
 */
async function runPool(lines: AsyncIterable<string> | Iterable<string>, size: number, options: NdjsonOptions, counts: Counts): Promise<number> {
  // The worker runs this same module: in the built CLI, dist/cli.js (which starts the command only on the
  // main thread). Worker threads therefore need the build; from TypeScript source use one thread.
  const url = new URL(import.meta.url);
  const memoryMb = options.workerMemoryMb ?? WORKER_MEMORY_MB;
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
  const slots = Array.from({ length: size }, () => ({
    worker: new Worker(url, { workerData: { xcheckNdjsonWorker: true, policy: options.policy }, resourceLimits }),
    /** Line numbers sent to this worker and not yet answered, oldest first (a worker answers in order). */
    lines: [] as number[],
  }));
  const limit = size * WINDOW_PER_WORKER;
  type Slot = (typeof slots)[number];
  const pending = new Map<number, { done: Done; slot: Slot }>();
  let nextToWrite = 0;
  let inFlight = 0;
  let stopping = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let writing: Promise<void> = Promise.resolve();
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const fail = (error: Error) => {
    failure ??= error;
    signal();
  };
  const written = () => {
    inFlight--;
    signal();
  };

  for (const slot of slots) {
    slot.worker.on('message', (done: Done) => {
      slot.lines.shift();
      pending.set(done.seq, { done, slot });
      for (let next = pending.get(nextToWrite); next !== undefined; next = pending.get(nextToWrite)) {
        pending.delete(nextToWrite);
        nextToWrite++;
        const { buffer, length, kind } = next.done;
        const from = next.slot;
        counts[kind]++;
        writing = writing
          .then(() => options.write(new Uint8Array(buffer, 0, length)))
          .then(() => {
            if (!stopping) from.worker.postMessage({ recycle: buffer } satisfies ToWorker, [buffer]);
            written();
          }, fail);
      }
    });
    // A worker that dies (its heap cap reached, or a crash) fails the run with the line it was on: never a hang.
    const lineOnHand = () => (slot.lines[0] === undefined ? '' : ` while analysing line ${slot.lines[0]}`);
    slot.worker.on('error', (error: Error & { code?: string }) => {
      const at = lineOnHand();
      fail(
        new WorkerFailure(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `a worker thread ran out of memory${at} (its heap is capped at ${memoryMb} MB: raise --worker-memory, or run without --workers)`
            : `a worker thread failed${at}: ${error.message}`,
        ),
      );
    });
    slot.worker.on('exit', (code) => {
      if (!stopping) fail(new WorkerFailure(`a worker thread stopped (exit code ${code})${lineOnHand()}`));
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
      let slot = slots[0] as (typeof slots)[number];
      for (const s of slots) if (s.lines.length < slot.lines.length) slot = s;
      slot.lines.push(lineNumber);
      inFlight++;
      slot.worker.postMessage({ seq, line: lineNumber, text } satisfies ToWorker);
      seq++;
    }
    await waitUntil(() => inFlight === 0);
    return lineNumber;
  } finally {
    stopping = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

/** The worker side: analyse each job and send the result line back as bytes, in a reused buffer when one fits. */
function startWorker(): void {
  const policy = policyForLines((workerData as { policy?: unknown }).policy);
  const encoder = new TextEncoder();
  const spare: ArrayBuffer[] = [];
  parentPort?.on('message', (message: ToWorker) => {
    if ('recycle' in message) {
      spare.push(message.recycle);
      return;
    }
    const out = `${analyzeLine(message.text, message.line, policy)}\n`;
    let buffer = spare.pop() ?? new ArrayBuffer(0);
    let { read, written } = encoder.encodeInto(out, new Uint8Array(buffer));
    if (read < out.length) {
      // Too small (or none spare): a new buffer of the exact size.
      buffer = new ArrayBuffer(Buffer.byteLength(out));
      written = encoder.encodeInto(out, new Uint8Array(buffer)).written;
    }
    parentPort?.postMessage({ seq: message.seq, kind: kindOf(out), buffer, length: written } satisfies Done, [buffer]);
  });
}

if (!isMainThread && (workerData as { xcheckNdjsonWorker?: boolean } | null)?.xcheckNdjsonWorker) startWorker();

/** Lines read ahead of the analysis, at most (plus the rest of the chunk being split). */
const READ_AHEAD = 16;

/**
 * readline's lines with a short read-ahead: the input is paused while READ_AHEAD lines wait. (readline's
 * own async iterator reads up to 1,024 lines ahead: with a fast producer they wait seconds, get
 * promoted to the old generation and make the main thread's heap grow.)
 */
export async function* readAhead(rl: Interface, input: NodeJS.ReadableStream): AsyncGenerator<string> {
  const queue: string[] = [];
  let closed = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  rl.on('line', (line: string) => {
    queue.push(line);
    if (queue.length >= READ_AHEAD) rl.pause();
    notify();
  });
  rl.on('close', () => {
    closed = true;
    notify();
  });
  input.on('error', (error) => {
    failure = error;
    notify();
  });
  for (;;) {
    if (failure !== undefined) throw failure;
    const line = queue.shift();
    if (line !== undefined) {
      if (!closed && queue.length < READ_AHEAD / 2) rl.resume();
      yield line;
    } else if (closed) return;
    else await new Promise<void>((resolve) => (wake = resolve));
  }
}

/**
 * The `--ndjson` part of `xcheck analyze`: reads FILE (or stdin for `-`), writes to `stdout` (a
 * stream, with backpressure) or to `write`. Exit code 0 when every line was analysed, 2 when some
 * line was invalid (all lines are still written), 1 on an internal failure.
 */
export async function ndjsonCommand(
  file: string,
  options: { policy?: unknown; workers?: number; workerMemoryMb?: number },
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
  const decoder = new TextDecoder();
  const sink = stdout
    ? // Resolves on the write's callback: the bytes are then no longer needed (and are reused), and a
      // slow stdout holds back the reading (backpressure).
      (line: string | Uint8Array) => new Promise<void>((resolve, reject) => stdout.write(line, (error) => (error ? reject(error) : resolve())))
    : (line: string | Uint8Array) => write(typeof line === 'string' ? line : decoder.decode(line));
  let summary: NdjsonSummary;
  try {
    summary = await analyzeNdjson(readAhead(rl, input), { ...options, write: sink });
  } catch (error) {
    if (!(error instanceof WorkerFailure)) throw error;
    // The results before the failing line are written; nothing after it.
    rl.close();
    stderr(`${file}: internal error: ${error.message}\n`);
    return 1;
  }
  stderr(`${file}: ${summary.lines} lines, ${summary.analysed} analysed, ${summary.invalid} invalid${summary.internal ? `, ${summary.internal} internal errors` : ''}\n`);
  return summary.internal > 0 ? 1 : summary.invalid > 0 ? 2 : 0;
}

/** `xcheck analyze --ndjson FILE|- [--workers N [--worker-memory MB]] [--policy FILE]`, called by the analyze command. */
export function cmdAnalyzeNdjson(
  positionals: readonly string[],
  values: { policy?: string; workers?: string; 'worker-memory'?: string; format?: string },
  io: CliIO,
): Promise<number> | number {
  if (positionals.length !== 1) throw new UsageError('analyze --ndjson takes exactly one FILE (or - for stdin)');
  if (values.format !== undefined && values.format !== 'json') throw new UsageError('--ndjson writes JSON lines only');
  const workers = values.workers === undefined ? 0 : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0 || workers > 256) throw new UsageError(`--workers must be a whole number 0..256, got ${values.workers}`);
  const memory = values['worker-memory'];
  const workerMemoryMb = memory === undefined ? undefined : Number(memory);
  if (workerMemoryMb !== undefined && (!Number.isInteger(workerMemoryMb) || workerMemoryMb < 16 || workerMemoryMb > 65_536)) {
    throw new UsageError(`--worker-memory must be a whole number of MB 16..65536, got ${memory}`);
  }
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
  return ndjsonCommand(positionals[0] as string, { policy, workers, workerMemoryMb }, io.stdout, io.stderr, io === nodeIO ? process.stdout : undefined);
}
