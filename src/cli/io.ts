/**
 * What the subcommands share: the terminal and file system (`CliIO`, so tests can run the CLI in memory),
 * reading a JSON file, usage errors, and printing input errors. Its own module so that the subcommands
 * and `main` do not import each other.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { formatInputErrors, type InputError } from '../profile/errors.js';
import type { Lang } from '../report/markdown.js';

export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
  /** A folder's entries, or undefined when the path is not a folder. Needed by `verify` for folders. */
  readonly readDir?: (path: string) => readonly DirEntry[] | undefined;
  /** Needed by `verify --output`. */
  readonly writeFile?: (path: string, text: string) => void;
}

export interface DirEntry {
  readonly name: string;
  readonly isDirectory: boolean;
}

export const nodeIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: (p) => readFileSync(p, 'utf8'),
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

/** Reads and parses a JSON file; errors name the file. */
export function readJson(io: CliIO, path: string): { ok: true; value: unknown } | { ok: false; message: string } {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    return { ok: false, message: `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
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
