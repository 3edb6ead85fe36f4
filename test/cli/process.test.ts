/**
 * The built command line in a child process (issue 18, finding 7): what only a real process shows — a
 * closed pipe, a full disk, standard input, the version read from an installed package. src/cli/index.ts
 * is bundled once with esbuild, as tsup does, into `<tmp>/node_modules/xcheck/dist/cli.js` next to a
 * copy of package.json: the layout of an installed package.
 */
import { spawn } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'xcheck-process-'));
const pkg = join(dir, 'node_modules', 'xcheck');
const cli = join(pkg, 'dist', 'cli.js');
const profile = JSON.stringify((JSON.parse(readFileSync(join(root, 'fixtures/worked-example-agrees.json'), 'utf8')) as { profile: unknown }).profile);
const profileFile = join(dir, 'p.json');

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI. `stdout`: 'pipe' (collected), 'closed' (the reading end closed before anything is written), or a file descriptor. */
function runCli(args: string[], options: { stdin?: string; stdout?: 'pipe' | 'closed' | number } = {}): Promise<Ran> {
  const out = options.stdout ?? 'pipe';
  const child = spawn(process.execPath, [cli, ...args], { stdio: [options.stdin === undefined ? 'ignore' : 'pipe', typeof out === 'number' ? out : 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  if (out === 'closed') child.stdout?.destroy();
  else child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  if (options.stdin !== undefined) child.stdin?.end(options.stdin);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

beforeAll(async () => {
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  copyFileSync(join(root, 'package.json'), join(pkg, 'package.json'));
  await build({ entryPoints: [join(root, 'src/cli/index.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: cli, logLevel: 'error' });
  writeFileSync(profileFile, profile);
}, 60_000);

describe('the built CLI in a child process', { timeout: 60_000 }, () => {
  test('stdout closed by its reader (| head): a quiet exit 0, for one report and for a batch', async () => {
    expect(await runCli(['analyze', profileFile], { stdout: 'closed' })).toEqual({ code: 0, stdout: '', stderr: '' });
    const many = join(dir, 'many.ndjson');
    writeFileSync(many, `${Array.from({ length: 20 }, () => profile).join('\n')}\n`);
    expect(await runCli(['analyze', '--ndjson', many], { stdout: 'closed' })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  test.skipIf(!existsSync('/dev/full'))('a full disk (/dev/full): one line, exit 1, for one report and for a batch', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      expect(await runCli(['analyze', profileFile], { stdout: full })).toEqual({ code: 1, stdout: '', stderr: 'xcheck: cannot write the output (ENOSPC)\n' });
      expect(await runCli(['analyze', '--ndjson', profileFile], { stdout: full })).toEqual({
        code: 1,
        stdout: '',
        stderr: 'xcheck: cannot write the output (ENOSPC)\n',
      });
    } finally {
      closeSync(full);
    }
  });

  test('a directory as FILE: one line, exit 2, with and without --ndjson', async () => {
    expect(await runCli(['analyze', dir])).toEqual({ code: 2, stdout: '', stderr: `${dir}: cannot be read (EISDIR)\n` });
    expect(await runCli(['analyze', '--ndjson', dir])).toEqual({ code: 2, stdout: '', stderr: `${dir}: cannot be read (EISDIR)\n` });
  });

  test('- reads standard input (a byte-order mark accepted); over --max-bytes it is refused', async () => {
    const fromFile = await runCli(['analyze', profileFile]);
    const fromStdin = await runCli(['analyze', '-'], { stdin: `\uFEFF${profile}` });
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    const tooLarge = await runCli(['analyze', '-', '--max-bytes', '1KB'], { stdin: profile }); // the profile is about 4 kB
    expect(tooLarge.code).toBe(2);
    expect(tooLarge.stdout).toBe('');
    expect(tooLarge.stderr).toMatch(/^-: [^\n]+\n$/);
  });

  test('--version: the installed package’s version', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  test.each([[[] as string[]], [['--workers', '2']]])('a batch interrupted (SIGINT) %j: whole lines, one line saying so, exit 1', async (extra) => {
    const child = spawn(process.execPath, [cli, 'analyze', '--ndjson', '-', ...extra], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const threeLines = new Promise<void>((resolve) =>
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (stdout.split('\n').length > 3) resolve();
      }),
    );
    // Three profiles now; the producer then stays open (a slow upstream), and the run is interrupted.
    child.stdin.write(`${profile}\n${profile}\n${profile}\n`);
    await threeLines;
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    child.kill('SIGINT');
    const code = await closed;
    child.stdin.destroy();
    expect(code).toBe(1);
    expect(stdout.endsWith('\n')).toBe(true);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect((JSON.parse(line) as { ok: boolean }).ok).toBe(true);
    expect(stderr).toContain('-: interrupted (SIGINT): 3 result lines written, each whole; the rest was not analysed');
  });
});
