/**
 * What the subcommands share: the terminal and file system (`CliIO`, so tests can run the CLI in memory),
 * reading a JSON file, usage errors, and printing input errors. Its own module so that the subcommands
 * and `main` do not import each other.
 */
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ErrorData, formatInputErrors, type InputError, inputErrorText } from '../profile/errors.js';
import type { Lang } from '../report/markdown.js';

/** The largest input file read by default: 64 MB (`--max-bytes` changes it for `xcheck analyze`). */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** The largest `--max-bytes` accepted: 256 MB of JSON text, which V8 can still hold as one string and parse. */
export const MAX_MAX_BYTES = 256 * 1024 * 1024;

export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * A file's text (`-` is standard input). With `maxBytes`, a file larger than that is refused with a
   * {@link TooLargeError} before it is read into memory.
   */
  readonly readFile: (path: string, maxBytes?: number) => string;
  /** A folder's entries, or undefined when the path is not a folder. Needed by `verify` for folders. */
  readonly readDir?: (path: string) => readonly DirEntry[] | undefined;
  /** Needed by `verify --output`. */
  readonly writeFile?: (path: string, text: string) => void;
}

export interface DirEntry {
  readonly name: string;
  readonly isDirectory: boolean;
}

/** A file larger than the limit (in bytes), refused before it was read. */
export class TooLargeError extends Error {
  readonly code = 'tooLarge';
  constructor(readonly limit: number) {
    super(`larger than ${limit} bytes`);
  }
}

const CHUNK = 1 << 20;

/**
 * Reads a file (or standard input, fd 0, for `-`) as UTF-8, a leading byte-order mark dropped. A regular file
 * larger than `maxBytes` is refused from its size, before anything is read; a pipe or a device is read in chunks
 * and refused as soon as it has given more than `maxBytes`.
 */
export function readFileBounded(path: string, maxBytes: number = DEFAULT_MAX_BYTES): string {
  const fd = path === '-' ? 0 : openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: 'EISDIR', syscall: 'read' });
    if (stat.isFile() && stat.size > maxBytes) throw new TooLargeError(maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    // A regular file in one read of its size (+1 to see it has not grown); a pipe in chunks.
    let size = stat.isFile() ? stat.size + 1 : CHUNK;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(size, maxBytes + 1 - total));
      size = CHUNK;
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        // Standard input left non-blocking by the parent: wait for data instead of failing.
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new TooLargeError(maxBytes);
      chunks.push(chunk.subarray(0, n));
    }
    // TextDecoder drops a leading byte-order mark (EF BB BF).
    return new TextDecoder('utf-8').decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total));
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

export const nodeIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: readFileBounded,
  readDir: (p) => {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      return undefined;
    }
    // Symbolic links to folders are not followed (no cycles); a link to a file reads as a file.
    return isDir ? readdirSync(p, { withFileTypes: true }).map((d) => ({ name: d.name, isDirectory: d.isDirectory() })) : undefined;
  },
  writeFile: (p, t) => writeFileSync(p, t, 'utf8'),
};

export class UsageError extends Error {}

/**
 * xcheck's version, read at run time from the package.json of the installed package: the first folder above this
 * file (dist/cli.js once built, src/cli/io.ts in the tests) holding a package.json named `xcheck`.
 */
export function packageVersion(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'xcheck' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // no package.json here: look one folder up
    }
    dir = dirname(dir);
  }
  return undefined;
}

/**
 * What to do when writing the output failed, or undefined when `error` is not a failed write:
 * - the reader went away (`EPIPE`: `xcheck analyze big.json | head -c100`): exit 0 quietly, as a program
 *   cut short by `head` should;
 * - any other failed write (`ENOSPC`: the disk is full; `EIO`, …): exit 1 with one line naming the system's code.
 */
export function outputFailure(error: unknown): { exitCode: 0 } | { exitCode: 1; message: string } | undefined {
  const e = error as Partial<NodeJS.ErrnoException> | null;
  if (e === null || typeof e !== 'object' || typeof e.code !== 'string') return undefined;
  if (e.code === 'EPIPE') return { exitCode: 0 };
  if (e.syscall === 'write') return { exitCode: 1, message: `xcheck: cannot write the output (${e.code})` };
  return undefined;
}

/**
 * Reads and parses a JSON file (`-`: standard input); errors name the file. A leading UTF-8 byte-order mark is
 * accepted. A file larger than `maxBytes` (default {@link DEFAULT_MAX_BYTES}) is refused before it is read, with
 * the input error `tooLarge` and params `{ limit }` (the limit in bytes) in `error`.
 */
export function readJson(
  io: CliIO,
  path: string,
  maxBytes: number = DEFAULT_MAX_BYTES,
): { ok: true; value: unknown } | { ok: false; message: string; error?: ErrorData } {
  const tooLarge = () => {
    const error: ErrorData = { path: '(file)', code: 'tooLarge', params: { limit: String(maxBytes) } };
    return { ok: false as const, message: `${path}: ${inputErrorText(error.code, error.params ?? {}, 'en')}`, error };
  };
  let text: string;
  try {
    text = io.readFile(path, maxBytes);
  } catch (error) {
    if (error instanceof TooLargeError) return tooLarge();
    return { ok: false, message: `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  // An IO that read the whole text anyway (tests, embedders) is held to the same limit.
  if (text.length > maxBytes || Buffer.byteLength(text) > maxBytes) return tooLarge();
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch (error) {
    return { ok: false, message: `${path}: is not valid JSON (${(error as Error).message})` };
  }
}

export function printErrors(io: CliIO, file: string, errors: readonly InputError[], lang: Lang): void {
  io.stderr(`${file}: ${lang === 'zh' ? '输入无效' : 'invalid input'}\n`);
  io.stderr(`${formatInputErrors(errors, lang).replace(/^/gm, '  ')}\n`);
}

/** Prints input errors under a label; the exit code: 1 for an internal failure, else 2. */
export function reportInputErrors(io: CliIO, label: string, errors: readonly InputError[], lang: Lang): number {
  printErrors(io, label, errors, lang);
  return errors.some((e) => e.code === 'internal_error') ? 1 : 2;
}

/** The --lang option, checked. */
export function langOption(value: string | undefined): Lang {
  if (value !== 'en' && value !== 'zh') throw new UsageError(`--lang must be en or zh, got ${value}`);
  return value;
}
