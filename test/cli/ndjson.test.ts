/** Batch mode: `xcheck analyze --ndjson`, one result line per input line, in order, with or without worker threads. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { beforeAll, describe, expect, test } from 'vitest';
import { type CliIO, main } from '../../src/cli/main.js';
import { analyzeLine, analyzeNdjson, policyForLines, readAhead, WINDOW_PER_WORKER } from '../../src/cli/ndjson.js';
import { analyze, isPreparedPolicy } from '../../src/index.js';
import { generateProfile } from '../support/generate.js';

const example = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'worked-example-disagrees.json'), 'utf8')) as { profile: Record<string, unknown> }).profile;

async function collect(lines: string[], workers = 0, policy?: unknown) {
  const out: string[] = [];
  const summary = await analyzeNdjson(lines, { workers, policy, write: (l) => void out.push(typeof l === 'string' ? l : new TextDecoder().decode(l)) });
  return { summary, results: out.map((l) => JSON.parse(l) as { line: number; ok: boolean; report?: { flags: { code: string }[] }; errors?: { path: string; code: string; message: { en: string; zh: string } }[] }), raw: out };
}

/** Generated profiles with a broken line every seventh line and a blank one every eleventh. */
function mixedLines(n: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    i % 11 === 10 ? '' : i % 7 === 6 ? `{"analysisDate": "2026-06-30", "broken": ${i}` : JSON.stringify(generateProfile(i + 1)),
  );
}

describe('analyzeNdjson', () => {
  test('one result per non-blank line, numbered from 1, errors carry their line and path', async () => {
    const lines = [JSON.stringify(example), '{not json', '   ', JSON.stringify({ ...example, analysisDate: '2026-02-30' }), '[]'];
    const { summary, results } = await collect(lines);
    expect(results.map((r) => [r.line, r.ok])).toEqual([[1, true], [2, false], [4, false], [5, false]]);
    expect(results[0]!.report!.flags.map((f) => f.code)).toEqual(
      expect.arrayContaining(['RECEIVABLES_INCONSISTENT', 'PAYABLES_INCONSISTENT', 'EQUITY_RECONCILIATION_GAP']),
    );
    expect(results[1]!.errors!.map((e) => [e.path, e.code])).toEqual([['(root)', 'notJson']]);
    expect(results[1]!.errors![0]!.message.en).toMatch(/^is not valid JSON \(.+\)$/);
    expect(results[1]!.errors![0]!.message.zh).toMatch(/^不是有效的 JSON（.+）$/);
    expect(results[2]!.errors!.map((e) => [e.path, e.code])).toEqual([['analysisDate', 'date']]);
    expect(results[3]!.errors![0]!.code).toBe('invalid_type');
    expect(summary).toEqual({ lines: 5, analysed: 1, invalid: 3, internal: 0 });
  });

  test('a line gives the same report as analyze() on the parsed value', () => {
    const result = analyze(example);
    expect(JSON.parse(analyzeLine(JSON.stringify(example), 9))).toEqual({ line: 9, ...result });
  });

  test('the policy applies to every line', async () => {
    // Receivables deviation of the worked example is +73.33%: within a 0.8 tolerance and a 0.9 critical level.
    const { results } = await collect([JSON.stringify(example)], 0, { receivables: { tolerance: '0.8', critical: '0.9' } });
    expect(results[0]!.report!.flags.map((f) => f.code)).not.toContain('RECEIVABLES_INCONSISTENT');
  });

  test('the policy is prepared once for the run: same bytes as analyze() with the raw policy on every line', async () => {
    const policy = { dayBasis: 365, rounding: 'half-even', receivables: { tolerance: '0.05', critical: '0.15' } };
    expect(isPreparedPolicy(policyForLines(policy))).toBe(true);
    expect(isPreparedPolicy(policyForLines(undefined))).toBe(true);
    const lines = mixedLines(30);
    const { raw } = await collect(lines, 0, policy);
    const expected = lines.flatMap((text, i) => (text.trim() === '' ? [] : [`${analyzeLine(text, i + 1, policy)}\n`]));
    expect(raw).toEqual(expected);
  });

  test('a policy that does not prepare is passed on: every line reports its errors, as analyze() does', async () => {
    const bad = { receivables: { tolerance: 'lots' } };
    expect(policyForLines(bad)).toBe(bad);
    const { summary, results } = await collect([JSON.stringify(example), JSON.stringify(example)], 0, bad);
    expect(summary.invalid).toBe(2);
    expect(results.every((r) => r.errors?.some((e) => e.path.startsWith('policy')))).toBe(true);
  });

  test('numbering and counts over many lines with blank and broken ones', async () => {
    const { summary, results } = await collect(mixedLines(200));
    // 200 lines; 18 blank (i % 11 = 10); of the others, those with i % 7 = 6 are broken.
    const brokenAt = Array.from({ length: 200 }, (_, i) => i).filter((i) => i % 11 !== 10 && i % 7 === 6);
    expect(summary).toEqual({ lines: 200, analysed: 200 - 18 - brokenAt.length, invalid: brokenAt.length, internal: 0 });
    expect(results.filter((r) => !r.ok).map((r) => r.line)).toEqual(brokenAt.map((i) => i + 1));
  });
});

