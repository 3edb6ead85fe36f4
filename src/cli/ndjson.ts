/**
 * Batch mode: `xcheck analyze --ndjson FILE|-` reads one profile per line (NDJSON) and writes one
 * result per line, in the input's order:
 *
 *   {"line":1,"ok":true,"report":{…}}
 *   {"line":2,"ok":false,"errors":[{"path":"(root)","code":"notJson",…}]}
 *
 * Every non-blank line gets its own result or its own error line, whatever happens to it: a line longer
 * than `--max-line-bytes` is refused unread (`tooLarge`), a worker that dies on a line reports that line
 * (`internal_error`) and is replaced, and the run goes on (docs/performance.md, "Batch mode").
 *
 * Lines are streamed: memory stays flat whatever the number of lines (bench/batch-memory.ts measures
 * it). Blank lines are skipped (their numbers still count). `--workers N` spreads the lines over N
 * worker threads; results are still written in input order. Each line is analysed by the same pure
 * `analyze()`, one function call per record with no state between records: the shape a bank's
 * distributed batch engine needs (docs/performance.md).
 */
import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { GuaranteeGraph } from '../portfolio/guarantees.js';
import { formatInputErrors, type InputError, inputError, internalError, toInputErrors } from '../profile/errors.js';
import { policySchema } from '../profile/policy.js';
import { preparePolicy } from '../profile/prepared.js';
import { analyze } from '../report/analyze.js';
import { serializePolicy } from '../report/serialize.js';
import { type CliIO, nodeIO, readJson, UsageError } from './io.js';
import type { PolicyInput } from '../profile/policy.js';

/** What each result line holds besides its line number: the report without the policy (the default), and with or without texts. */
export interface LineOptions {
  /** Findings with their texts (the default) or figures only (`--texts false`). */
  readonly texts?: boolean;
  /** Repeat the resolved policy in every report (the API's `analyze()` shape). Batch mode writes it once at most (`--policy-header`). */
  readonly policyEcho?: boolean;
  /** Compute the extras (alternative terms, stress test, funding plan; `--extras`); default false: those fields are null. */
  readonly extras?: boolean;
}

/** The result line for one input line (without the newline). */
export function analyzeLine(text: string, lineNumber: number, policy?: unknown, options: LineOptions = {}): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    return errorLine(lineNumber, [inputError({ path: '(root)', code: 'notJson', params: { detail } })]);
  }
  const result = analyze(value, { policy: policy as PolicyInput, texts: options.texts !== false, extras: options.extras === true });
  if (!result.ok) return errorLine(lineNumber, result.errors);
  if (options.policyEcho) return JSON.stringify({ line: lineNumber, ok: true, report: result.report });
  const { policy: _echo, ...report } = result.report;
  return JSON.stringify({ line: lineNumber, ok: true, report });
}

/** An error result line (without the newline). */
export function errorLine(lineNumber: number, errors: readonly InputError[]): string {
  return JSON.stringify({ line: lineNumber, ok: false, errors });
}

