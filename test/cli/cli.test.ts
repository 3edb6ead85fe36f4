/** The command line through `main()` with in-memory IO: exit codes and what is printed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type CliIO, main } from '../../src/cli/main.js';

const root = join(import.meta.dirname, '..', '..');

function run(args: string[], files: Record<string, string> = {}) {
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
  };
  return main(args, io).then((code) => ({ code, stdout, stderr }));
}

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
    [['analyze', 'a.json', '--format', 'pdf']],
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