/**
 * Worker threads run the built CLI file (the worker loads the same file as the main thread), so
 * these tests bundle src/cli/index.ts with esbuild, as tsup does, and run it.
 */
describe('xcheck analyze --ndjson --workers N (built CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xcheck-workers-'));
  const cli = join(dir, 'cli.mjs');
  const input = join(dir, 'mixed.ndjson');
  const runOn = async (file: string, ...args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, 'analyze', '--ndjson', file, ...args], { maxBuffer: 1 << 28 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
  const run = (...args: string[]) => runOn(input, ...args);

  beforeAll(async () => {
    await build({ entryPoints: ['src/cli/index.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: cli, logLevel: 'error' });
    writeFileSync(input, `${mixedLines(150).join('\n')}\n`);
  }, 60_000);

  test('the same lines, in the same order, as on one thread', { timeout: 60_000 }, async () => {
    const one = await run();
    const three = await run('--workers', '3');
    expect(one.code).toBe(2); // some lines are broken
    expect(three.code).toBe(2);
    expect(three.stdout.split('\n').length).toBe(one.stdout.split('\n').length);
    expect(three.stdout).toBe(one.stdout);
    const numbers = one.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { line: number }).line);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers.length).toBe(150 - 13); // 13 blank lines among 150 (i % 11 = 10)
  });

  test('a worker that reaches its heap cap stops the run: exit 1, the line named, no hang', { timeout: 60_000 }, async () => {
    // Line 4 is a list of 2,000,000 empty objects: about 6 MB of text, and (at 16+ bytes an object
    // plus 8 a slot) well over 32 MB once parsed, more than a worker capped at 32 MB can hold.
    const huge = `[${'{},'.repeat(2_000_000)}{}]`;
    const file = join(dir, 'huge.ndjson');
    writeFileSync(file, `${[1, 2, 3].map((s) => JSON.stringify(generateProfile(s))).join('\n')}\n${huge}\n${JSON.stringify(generateProfile(5))}\n`);
    const capped = await runOn(file, '--workers', '2', '--worker-memory', '32');
    expect(capped.code).toBe(1);
    expect(capped.stderr).toContain('internal error: a worker thread ran out of memory while analysing line 4');
    expect(capped.stderr).toContain('capped at 32 MB');
    // Whatever was written before the failure is in order and before line 4.
    const numbers = capped.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { line: number }).line);
    expect(numbers).toEqual([1, 2, 3].slice(0, numbers.length));
    // On one thread (no cap) the same line is simply not a profile: exit 2, every line written.
    const one = await runOn(file);
    expect(one.code).toBe(2);
    expect(one.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { line: number; ok: boolean }).ok)).toEqual([true, true, true, false, true]);
  });

  test('--worker-memory must be a whole number of MB from 16', async () => {
    const bad = await run('--workers', '2', '--worker-memory', '8');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--worker-memory must be a whole number of MB 16..65536, got 8');
  });
});

/**
 * The pool itself, through test/support/ndjson-pool-harness.ts bundled (workers load the bundle):
 * with a slow writer, the input is read only as fast as results are written.
 */