/** The result of a line refused unread, longer than the limit: code `tooLarge`, params `{ limit }` (bytes). */
export function tooLargeLine(lineNumber: number, limit: number): string {
  return errorLine(lineNumber, [inputError({ path: '(root)', code: 'tooLarge', params: { limit: String(limit) } })]);
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

/** The header line of `--policy-header` (without the newline): `{"policy":{…}}`, the resolved policy as each report used to echo it; undefined for a policy that does not validate. */
export function policyHeaderLine(policy: unknown): string | undefined {
  const prepared = preparePolicy(policy);
  return prepared.ok ? JSON.stringify({ policy: serializePolicy({ ...prepared.policy }) }) : undefined;
}

/** An input line longer than the limit, refused while it was read: its text was never built. */
export const OVERSIZED: unique symbol = Symbol('oversized line');
export type InputLine = string | typeof OVERSIZED;

/**
 * Default longest line, in bytes of UTF-8 (the line ending excluded). A real profile is a few kB; 4 MB
 * holds one with tens of thousands of inventory lines. With worker threads a line may take at most
 * 1/{@link WORKER_MEMORY_PER_LINE_BYTE} of a worker's heap cap (docs/performance.md, "Batch mode").
 */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;
/**
 * A worker's heap cap over its longest line. V8 turns a worker's heap exhaustion into a clean worker
 * exit only when the heap grows by steps; one allocation far over the cap (a 20 MB line's string under a
 * 32 MB cap) is a fatal error of the whole process (exit 134) that `resourceLimits` cannot contain. Lines
 * up to 1/4 of the cap (8 MB under 32 MB) were contained in every hostile shape tried; 1/8 leaves a margin.
 */
export const WORKER_MEMORY_PER_LINE_BYTE = 8;

export interface NdjsonOptions {
  readonly policy?: unknown;
  /** Worker threads; 0 or 1 analyses on the calling thread. */
  readonly workers?: number;
  /** Old-generation heap cap of each worker thread, in MB (default {@link WORKER_MEMORY_MB}). */
  readonly workerMemoryMb?: number;
  /** Longest line analysed, in bytes of UTF-8; a longer one gets a `tooLarge` error line (default {@link MAX_LINE_BYTES}). */
  readonly maxLineBytes?: number;
  /** Findings with texts (default) or figures only. */
  readonly texts?: boolean;
  /** Write the resolved policy once, as a first line `{"policy":{…}}`. */
  readonly policyHeader?: boolean;
  /** Compute the extras (alternative terms, stress test, funding plan) on every line; default false (null in each report). */
  readonly extras?: boolean;
  /**
   * Follow the guarantee links across the file's profiles and write the view as a last line `{"portfolio":{…}}`
   * (`--portfolio`, docs/portfolio.md). Default false: nothing is added.
   */
  readonly portfolio?: boolean;
  /** Counts kept up to date while the run goes on (for progress lines); a new one by default. */
  readonly tally?: Tally;
  /** A note for stderr (a worker that died and was replaced). */
  readonly warn?: (text: string) => void;
  /**
   * Writes one result line (newline included): a string on one thread, UTF-8 bytes from worker
   * threads. May return a promise, for backpressure; bytes are reused once it resolves (or, if it
   * returns nothing, once it returns), so a stream must not keep them: resolve on the write's callback.
   */
  readonly write: (line: string | Uint8Array) => void | Promise<void>;
}

/** How many invalid line numbers the summary lists. */
export const INVALID_LINES_LISTED = 20;

/** The counts of a run, updated as results are written. */
export class Tally {
  /** Lines read (blank ones included). */
  lines = 0;
  /** Lines with a report. */
  analysed = 0;
  /** Lines refused: not JSON, not a valid profile, too large. */
  invalid = 0;
  /** Lines whose analysis failed with an internal error (a bug, or a worker that died on them). */
  internal = 0;
  /** The first {@link INVALID_LINES_LISTED} invalid line numbers. */
  readonly invalidLines: number[] = [];

  count(kind: Kind, line: number): void {
    this[kind]++;
    if (kind === 'invalid' && this.invalidLines.length < INVALID_LINES_LISTED) this.invalidLines.push(line);
  }

  summary(): NdjsonSummary {
    return { lines: this.lines, analysed: this.analysed, invalid: this.invalid, internal: this.internal, invalidLines: [...this.invalidLines] };
  }
}

export interface NdjsonSummary {
  readonly lines: number;
  readonly analysed: number;
  readonly invalid: number;
  /** Lines whose analysis failed with an internal error (a bug, or a worker that died on them). */
  readonly internal: number;
  /** The first {@link INVALID_LINES_LISTED} invalid line numbers, in order. */
  readonly invalidLines: readonly number[];
}

type Kind = 'analysed' | 'invalid' | 'internal';

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

/** The longest line allowed with `workers` threads of `workerMemoryMb` each (see {@link WORKER_MEMORY_PER_LINE_BYTE}). */
export function maxLineBytesFor(workers: number, workerMemoryMb: number = WORKER_MEMORY_MB): number {
  return workers > 1 ? Math.floor((workerMemoryMb * 1024 * 1024) / WORKER_MEMORY_PER_LINE_BYTE) : Number.POSITIVE_INFINITY;
}

/** Analyses every line of `lines` and writes the results in order. */
export async function analyzeNdjson(lines: AsyncIterable<InputLine> | Iterable<InputLine>, options: NdjsonOptions): Promise<NdjsonSummary> {
  const tally = options.tally ?? new Tally();
  const workers = Math.max(0, Math.floor(options.workers ?? 0));
  const limit = Math.min(options.maxLineBytes ?? MAX_LINE_BYTES, maxLineBytesFor(workers, options.workerMemoryMb));
  const lineOptions: LineOptions = { texts: options.texts !== false, extras: options.extras === true };
  if (options.policyHeader) {
    const header = policyHeaderLine(options.policy);
    if (header !== undefined) await options.write(`${header}\n`);
  }
  const graph = options.portfolio === true ? new GuaranteeGraph() : undefined;
  if (graph !== undefined) lines = tapGuarantees(lines, graph, limit);
  if (workers > 1) {
    await runPool(lines, workers, limit, lineOptions, options, tally);
  } else {
    const policy = policyForLines(options.policy);
    for await (const text of lines) {
      const lineNumber = ++tally.lines;
      if (text !== OVERSIZED && text.trim() === '') continue;
      const out = text === OVERSIZED || exceeds(text, limit) ? tooLargeLine(lineNumber, limit) : analyzeLine(text, lineNumber, policy, lineOptions);
      tally.count(kindOf(out), lineNumber);
      await options.write(`${out}\n`);
    }
  }
  if (graph !== undefined) await options.write(`${JSON.stringify({ portfolio: graph.view() })}\n`);
  return tally.summary();
}

/**
 * The lines as they are, each also read for its guarantee links (docs/portfolio.md), numbered as the analysis
 * numbers them. Only a line that names a `partyId` is parsed here; one that is not JSON or too large adds nothing.
 */
async function* tapGuarantees(lines: AsyncIterable<InputLine> | Iterable<InputLine>, graph: GuaranteeGraph, limit: number): AsyncGenerator<InputLine> {
  let lineNumber = 0;
  for await (const text of lines) {
    lineNumber++;
    if (text !== OVERSIZED && text.includes('"partyId"') && !exceeds(text, limit)) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        value = undefined;
      }
      graph.add(value, lineNumber);
    }
    yield text;
  }
}

