/** `xcheck verify` through main() with an in-memory file system: exit codes, diffs, JUnit, discovery. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { type CliIO, main } from '../../src/cli/main.js';
import { discoverCaseFiles } from '../../src/cli/verify.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const agrees = readFileSync(join(fixtures, 'worked-example-agrees.json'), 'utf8');
const disagrees = readFileSync(join(fixtures, 'worked-example-disagrees.json'), 'utf8');

/** A copy of the agreeing worked example whose equity expectation is wrong by 1 yuan. */
function brokenCase(): string {
  const c = JSON.parse(agrees) as { name: string; expect: { figures: { path: string; value: string }[] } };
  c.name = 'broken-equity';
  const fig = c.expect.figures.find((f) => f.path === 'balanceSheet.equity');
  if (!fig) throw new Error('the worked example lost its equity figure');
  // Hand: the true equity is 3,308,000 − 1,150,000 = 2,158,000; expect 2,158,001 instead.
  fig.value = '2158001.00';
  return JSON.stringify(c);
}

/** Files as a map path → text; folders are implied by the paths. */
function memoryIO(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (p) => {
      const text = files[p];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return text;
    },
    readDir: (p) => {
      const prefix = `${p.replace(/\/$/, '')}/`;
      const names = new Map<string, boolean>();
      for (const f of Object.keys(files)) {
        if (!f.startsWith(prefix)) continue;
        const rest = f.slice(prefix.length);
        const slash = rest.indexOf('/');
        names.set(slash < 0 ? rest : rest.slice(0, slash), slash >= 0);
      }
      if (names.size === 0) return undefined;
      return [...names].map(([name, isDirectory]) => ({ name, isDirectory }));
    },
    writeFile: (p, t) => {
      written[p] = t;
    },
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join(''), written };
}

