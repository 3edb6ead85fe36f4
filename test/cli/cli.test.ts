/** The command line through `main()` with in-memory IO: exit codes and what is printed. */
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_MAX_BYTES, nodeIO, readFileBounded, readJson, TooLargeError } from '../../src/cli/io.js';
import { type CliIO, COMMANDS, main, parseMaxBytes, USAGE } from '../../src/cli/main.js';

const root = join(import.meta.dirname, '..', '..');

function run(args: string[], files: Record<string, string> = {}, folders: readonly string[] = []) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readFile: (p) => {
      if (p in files) return files[p] as string;
      return readFileSync(join(root, p), 'utf8');
    },
    readDir: (p) => (folders.includes(p) ? [] : undefined),
  };
  return main(args, io).then((code) => ({ code, stdout, stderr }));
}

/** `main` on the real file system (nodeIO's reading), output captured. */
function runOnDisk(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { ...nodeIO, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  return main(args, io).then((code) => ({ code, stdout, stderr }));
}

const agreesCase = readFileSync(join(root, 'fixtures/worked-example-agrees.json'), 'utf8');
const agreesProfile = JSON.stringify((JSON.parse(agreesCase) as { profile: unknown }).profile);

describe('xcheck analyze', () => {
  test('a case file, Markdown in Chinese: exit 0 and the receivables line shows 1,500,000 expected', async () => {
    const r = await run(['analyze', 'fixtures/worked-example-disagrees.json', '--format', 'md', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('RECEIVABLES_INCONSISTENT');
    expect(r.stdout).toContain('应为: 1,500,000.00');
  });
  test('JSON by default; flags do not change the exit code', async () => {
    const r = await run(['analyze', 'fixtures/worked-example-disagrees.json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { flags: { code: string }[] };
    expect(report.flags.map((f) => f.code)).toContain('EQUITY_RECONCILIATION_GAP');
  });
  test('a bare profile file works too', async () => {
    const c = JSON.parse(readFileSync(join(root, 'fixtures/worked-example-agrees.json'), 'utf8')) as { profile: unknown };
    const r = await run(['analyze', 'p.json'], { 'p.json': JSON.stringify(c.profile) });
    expect(r.code).toBe(0);
  });
  test('invalid input: exit 2, each path listed', async () => {
    const r = await run(['analyze', 'bad.json'], {
      'bad.json': JSON.stringify({ analysisDate: '2026-02-30', business: { name: 'x' }, sales: {}, grossMargin: 2, typo: 1 }),
    });
    expect(r.code).toBe(2);
    for (const path of ['analysisDate', 'business.industry', 'sales', 'grossMargin', 'typo']) expect(r.stderr).toContain(`${path}: `);
  });
  test('invalid input in Chinese', async () => {
    const r = await run(['analyze', 'bad.json', '--lang', 'zh'], { 'bad.json': '[]' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(root): 应为对象');
  });
  test('not JSON: exit 2 naming the file', async () => {
    const r = await run(['analyze', 'x.json'], { 'x.json': '{oops' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^x\.json: is not valid JSON/);
  });
  test('a missing file: exit 2', async () => {
    const r = await run(['analyze', 'no/such/file.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot be read');
  });
  test('a policy file with a typo: exit 2 with the policy path', async () => {
    const r = await run(['analyze', 'fixtures/worked-example-agrees.json', '--policy', 'pol.json'], {
      'pol.json': JSON.stringify({ dayBasis: 300 }),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('policy.dayBasis: must be 360 or 365');
  });
  test('a policy file changes the result: 2% tolerance on equity flags the worked example (2.32%)', async () => {
    const r = await run(['analyze', 'fixtures/worked-example-agrees.json', '--policy', 'pol.json'], {
      'pol.json': JSON.stringify({ equity: { tolerance: '0.02' } }),
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).flags.map((f: { code: string }) => f.code)).toContain('EQUITY_RECONCILIATION_GAP');
  });
});

describe('usage', () => {
  test.each([
    [['analyze']],
    [['analyze', 'a.json', 'b.json']],
    [['analyze', 'a.json', '--format', 'xml']],
    [['analyze', 'a.json', '--bogus']],
    [['frobnicate']],
    [[]],
  ])('%j → exit 2', async (args) => {
    expect((await run(args)).code).toBe(2);
  });
  test('--help → exit 0 with the usage', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('xcheck analyze FILE');
  });
  test('an internal failure → exit 1', async () => {
    const io: CliIO = {
      stdout: () => {
        throw new Error('disk full');
      },
      stderr: () => {},
      readFile: (p) => readFileSync(join(root, p), 'utf8'),
    };
    expect(await main(['analyze', 'fixtures/worked-example-agrees.json'], io)).toBe(1);
  });
});

describe('xcheck schema', () => {
  test('prints the profile JSON Schema', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).properties.business).toBeDefined();
  });
  test('--case and --policy', async () => {
    expect(JSON.parse((await run(['schema', '--case'])).stdout).properties.expect).toBeDefined();
    expect(JSON.parse((await run(['schema', '--policy'])).stdout).properties.dayBasis).toBeDefined();
  });
});

describe('help and version (issue 18, finding 8)', () => {
  test.each(Object.keys(COMMANDS))('xcheck %s --help: that command’s usage on stdout, exit 0', async (command) => {
    const r = await run([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`^Usage:\\n  xcheck ${command} `));
    // only this command: no other command's line
    for (const other of Object.keys(COMMANDS).filter((c) => c !== command)) expect(r.stdout).not.toContain(`xcheck ${other} `);
  });
  test('-h and --help after other arguments, and xcheck help COMMAND, say the same', async () => {
    const help = (await run(['analyze', '--help'])).stdout;
    expect((await run(['analyze', 'x.json', '--format', 'md', '-h'])).stdout).toBe(help);
    expect(await run(['help', 'analyze'])).toEqual({ code: 0, stdout: help, stderr: '' });
    expect(help).toContain('--max-bytes SIZE');
  });
  test('xcheck --help and xcheck help: the general usage, exit 0', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(await run(['help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(USAGE).toContain('xcheck --version');
  });
  test('xcheck --version prints the version of package.json, exit 0', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('usage mistakes: one line and a hint, never the whole usage nor Node’s own words (issue 18, finding 8)', () => {
  test.each([
    [['analyze', 'a.json', '--bogus'], 'xcheck analyze: unknown option --bogus\nsee xcheck analyze --help\n'],
    [['analyze', 'a.json', '--format'], 'xcheck analyze: --format needs a value\nsee xcheck analyze --help\n'],
    [['analyze', 'a.json', '--ndjson=yes'], 'xcheck analyze: --ndjson takes no value\nsee xcheck analyze --help\n'],
    [['analyze', 'a.json', '--format', 'xml'], 'xcheck analyze: --format must be json, md, html or pdf, got xml\nsee xcheck analyze --help\n'],
    [['analyze'], 'xcheck analyze: analyze takes exactly one FILE\nsee xcheck analyze --help\n'],
    [['schema', 'extra'], 'xcheck schema: unexpected argument extra\nsee xcheck schema --help\n'],
    [['monitor', 'p.json'], 'xcheck monitor: monitor takes PROFILE and FLOWS\nsee xcheck monitor --help\n'],
    [['schedule', '--amount', '1', '--rate', '0', '--months', '1', '--format', 'xml'], 'xcheck schedule: --format must be json, md or csv, got xml\nsee xcheck schedule --help\n'],
    [['schedule', '--rate', '-0.1'], 'xcheck schedule: --rate needs a value; write one that starts with - as --rate=-…\nsee xcheck schedule --help\n'],
    [['frobnicate'], 'xcheck: unknown command frobnicate\nsee xcheck --help\n'],
    [['--versoin'], 'xcheck: unknown command --versoin\nsee xcheck --help\n'],
    [['help', 'frobnicate'], 'xcheck help: unknown command frobnicate\nsee xcheck --help\n'],
  ])('%j → exit 2: %j', async (args, stderr) => {
    expect(await run(args)).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('output failures through main() (issue 18, finding 7)', () => {
  const failing = (code: string): CliIO => ({
    stdout: () => {
      throw Object.assign(new Error(`${code}: write failed`), { code, syscall: 'write' });
    },
    stderr: (t) => void (stderrText += t),
    readFile: (p) => readFileSync(join(root, p), 'utf8'),
  });
  let stderrText = '';
  test('EPIPE (the reader went away): a quiet exit 0', async () => {
    stderrText = '';
    expect(await main(['analyze', 'fixtures/worked-example-agrees.json'], failing('EPIPE'))).toBe(0);
    expect(stderrText).toBe('');
  });
  test('ENOSPC (a full disk): one line, exit 1', async () => {
    stderrText = '';
    expect(await main(['analyze', 'fixtures/worked-example-agrees.json'], failing('ENOSPC'))).toBe(1);
    expect(stderrText).toBe('xcheck: cannot write the output (ENOSPC)\n');
  });
});

describe('input files (issue 18, finding 7)', () => {
  test('a directory as FILE: one line, exit 2, for analyze and analyze --ndjson', async () => {
    expect(await run(['analyze', 'fixtures'])).toEqual({ code: 2, stdout: '', stderr: 'fixtures: cannot be read (EISDIR)\n' });
    expect(await run(['analyze', '--ndjson', 'batch'], {}, ['batch'])).toEqual({ code: 2, stdout: '', stderr: 'batch: cannot be read (EISDIR)\n' });
  });
  test('a UTF-8 byte-order mark is accepted: the same report as without it', async () => {
    const plain = await run(['analyze', 'p.json'], { 'p.json': agreesProfile });
    const bom = await run(['analyze', 'p.json', '--policy', 'pol.json'], { 'p.json': `\uFEFF${agreesProfile}`, 'pol.json': '\uFEFF{}' });
    expect(bom.code).toBe(0);
    expect(bom.stdout).toBe(plain.stdout);
  });
  test('on disk: a BOM file, and the limit counted in bytes (100 bytes pass --max-bytes 100, 101 do not)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xcheck-cli-'));
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${agreesProfile}`);
    expect((await runOnDisk(['analyze', join(dir, 'bom.json')])).code).toBe(0);
    // 100 bytes: a JSON string of 98 characters between its quotes (not a profile: exit 2 for the profile, not the size)
    writeFileSync(join(dir, 'hundred.json'), JSON.stringify('x'.repeat(98)));
    writeFileSync(join(dir, 'hundred-one.json'), JSON.stringify('x'.repeat(99)));
    const ok = await runOnDisk(['analyze', join(dir, 'hundred.json'), '--max-bytes', '100']);
    expect(ok.stderr).toContain('(root): must be an object');
    const over = await runOnDisk(['analyze', join(dir, 'hundred-one.json'), '--max-bytes', '100']);
    expect(over.code).toBe(2);
    expect(over.stderr.startsWith(`${join(dir, 'hundred-one.json')}: `)).toBe(true);
    expect(over.stderr.split('\n')).toHaveLength(2); // one line
    expect(readJson(nodeIO, join(dir, 'hundred-one.json'), 100)).toMatchObject({ ok: false, error: { path: '(file)', code: 'tooLarge', params: { limit: '100' } } });
    // two bytes of a character count as two: 'é' is C3 A9
    writeFileSync(join(dir, 'accents.json'), JSON.stringify('é'.repeat(49))); // 2 + 98 = 100 bytes
    expect(readJson(nodeIO, join(dir, 'accents.json'), 99)).toMatchObject({ ok: false, error: { code: 'tooLarge' } });
    expect(readJson(nodeIO, join(dir, 'accents.json'), 100)).toEqual({ ok: true, value: 'é'.repeat(49) });
  });
  test('a file over the default 64 MB limit is refused from its size, before it is read (a sparse 8 GB file)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xcheck-cli-'));
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 8 * 1024 ** 3); // 8 GB of holes: no disk used, and far beyond what one string can hold
    expect(DEFAULT_MAX_BYTES).toBe(64 * 1024 * 1024);
    expect(() => readFileBounded(huge)).toThrow(TooLargeError);
    expect(readJson(nodeIO, huge)).toMatchObject({ ok: false, error: { path: '(file)', code: 'tooLarge', params: { limit: '67108864' } } });
  });
  test('an in-memory IO is held to the same limit', () => {
    const io: CliIO = { stdout: () => {}, stderr: () => {}, readFile: () => '[1,2,3]' };
    expect(readJson(io, 'x.json', 6)).toMatchObject({ ok: false, error: { code: 'tooLarge', params: { limit: '6' } } });
    expect(readJson(io, 'x.json', 7)).toEqual({ ok: true, value: [1, 2, 3] });
  });
  test('--max-bytes: bytes or KB/MB/GB (1024-based), 1 byte to 256MB', async () => {
    expect([parseMaxBytes(undefined), parseMaxBytes('100'), parseMaxBytes('2KB'), parseMaxBytes('128mb'), parseMaxBytes('256MB')]).toEqual([
      67_108_864, 100, 2048, 134_217_728, 268_435_456,
    ]);
    for (const bad of ['0', '257MB', '1.5MB', 'lots', '-1']) {
      const r = await run(['analyze', 'fixtures/worked-example-agrees.json', `--max-bytes=${bad}`]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`xcheck analyze: --max-bytes must be a size from 1 byte to 256MB, such as 134217728 or 128MB, got ${bad}\nsee xcheck analyze --help\n`);
    }
  });
});