/** Whether a line given as a string (the API) is longer than `limit` bytes of UTF-8. */
function exceeds(text: string, limit: number): boolean {
  return text.length > limit / 3 && Buffer.byteLength(text) > limit;
}

/** The worker pool could not go on (workers that keep dying on start, not on a line): the run stops with exit code 1. */
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

interface WorkerData {
  readonly xcheckNdjsonWorker: true;
  readonly policy: unknown;
  readonly lineOptions: LineOptions;
}

/** A result waiting for its turn to be written: bytes from a worker (given back to it once written), or a line made on the main thread. */
type Result = { readonly line: number; readonly kind: Kind } & ({ readonly done: Done; readonly from: Worker } | { readonly text: string });

/** Worker deaths in a row, with no line answered in between and none from running out of memory, after which the pool gives up. */
const CRASHES_IN_A_ROW = 3;

/**
 * The worker pool. Each line goes to the worker with the fewest lines in flight; results are
 * reordered by sequence number and written in input order. At most WINDOW_PER_WORKER lines per
 * worker are in flight (sent but not yet written), so the input is read only as fast as results are
 * written: slow stdout holds back the input, and the reorder buffer stays small. Results travel as
 * bytes, so the main thread's heap never holds the (large) result strings.
 *
 * A worker that dies (its heap cap reached, or a crash) answers for the line it was on with an
 * `internal_error` line naming it; the lines queued behind go to its replacement, and the run goes on.
 */