describe('analyzeNdjson worker pool (bundled harness)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xcheck-pool-'));
  const harness = join(dir, 'harness.mjs');
  const input = join(dir, 'lines.ndjson');
  const lines = mixedLines(60);

  beforeAll(async () => {
    await build({ entryPoints: ['test/support/ndjson-pool-harness.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: harness, logLevel: 'error' });
    writeFileSync(input, `${lines.join('\n')}\n`);
  }, 60_000);

  test('a slow writer holds back the input: at most WINDOW_PER_WORKER lines per worker in flight', { timeout: 60_000 }, async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [harness, input, '2', '5'], { maxBuffer: 1 << 28 });
    const got = JSON.parse(stdout) as { summary: unknown; maxAhead: number; out: string[] };
    const expected = await collect(lines);
    expect(got.out).toEqual(expected.raw);
    expect(got.summary).toEqual(expected.summary);
    // In flight: sent to a worker or waiting to be written; plus the one line taken from the input and waiting for room.
    expect(got.maxAhead).toBeLessThanOrEqual(2 * WINDOW_PER_WORKER + 1);
  });
});

describe('readAhead', () => {
  test('reads only a few lines ahead of the consumer (readline\'s own iterator reads 1,024 ahead)', async () => {
    let produced = 0;
    const input = Readable.from(
      (function* () {
        for (let i = 1; i <= 5_000; i++) {
          produced++;
          yield `{"n":${i}}\r\n${i % 100 === 0 ? '\n' : ''}`;
        }
      })(),
    );
    const lines = readAhead(createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY }), input);
    const first = await lines.next();
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(first.value).toBe('{"n":1}');
    // 16 lines queued at most, plus what the stream buffers (16 chunks in object mode) and the chunk being split.
    expect(produced).toBeLessThan(64);
    // Every line still comes, in order, blank ones included (5,000 lines and 50 blank ones).
    let count = 1;
    let last = first.value as string;
    for await (const line of lines) {
      count++;
      if (line !== '') last = line;
    }
    expect(count).toBe(5_050);
    expect(last).toBe('{"n":5000}');
  });
});

describe('xcheck analyze --ndjson', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xcheck-ndjson-'));
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    const cli: CliIO = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readFile: (p) => readFileSync(p, 'utf8') };
    return { cli, out, err };
  };

  test('exit 0 when every line is analysed; the summary goes to stderr', async () => {
    const file = join(dir, 'ok.ndjson');
    writeFileSync(file, `${JSON.stringify(example)}\n${JSON.stringify(generateProfile(5))}\n`);
    const { cli, out, err } = io();
    expect(await main(['analyze', '--ndjson', file], cli)).toBe(0);
    expect(out.join('').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { line: number }).line)).toEqual([1, 2]);
    expect(err.join('')).toContain('2 lines, 2 analysed, 0 invalid');
  });

  test('exit 2 when a line is invalid, with every line still written', async () => {
    const file = join(dir, 'mixed.ndjson');
    writeFileSync(file, `${JSON.stringify(example)}\n{oops\n${JSON.stringify(example)}\n`);
    const { cli, out } = io();
    expect(await main(['analyze', '--ndjson', file], cli)).toBe(2);
    expect(out.join('').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { line: number; ok: boolean }).ok)).toEqual([true, false, true]);
  });

  test('an invalid policy is reported once, before any line', async () => {
    const file = join(dir, 'one.ndjson');
    const policyFile = join(dir, 'bad-policy.json');
    writeFileSync(file, `${JSON.stringify(example)}\n`);
    writeFileSync(policyFile, JSON.stringify({ receivables: { tolerance: '2' } }));
    const { cli, out, err } = io();
    expect(await main(['analyze', '--ndjson', file, '--policy', policyFile], cli)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('')).toContain('receivables.tolerance');
  });

  test('usage errors: --format md, bad --workers, a missing file', async () => {
    const { cli, err } = io();
    expect(await main(['analyze', '--ndjson', 'x.ndjson', '--format', 'md'], cli)).toBe(2);
    expect(await main(['analyze', '--ndjson', 'x.ndjson', '--workers', 'two'], cli)).toBe(2);
    expect(await main(['analyze', '--ndjson', join(dir, 'missing.ndjson')], cli)).toBe(2);
    expect(err.join('')).toContain('ENOENT');
  });
});