describe('xcheck verify', () => {
  test('exit 0 when every case passes, one PASS line each and the closing count', async () => {
    const m = memoryIO({ 'cases/a.json': agrees, 'cases/b.json': disagrees });
    expect(await main(['verify', 'cases'], m.io)).toBe(0);
    expect(m.stdout()).toBe('PASS  worked-example-agrees\nPASS  worked-example-disagrees\n2 passed, 0 failed\n');
  });

  test('a deliberately broken expectation gives exit 1 and a readable diff', async () => {
    const m = memoryIO({ 'cases/a.json': agrees, 'cases/broken.json': brokenCase() });
    expect(await main(['verify', 'cases'], m.io)).toBe(1);
    expect(m.stdout()).toBe(
      'PASS  worked-example-agrees\n' +
        'FAIL  broken-equity  (cases/broken.json)\n' +
        '      balanceSheet.equity: expected 2158001.00, got 2158000.00\n' +
        '1 passed, 1 failed\n',
    );
  });

  test('a tolerance admits the same figure: 2,158,001 ± 1 against 2,158,000 passes', async () => {
    const c = JSON.parse(brokenCase()) as { expect: { figures: { path: string; tolerance?: string }[] } };
    const fig = c.expect.figures.find((f) => f.path === 'balanceSheet.equity');
    if (fig) fig.tolerance = '1';
    const m = memoryIO({ 'c.json': JSON.stringify(c) });
    expect(await main(['verify', 'c.json'], m.io)).toBe(0);
  });

  test('exit 2 for a file that is not JSON, naming the file', async () => {
    const m = memoryIO({ 'cases/a.json': agrees, 'cases/bad.json': '{ "profile": ' });
    expect(await main(['verify', 'cases'], m.io)).toBe(2);
    expect(m.stdout()).toContain('INVALID  cases/bad.json');
    expect(m.stdout()).toMatch(/\n {6}\(file\): is not valid JSON \(/);
    expect(m.stdout()).toContain('1 passed, 1 failed\n');
  });

  test('exit 2 for a missing file', async () => {
    const m = memoryIO({});
    expect(await main(['verify', 'nowhere.json'], m.io)).toBe(2);
    expect(m.stdout()).toContain("INVALID  nowhere.json\n      (file): cannot be read (ENOENT)\n");
  });

  test('an unreadable or non-JSON case file: its error has a code and a message in both languages', async () => {
    const m = memoryIO({ 'bad.json': '{ "profile": ' });
    expect(await main(['verify', 'nowhere.json', 'bad.json', '--format', 'json'], m.io)).toBe(2);
    const run = JSON.parse(m.stdout()) as { results: { errors: { path: string; code: string; message: { en: string; zh: string } }[] }[] };
    expect(run.results[0]?.errors).toEqual([
      { path: '(file)', code: 'unreadable', message: { en: 'cannot be read (ENOENT)', zh: '无法读取（ENOENT）' } },
    ]);
    expect(run.results[1]?.errors.map((e) => [e.code, e.message.zh.slice(0, 11)])).toEqual([['notJson', '不是有效的 JSON（']]);
  });

  test('exit 2 for an invalid case envelope, naming the path in the case file', async () => {
    const c = JSON.parse(agrees) as Record<string, unknown>;
    c.expect = { flgas: ['X'] };
    const m = memoryIO({ 'c.json': JSON.stringify(c) });
    expect(await main(['verify', 'c.json'], m.io)).toBe(2);
    expect(m.stdout()).toMatch(/INVALID {2}worked-example-agrees {2}\(c\.json\)\n {6}expect\.flgas: /);
  });

  test('exit 2 for a profile the case did not expect to be invalid, path given inside the case file', async () => {
    const c = JSON.parse(agrees) as { profile: { business: { kind: string } } };
    c.profile.business.kind = 'shop';
    const m = memoryIO({ 'c.json': JSON.stringify(c) });
    expect(await main(['verify', 'c.json'], m.io)).toBe(2);
    expect(m.stdout()).toContain('      profile.business.kind: is not one of the allowed values');
  });

  test('exit 2 and nothing run when a folder holds no case file', async () => {
    const m = memoryIO({ 'cases/readme.txt': 'x' });
    expect(await main(['verify', 'cases'], m.io)).toBe(2);
    expect(m.stderr()).toContain('no case files');
  });

  test('exit 2 on usage errors', async () => {
    expect(await main(['verify'], memoryIO({}).io)).toBe(2);
    expect(await main(['verify', 'x.json', '--format', 'xml'], memoryIO({}).io)).toBe(2);
    expect(await main(['verify', 'x.json', '--output', 'r.xml'], memoryIO({}).io)).toBe(2);
  });

  test('--policy replaces the cases’ policy: a 1% equity tolerance makes the 2.32% gap fire', async () => {
    // Hand: gap 50,000 / equity 2,158,000 = 2.32% > 1% → warning (critical only beyond 25%).
    const policy = JSON.stringify({ equity: { tolerance: '0.01' } });
    const m = memoryIO({ 'a.json': agrees, 'bank-policy.json': policy });
    expect(await main(['verify', 'a.json', '--policy', 'bank-policy.json'], m.io)).toBe(1);
    expect(m.stdout()).toContain('      flags[code=EQUITY_RECONCILIATION_GAP]: expected does not fire, got fired (warning)\n');
  });

  test('an invalid --policy file is one error naming the file and path, exit 2', async () => {
    const m = memoryIO({ 'a.json': agrees, 'p.json': JSON.stringify({ equity: { tolerence: '0.2' } }) });
    expect(await main(['verify', 'a.json', '--policy', 'p.json'], m.io)).toBe(2);
    expect(m.stderr()).toContain('p.json: invalid policy');
    expect(m.stderr()).toContain('equity.tolerence');
    expect(m.stdout()).toBe('');
  });

  test('--format json gives the results and the totals', async () => {
    const m = memoryIO({ 'a.json': agrees, 'b.json': brokenCase() });
    expect(await main(['verify', 'a.json', 'b.json', '--format', 'json'], m.io)).toBe(1);
    const run = JSON.parse(m.stdout()) as { totals: unknown; results: { name: string; status: string; differences: unknown[] }[] };
    expect(run.totals).toEqual({ total: 2, passed: 1, failed: 1, invalid: 0 });
    expect(run.results.map((r) => [r.name, r.status])).toEqual([
      ['worked-example-agrees', 'passed'],
      ['broken-equity', 'failed'],
    ]);
    expect(run.results[1]?.differences).toEqual([{ path: 'balanceSheet.equity', expected: '2158001.00', got: '2158000.00' }]);
  });

  test('--reporter junit --output writes JUnit XML that parses, one testcase per case', async () => {
    const m = memoryIO({
      'cases/a.json': agrees,
      'cases/b & <c>.json': brokenCase(),
      'cases/bad.json': '[',
    });
    expect(await main(['verify', 'cases', '--reporter', 'junit', '--output', 'out/junit.xml'], m.io)).toBe(2);
    const xml = m.written['out/junit.xml'];
    expect(xml).toBeDefined();
    expect(XMLValidator.validate(xml as string)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml as string) as {
      testsuites: { testsuite: { tests: string; failures: string; errors: string; testcase: Record<string, unknown>[] } };
    };
    const suite = doc.testsuites.testsuite;
    expect([suite.tests, suite.failures, suite.errors]).toEqual(['3', '1', '1']);
    expect(suite.testcase.map((t) => t.classname)).toEqual(['cases/a.json', 'cases/b & <c>.json', 'cases/bad.json']);
    const failure = suite.testcase[1]?.failure as { '#text': string; message: string };
    expect(failure['#text']).toBe('balanceSheet.equity: expected 2158001.00, got 2158000.00');
    expect(suite.testcase[2]?.error).toBeDefined();
    // The text report still goes to stdout.
    expect(m.stdout()).toContain('1 passed, 2 failed\n');
  });

  test('--reporter junit without --output prints the XML alone', async () => {
    const m = memoryIO({ 'a.json': agrees });
    expect(await main(['verify', 'a.json', '--reporter', 'junit'], m.io)).toBe(0);
    expect(XMLValidator.validate(m.stdout())).toBe(true);
    expect(m.stdout()).not.toContain('passed,');
  });
});

/** Issue 18, finding 6: vacuous cases, forged lines and escapes through the command line. */
describe('xcheck verify: hardening', () => {
  test('a case that asserts nothing is an invalid case file, exit 2, naming expect', async () => {
    const c = JSON.parse(agrees) as Record<string, unknown>;
    const m = memoryIO({ 'c.json': JSON.stringify({ ...c, name: 'empty', expect: { flags: [], figures: [] } }) });
    expect(await main(['verify', 'c.json'], m.io)).toBe(2);
    expect(m.stdout()).toBe(
      'INVALID  empty  (c.json)\n' +
        '      expect: asserts nothing: give at least one flag, absent code, figure, decision or invalid path (an empty list checks nothing)\n' +
        '1 invalid case file (counted as failed)\n' +
        '0 passed, 1 failed\n',
    );
  });

  test('a forged name prints one line; the closing count is the real one', async () => {
    const c = JSON.parse(agrees) as Record<string, unknown>;
    const m = memoryIO({ 'c.json': JSON.stringify({ ...c, name: 'x\nPASS  forged-case\n5 passed, 0 failed' }), 'd.json': brokenCase() });
    expect(await main(['verify', 'c.json', 'd.json'], m.io)).toBe(1);
    const lines = m.stdout().split('\n');
    expect(lines[0]).toBe('PASS  x\\nPASS  forged-case\\n5 passed, 0 failed');
    expect(lines.filter((l) => /^\d+ passed, \d+ failed$/.test(l))).toEqual(['1 passed, 1 failed']);
    expect(lines.filter((l) => l.startsWith('PASS'))).toHaveLength(1);
  });

  test('no ANSI escape reaches the terminal: in file names, folders named on stderr, or JSON', async () => {
    const esc = '\u001b[2J';
    const c = JSON.parse(agrees) as Record<string, unknown>;
    const m = memoryIO({ [`cases/${esc}.json`]: JSON.stringify({ ...c, name: `n\u009b${esc}` }) });
    expect(await main(['verify', 'cases', `missing${esc}.json`], m.io)).toBe(2);
    expect(m.stdout()).toContain('PASS  n\\u009b\\u001b[2J\n');
    expect(m.stdout()).toContain('INVALID  missing\\u001b[2J.json\n');
    expect(m.stdout()).not.toMatch(/[\u001b\u009b]/);

    const none = memoryIO({ [`dir${esc}/notes.txt`]: '' });
    expect(await main(['verify', `dir${esc}`], none.io)).toBe(2);
    expect(none.stderr()).toContain('dir\\u001b[2J');
    expect(none.stderr()).not.toContain('\u001b');

    const json = memoryIO({ 'c.json': JSON.stringify({ ...c, name: `n\u009b\u2028${esc}` }) });
    expect(await main(['verify', 'c.json', '--format', 'json'], json.io)).toBe(0);
    expect(json.stdout()).not.toMatch(/[\u001b\u009b\u2028]/);
    expect((JSON.parse(json.stdout()) as { results: { name: string }[] }).results[0]?.name).toBe(`n\u009b\u2028${esc}`);
  });

  test('usage errors and an unreadable --policy do not print raw control characters', async () => {
    const m = memoryIO({ 'a.json': agrees });
    expect(await main(['verify', 'a.json', '--format', 'x\u001b[2J'], m.io)).toBe(2);
    expect(await main(['verify', 'a.json', '--policy', 'p\u001b[2J.json'], m.io)).toBe(2);
    expect(m.stderr()).not.toContain('\u001b');
    expect(m.stderr()).toContain('x\\u001b[2J');
  });
});

describe('discoverCaseFiles', () => {
  test('every *.json below a folder, sorted by path; files as given; duplicates once', () => {
    const { io } = memoryIO({
      'f/b.json': '',
      'f/a.json': '',
      'f/sub/z.json': '',
      'f/sub/notes.md': '',
      'f/c.txt': '',
      'other.json': '',
    });
    expect(discoverCaseFiles(io, ['f', 'other.json', 'f/a.json'])).toEqual(['f/a.json', 'f/b.json', 'f/sub/z.json', 'other.json']);
  });
});