async function runPool(
  lines: AsyncIterable<InputLine> | Iterable<InputLine>,
  size: number,
  maxLineBytes: number,
  lineOptions: LineOptions,
  options: NdjsonOptions,
  tally: Tally,
): Promise<void> {
  // The worker runs this same module: in the built CLI, dist/cli.js (which starts the command only on the
  // main thread). Worker threads therefore need the build; from TypeScript source use one thread.
  const url = new URL(import.meta.url);
  const memoryMb = options.workerMemoryMb ?? WORKER_MEMORY_MB;
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
  const data: WorkerData = { xcheckNdjsonWorker: true, policy: options.policy, lineOptions };
  interface Slot {
    worker: Worker;
    /** Lines sent to this worker and not yet answered, oldest first (a worker answers in order). */
    jobs: Job[];
  }
  const slots: Slot[] = [];
  const window = size * WINDOW_PER_WORKER;
  const pending = new Map<number, Result>();
  let nextToWrite = 0;
  let inFlight = 0;
  let stopping = false;
  let crashes = 0;
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

  /** Takes a result and writes every result now next in order. */
  const deliver = (seq: number, result: Result) => {
    pending.set(seq, result);
    for (let next = pending.get(nextToWrite); next !== undefined; next = pending.get(nextToWrite)) {
      pending.delete(nextToWrite);
      nextToWrite++;
      const r = next;
      tally.count(r.kind, r.line);
      writing = writing
        .then(() => options.write('text' in r ? r.text : new Uint8Array(r.done.buffer, 0, r.done.length)))
        .then(() => {
          // Back to the worker that made it, if it still runs.
          if ('done' in r && !stopping && slots.some((s) => s.worker === r.from)) r.from.postMessage({ recycle: r.done.buffer } satisfies ToWorker, [r.done.buffer]);
          written();
        }, fail);
    }
  };

  const send = (slot: Slot, job: Job) => {
    slot.jobs.push(job);
    slot.worker.postMessage(job satisfies ToWorker);
  };

  const start = (slot: Slot): Worker => {
    const worker = new Worker(url, { workerData: data, resourceLimits });
    let dead = false;
    worker.on('message', (done: Done) => {
      if (dead) return;
      const at = slot.jobs.findIndex((j) => j.seq === done.seq);
      if (at < 0) return;
      const [job] = slot.jobs.splice(at, 1) as [Job];
      crashes = 0;
      deliver(done.seq, { line: job.line, kind: done.kind, done, from: worker });
    });
    const died = (detail: (line: number) => string, outOfMemory: boolean) => {
      if (dead || stopping) return;
      dead = true;
      const [onHand, ...queued] = slot.jobs;
      slot.jobs = [];
      if (!outOfMemory && ++crashes > CRASHES_IN_A_ROW) {
        fail(new WorkerFailure(`worker threads keep stopping (${crashes} in a row, the last ${onHand ? `on line ${onHand.line}` : 'before any line'}): ${detail(onHand?.line ?? 0)}`));
        return;
      }
      if (onHand !== undefined) {
        const text = `${errorLine(onHand.line, [internalError(detail(onHand.line))])}\n`;
        options.warn?.(`line ${onHand.line}: ${detail(onHand.line)}; a new worker takes over\n`);
        deliver(onHand.seq, { line: onHand.line, kind: 'internal', text });
      }
      slot.worker = start(slot);
      for (const job of queued) send(slot, job);
    };
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      died(
        (line) =>
          outOfMemory
            ? `a worker thread ran out of memory while analysing line ${line} (its heap is capped at ${memoryMb} MB: raise --worker-memory, or run without --workers)`
            : `a worker thread failed while analysing line ${line}: ${error.message}`,
        outOfMemory,
      );
    });
    worker.on('exit', (code) => died((line) => `a worker thread stopped (exit code ${code}) while analysing line ${line}`, false));
    return worker;
  };

  for (let i = 0; i < size; i++) {
    const slot: Slot = { worker: undefined as unknown as Worker, jobs: [] };
    slots.push(slot);
    slot.worker = start(slot);
  }

  const waitUntil = async (done: () => boolean) => {
    while (!done() && !failure) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure;
  };

  try {
    let seq = 0;
    for await (const text of lines) {
      const lineNumber = ++tally.lines;
      if (text !== OVERSIZED && text.trim() === '') continue;
      await waitUntil(() => inFlight < window);
      inFlight++;
      if (text === OVERSIZED || exceeds(text, maxLineBytes)) {
        deliver(seq++, { line: lineNumber, kind: 'invalid', text: `${tooLargeLine(lineNumber, maxLineBytes)}\n` });
        continue;
      }
      let slot = slots[0] as Slot;
      for (const s of slots) if (s.jobs.length < slot.jobs.length) slot = s;
      send(slot, { seq: seq++, line: lineNumber, text });
    }
    await waitUntil(() => inFlight === 0);
  } finally {
    // Whatever was handed to the writer is written before the workers stop, even when the run fails.
    await writing.catch(() => undefined);
    stopping = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

/** The worker side: analyse each job and send the result line back as bytes, in a reused buffer when one fits. */
function startWorker(): void {
  const { policy: input, lineOptions } = workerData as WorkerData;
  const policy = policyForLines(input);
  const encoder = new TextEncoder();
  const spare: ArrayBuffer[] = [];
  parentPort?.on('message', (message: ToWorker) => {
    if ('recycle' in message) {
      spare.push(message.recycle);
      return;
    }
    const out = `${analyzeLine(message.text, message.line, policy, lineOptions)}\n`;
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

if (!isMainThread && (workerData as Partial<WorkerData> | null)?.xcheckNdjsonWorker) startWorker();

/** The input could not be read (EISDIR, EIO…): reported with the file's name, exit code 2. */
export class InputReadError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * The lines of a byte stream, split on `\n` (a `\r` before it is dropped; a UTF-8 byte-order mark at the
 * start is skipped). A line longer than `maxLineBytes` (its ending excluded) is never built: its bytes are
 * dropped as they arrive and it comes out as {@link OVERSIZED}, so a 2 GB line costs no more memory than a
 * short one. Reads one chunk ahead of its consumer at most: the stream waits while the lines of a chunk
 * are taken (readline's own iterator reads up to 1,024 lines ahead, docs/performance.md).
 */
export async function* readLines(input: AsyncIterable<Buffer | string>, maxLineBytes: number = MAX_LINE_BYTES): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let bytes = 0;
  let oversized = false;
  let first = true;
  const take = (tail: Buffer): InputLine => {
    let total = bytes + tail.length;
    const last = tail.length > 0 ? tail[tail.length - 1] : parts.at(-1)?.[(parts.at(-1)?.length ?? 0) - 1];
    if (last === CR) total--;
    let line: InputLine;
    if (oversized || total > maxLineBytes) line = OVERSIZED;
    else {
      let text = (parts.length === 0 ? tail : Buffer.concat([...parts, tail])).toString('utf8', 0, total);
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      line = text;
    }
    first = false;
    parts = [];
    bytes = 0;
    oversized = false;
    return line;
  };
  const iterator = input[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Buffer | string>;
    try {
      next = await iterator.next();
    } catch (error) {
      throw new InputReadError((error as NodeJS.ErrnoException).code ?? String(error));
    }
    if (next.done) break;
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    let from = 0;
    for (let at = chunk.indexOf(NEWLINE); at >= 0; at = chunk.indexOf(NEWLINE, from)) {
      const line = take(chunk.subarray(from, at));
      from = at + 1;
      yield line;
    }
    if (from < chunk.length && !oversized) {
      const rest = chunk.subarray(from);
      bytes += rest.length;
      // One byte of slack: a `\r` ending the line is not counted.
      if (bytes > maxLineBytes + 1) {
        oversized = true;
        parts = [];
      } else parts.push(rest);
    } else if (from < chunk.length) bytes += chunk.length - from;
  }
  if (bytes > 0 || oversized) yield take(Buffer.alloc(0));
}

/** The run's options as `analyzeNdjson` takes them, and the progress lines of the command. */
export interface NdjsonCommandOptions extends Pick<NdjsonOptions, 'policy' | 'workers' | 'workerMemoryMb' | 'maxLineBytes' | 'texts' | 'policyHeader' | 'extras' | 'portfolio'> {
  /** Progress lines on stderr every `progressMs` milliseconds (default every {@link PROGRESS_MS}); off when undefined or false. */
  readonly progress?: boolean;
  readonly progressMs?: number;
}

/** How often a progress line is written, with `--progress` or when stderr is a terminal. */
export const PROGRESS_MS = 5_000;

/** The counts as one line (without the newline): the progress lines, and the summary with `final`. */
export function formatTally(file: string, tally: Tally | NdjsonSummary, elapsedMs: number, final: boolean): string {
  const seconds = elapsedMs / 1000;
  const perSecond = seconds > 0 ? tally.lines / seconds : tally.lines;
  const rate = perSecond < 10 ? perSecond.toFixed(1) : String(Math.round(perSecond));
  const listed = tally.invalidLines.length;
  const invalid =
    final && tally.invalid > 0
      ? ` (line${tally.invalid === 1 ? '' : 's'} ${tally.invalidLines.join(', ')}${tally.invalid > listed ? `, … the first ${listed}` : ''})`
      : '';
  return `${file}: ${tally.lines} lines, ${tally.analysed} reports, ${tally.invalid} invalid${invalid}, ${tally.internal} errors, ${seconds.toFixed(1)} s, ${rate} lines/s${final ? '' : ' …'}`;
}

/**
 * The `--ndjson` part of `xcheck analyze`: reads FILE (or stdin for `-`), writes to `stdout` (a
 * stream, with backpressure) or to `write`, and a summary to stderr. Exit code 0 when every line was
 * analysed, 2 when some line was invalid or too large (all lines are still written), 1 when some line
 * failed with an internal error (a worker that died on it included) or the run could not go on.
 */
export async function ndjsonCommand(
  file: string,
  options: NdjsonCommandOptions,
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
  const workers = options.workers ?? 0;
  const maxLineBytes = options.maxLineBytes ?? Math.min(MAX_LINE_BYTES, maxLineBytesFor(workers, options.workerMemoryMb));
  const decoder = new TextDecoder();
  const sink = stdout
    ? // Resolves on the write's callback: the bytes are then no longer needed (and are reused), and a
      // slow stdout holds back the reading (backpressure).
      (line: string | Uint8Array) => new Promise<void>((resolve, reject) => stdout.write(line, (error) => (error ? reject(error) : resolve())))
    : (line: string | Uint8Array) => write(typeof line === 'string' ? line : decoder.decode(line));
  const tally = new Tally();
  const started = performance.now();
  const timer = options.progress
    ? setInterval(() => stderr(`${formatTally(file, tally, performance.now() - started, false)}\n`), options.progressMs ?? PROGRESS_MS)
    : undefined;
  timer?.unref();
  // Interrupted (Ctrl-C, a SIGTERM from a scheduler): stop reading, let the lines in flight be written whole, then say
  // so. Without this the process died mid-write and left a truncated last line and no message.
  const interruption: { signal?: NodeJS.Signals } = {};
  const interrupt = (signal: NodeJS.Signals) => {
    if (interruption.signal !== undefined) return;
    interruption.signal = signal;
    input.destroy();
  };
  const watchSignals = stdout !== undefined;
  if (watchSignals) {
    process.once('SIGINT', interrupt);
    process.once('SIGTERM', interrupt);
  }
  try {
    await analyzeNdjson(untilInterrupted(readLines(input as AsyncIterable<Buffer>, maxLineBytes), interruption), {
      ...options,
      maxLineBytes,
      tally,
      write: sink,
      warn: (text) => stderr(`${file}: ${text}`),
    });
  } catch (error) {
    // The input destroyed by the interruption ends its reading with an error: the run stops there, as asked.
    if (interruption.signal !== undefined) return interrupted(file, interruption.signal, tally, started, stderr);
    if (error instanceof InputReadError) {
      stderr(`${file}: cannot be read (${error.code})\n`);
      return 2;
    }
    if (!(error instanceof WorkerFailure)) throw error;
    // The results before the failing line are written; nothing after it.
    stderr(`${file}: internal error: ${error.message}\n`);
    return 1;
  } finally {
    if (watchSignals) {
      process.off('SIGINT', interrupt);
      process.off('SIGTERM', interrupt);
    }
    clearInterval(timer);
    if (file !== '-') (input as ReturnType<typeof createReadStream>).destroy();
  }
  if (interruption.signal !== undefined) return interrupted(file, interruption.signal, tally, started, stderr);
  stderr(`${formatTally(file, tally, performance.now() - started, true)}\n`);
  return tally.internal > 0 ? 1 : tally.invalid > 0 ? 2 : 0;
}

/** The lines until an interruption is asked for (checked before each line is handed on). */
async function* untilInterrupted(lines: AsyncIterable<InputLine>, interruption: { readonly signal?: NodeJS.Signals }): AsyncGenerator<InputLine> {
  for await (const line of lines) {
    if (interruption.signal !== undefined) return;
    yield line;
  }
}

/** An interrupted run: every line written is whole; one line says where it stopped, then the summary. Exit 1. */
function interrupted(file: string, signal: NodeJS.Signals, tally: Tally, started: number, stderr: (text: string) => void): number {
  const written = tally.analysed + tally.invalid + tally.internal;
  stderr(`${file}: interrupted (${signal}): ${written} result lines written, each whole; the rest was not analysed\n`);
  stderr(`${formatTally(file, tally, performance.now() - started, true)}\n`);
  return 1;
}

/** The options of `xcheck analyze --ndjson` (the batch mode parses its own arguments). */
const NDJSON_ARGS = {
  ndjson: { type: 'boolean' },
  policy: { type: 'string' },
  format: { type: 'string' },
  workers: { type: 'string' },
  'worker-memory': { type: 'string' },
  'max-line-bytes': { type: 'string' },
  texts: { type: 'string' },
  'policy-header': { type: 'boolean' },
  portfolio: { type: 'boolean' },
  extras: { type: 'boolean' },
  progress: { type: 'boolean' },
} as const;

/** A whole number from `min` to `max`, or a usage error naming the option. */
function wholeNumber(name: string, value: string | undefined, min: number, max: number, unit = ''): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number${unit} ${min}..${max}, got ${value}`);
  return n;
}

/**
 * `xcheck analyze --ndjson FILE|- [--workers N] [--worker-memory MB] [--max-line-bytes N] [--policy FILE]
 * [--policy-header] [--texts false] [--extras] [--portfolio] [--progress]`, called by the analyze command with its arguments.
 */
export function cmdAnalyzeNdjson(args: readonly string[], io: CliIO): Promise<number> | number {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: NDJSON_ARGS });
  if (positionals.length !== 1) throw new UsageError('analyze --ndjson takes exactly one FILE (or - for stdin)');
  // A folder cannot be streamed: one line and exit 2, as for `xcheck analyze FOLDER`.
  const file = positionals[0] as string;
  if (file !== '-' && io.readDir?.(file) !== undefined) {
    io.stderr(`${file}: cannot be read (EISDIR)\n`);
    return 2;
  }
  if (values.format !== undefined && values.format !== 'json') throw new UsageError('--ndjson writes JSON lines only');
  if (values.texts !== undefined && values.texts !== 'true' && values.texts !== 'false') throw new UsageError(`--texts must be true or false, got ${values.texts}`);
  const workers = wholeNumber('workers', values.workers, 0, 256) ?? 0;
  const workerMemoryMb = wholeNumber('worker-memory', values['worker-memory'], 16, 65_536, ' of MB');
  const cap = maxLineBytesFor(workers, workerMemoryMb);
  // At most 256 MiB: a longer line could not become one JavaScript string (V8's limit is about 512 M characters).
  const maxLineBytes = wholeNumber('max-line-bytes', values['max-line-bytes'], 1, 2 ** 28);
  if (maxLineBytes !== undefined && maxLineBytes > cap) {
    throw new UsageError(
      `--max-line-bytes ${maxLineBytes} is more than 1/${WORKER_MEMORY_PER_LINE_BYTE} of a worker's heap (${cap} bytes under --worker-memory ${workerMemoryMb ?? WORKER_MEMORY_MB}): raise --worker-memory, or run without --workers`,
    );
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
  const progress = values.progress === true || (io === nodeIO && process.stderr.isTTY === true);
  return ndjsonCommand(
    positionals[0] as string,
    {
      policy,
      workers,
      workerMemoryMb,
      maxLineBytes,
      texts: values.texts !== 'false',
      policyHeader: values['policy-header'] === true,
      extras: values.extras === true,
      portfolio: values.portfolio === true,
      progress,
    },
    io.stdout,
    io.stderr,
    io === nodeIO ? process.stdout : undefined,
  );
}
