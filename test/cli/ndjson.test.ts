/** Batch mode: `xcheck analyze --ndjson`, one result line per input line, in order, with or without worker threads. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { beforeAll, describe, expect, test } from 'vitest';
import { type CliIO, main } from '../../src/cli/main.js';
import { analyzeLine, analyzeNdjson, ndjsonCommand, OVERSIZED, policyForLines, readLines, WINDOW_PER_WORKER } from '../../src/cli/ndjson.js';
import { analyze, isPreparedPolicy } from '../../src/index.js';
import { generateProfile } from '../support/generate.js';

const example = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'worked-example-disagrees.json'), 'utf8')) as { profile: Record<string, unknown> }).profile;

async function collect(lines: string[], workers = 0, policy?: unknown, more: { texts?: boolean; policyHeader?: boolean; maxLineBytes?: number } = {}) {
  const out: string[] = [];
  const summary = await analyzeNdjson(lines, { workers, policy, ...more, write: (l) => void out.push(typeof l === 'string' ? l : new TextDecoder().decode(l)) });
  return { summary, results: out.map((l) => JSON.parse(l) as { line: number; ok: boolean; report?: { flags: { code: string; title?: unknown }[]; policy?: unknown }; errors?: { path: string; code: string; message: { en: string; zh: string } }[] }), raw: out };
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
    expect(summary).toEqual({ lines: 5, analysed: 1, invalid: 3, internal: 0, invalidLines: [2, 4, 5] });
  });

  test('a line gives the same report as analyze() on the parsed value, without the policy echo', () => {
    const result = analyze(example);
    if (!result.ok) throw new Error('the example analyses');
    const { policy, ...rest } = result.report;
    expect(JSON.parse(analyzeLine(JSON.stringify(example), 9))).toEqual({ line: 9, ok: true, report: rest });
    expect(JSON.parse(analyzeLine(JSON.stringify(example), 9, undefined, { policyEcho: true }))).toEqual({ line: 9, ...result });
    expect(policy).toBeDefined();
  });

  test('the policy once per run: no report repeats it; --policy-header writes it first, as analyze() resolves it', async () => {
    const policy = { receivables: { tolerance: '0.8', critical: '0.9' } };
    const lines = [JSON.stringify(example), '{oops', JSON.stringify(generateProfile(3))];
    const plain = await collect(lines, 0, policy);
    expect(plain.raw.every((l) => !l.includes('"policy"'))).toBe(true);
    const headed = await collect(lines, 0, policy, { policyHeader: true });
    expect(headed.raw.length).toBe(4);
    expect(headed.raw.slice(1)).toEqual(plain.raw);
    const expected = analyze(example, { policy });
    if (!expected.ok) throw new Error('the example analyses');
    expect(JSON.parse(headed.raw[0] as string)).toEqual({ policy: expected.report.policy });
  });

  test('--texts false: findings as figures only, as analyze(p, { texts: false })', async () => {
    const { results } = await collect([JSON.stringify(example)], 0, undefined, { texts: false });
    const expected = analyze(example, { texts: false });
    if (!expected.ok) throw new Error('the example analyses');
    const { policy: _p, ...rest } = expected.report;
    expect(results[0]!.report).toEqual(JSON.parse(JSON.stringify(rest)));
    expect(results[0]!.report!.flags.length).toBeGreaterThan(0);
    expect(results[0]!.report!.flags.every((f) => f.title === undefined)).toBe(true);
  });

  test('a line over the limit is refused unread: its own tooLarge error line; the lines around it analysed', async () => {
    const big = JSON.stringify({ ...example, note: 'x'.repeat(200) });
    const lines = [JSON.stringify(example), big, OVERSIZED, JSON.stringify(example)];
    const limit = JSON.stringify(example).length + 100;
    const { summary, results } = await collect(lines as string[], 0, undefined, { maxLineBytes: limit });
    expect(results.map((r) => [r.line, r.ok])).toEqual([[1, true], [2, false], [3, false], [4, true]]);
    for (const r of results.slice(1, 3)) {
      expect(r.errors!.map((e) => e.path)).toEqual(['(root)']);
      expect(r.errors!.map((e) => e.code)).toEqual(['tooLarge']);
    }
    expect(JSON.parse(JSON.stringify(summary))).toEqual({ lines: 4, analysed: 2, invalid: 2, internal: 0, invalidLines: [2, 3] });
    // The limit counts UTF-8 bytes: 100 Chinese characters are 300 bytes.
    const zh = await collect([JSON.stringify({ note: '张'.repeat(100) })], 0, undefined, { maxLineBytes: 299 });
    expect(zh.results[0]!.errors![0]!.code).toBe('tooLarge');
    const fits = await collect([JSON.stringify({ note: '张'.repeat(100) })], 0, undefined, { maxLineBytes: 312 });
    expect(fits.results[0]!.errors![0]!.code).not.toBe('tooLarge');
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
    expect(summary).toEqual({
      lines: 200,
      analysed: 200 - 18 - brokenAt.length,
      invalid: brokenAt.length,
      internal: 0,
      invalidLines: brokenAt.slice(0, 20).map((i) => i + 1),
    });
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

  test('a 20 MB line and a line that exhausts a worker: each its own error line, the lines around them analysed, in order', { timeout: 60_000 }, async () => {
    // Line 3: 20 MB (before: V8's fatal "Reached heap limit" in a worker took the whole process down, exit 134).
    // Line 6: 900 kB, under the 1 MB line limit, but 300,001 objects once parsed (16+ bytes each plus 8 a
    // slot, over 7 MB, besides the 15-20 MB the core holds): more than a worker capped at 16 MB can hold.
    const profile = (s: number) => JSON.stringify(generateProfile(s));
    const lines = [profile(1), profile(2), `{"x":"${'x'.repeat(20 * 1024 * 1024)}"}`, profile(4), profile(5), `[${'{},'.repeat(300_000)}{}]`];
    for (let s = 7; s <= 12; s++) lines.push(profile(s));
    const file = join(dir, 'hostile.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const run = await runOn(file, '--workers', '2', '--worker-memory', '16', '--max-line-bytes', '1000000');
    const results = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { line: number; ok: boolean; errors?: { code: string; message: { en: string } }[] });
    expect(results.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(results.map((r) => r.ok)).toEqual([true, true, false, true, true, false, true, true, true, true, true, true]);
    expect(results[2]!.errors!.map((e) => e.code)).toEqual(['tooLarge']);
    expect(results[5]!.errors!.map((e) => e.code)).toEqual(['internal_error']);
    expect(results[5]!.errors![0]!.message.en).toContain('a worker thread ran out of memory while analysing line 6 (its heap is capped at 16 MB');
    // The same reports as one thread gives for the other lines.
    const one = await runOn(file, '--max-line-bytes', '1000000');
    const oneLines = one.stdout.split('\n').filter(Boolean);
    const workerLines = run.stdout.split('\n').filter(Boolean);
    for (const i of [0, 1, 3, 4, 6, 7, 8, 9, 10, 11]) expect(workerLines[i]).toBe(oneLines[i]);
    // A line a worker died on is an internal error: exit 1 (documented); the summary counts it and lists the invalid line.
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}: line 6: a worker thread ran out of memory`);
    expect(run.stderr).toMatch(new RegExp(`${file}: 12 lines, 10 reports, 1 invalid \\(line 3\\), 1 errors, \\d+\\.\\d s, \\d+(\\.\\d)? lines/s\\n$`));
    // On one thread (no cap) line 6 is simply not a profile: exit 2.
    expect(one.code).toBe(2);
    expect(oneLines.map((l) => (JSON.parse(l) as { ok: boolean }).ok)).toEqual([true, true, false, true, true, false, true, true, true, true, true, true]);
  });

  test('the default line limit follows --worker-memory (1/8 of it); a larger --max-line-bytes is a usage error', async () => {
    const file = join(dir, 'three-mb.ndjson');
    writeFileSync(file, `${JSON.stringify(example)}\n"${'x'.repeat(3 * 1024 * 1024)}"\n`);
    // 3 MB: under the 4 MB default on one thread (a string, not a profile), over 16 MB / 8 = 2 MB with workers.
    const one = await runOn(file);
    expect(one.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { errors?: { code: string }[] }).errors?.[0]?.code)).toEqual([undefined, 'invalid_type']);
    const two = await runOn(file, '--workers', '2', '--worker-memory', '16');
    expect(two.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { errors?: { code: string }[] }).errors?.[0]?.code)).toEqual([undefined, 'tooLarge']);
    expect(two.code).toBe(2);
    const bad = await runOn(file, '--workers', '2', '--worker-memory', '16', '--max-line-bytes', '3000000');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-line-bytes 3000000 is more than 1/8 of a worker');
  });

  test('--policy-header with workers: the policy once, first; the same lines as one thread', { timeout: 60_000 }, async () => {
    const file = join(dir, 'three.ndjson');
    writeFileSync(file, `${mixedLines(8).slice(4).join('\n')}\n`);
    const one = await runOn(file, '--policy-header');
    const two = await runOn(file, '--policy-header', '--workers', '2');
    expect(two.stdout).toBe(one.stdout);
    const out = one.stdout.split('\n').filter(Boolean);
    expect(out.length).toBe(5);
    expect(Object.keys(JSON.parse(out[0] as string) as object)).toEqual(['policy']);
    expect(out.slice(1).every((l) => !l.includes('"policy"'))).toBe(true);
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

describe('readLines', () => {
  const all = async (chunks: (string | Buffer)[], limit?: number) => {
    const out: (string | typeof OVERSIZED)[] = [];
    for await (const line of readLines(Readable.from(chunks), limit)) out.push(line);
    return out;
  };

  test('reads only a chunk ahead of the consumer (readline\'s own iterator reads 1,024 lines ahead)', async () => {
    let produced = 0;
    const input = Readable.from(
      (function* () {
        for (let i = 1; i <= 5_000; i++) {
          produced++;
          yield `{"n":${i}}\r\n${i % 100 === 0 ? '\n' : ''}`;
        }
      })(),
    );
    const lines = readLines(input);
    const first = await lines.next();
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(first.value).toBe('{"n":1}');
    // What the stream buffers (16 chunks in object mode) and the chunk being split.
    expect(produced).toBeLessThan(40);
    // Every line still comes, in order, blank ones included (5,000 lines and 50 blank ones).
    let count = 1;
    let last = first.value as string;
    for await (const line of lines) {
      count++;
      if (line !== '') last = line as string;
    }
    expect(count).toBe(5_050);
    expect(last).toBe('{"n":5000}');
  });

  test('splits on \\n across chunks, drops a \\r before it, skips a BOM, keeps a last line without a newline, decodes UTF-8 split across chunks', async () => {
    const zh = Buffer.from('{"name":"张氏"}\n');
    expect(await all(['\uFEFF{"a":1}\r', '\n\n{"b":', '2}\n', zh.subarray(0, 10), zh.subarray(10), '{"c":3}'])).toEqual([
      '{"a":1}',
      '',
      '{"b":2}',
      '{"name":"张氏"}',
      '{"c":3}',
    ]);
  });

  test('a line over the limit is never built: OVERSIZED, however long, and the next line comes whole', async () => {
    // Exactly 10 bytes fits (a \r ending not counted); 11 does not, whether in one chunk or many.
    expect(await all(['0123456789\r\n01234567890\nok'], 10)).toEqual(['0123456789', OVERSIZED, 'ok']);
    let produced = 0;
    const huge = Readable.from(
      (function* () {
        yield '{"a":1}\n';
        // 64 MB of one line, in 64 kB chunks: the splitter holds none of it.
        const chunk = Buffer.alloc(65_536, 0x78);
        for (let i = 0; i < 1_024; i++) {
          produced++;
          yield chunk;
        }
        yield '\n{"b":2}';
      })(),
    );
    const out: (string | typeof OVERSIZED)[] = [];
    const before = process.memoryUsage().arrayBuffers;
    let peak = 0;
    for await (const line of readLines(huge, 1_000_000)) {
      out.push(line);
      peak = Math.max(peak, process.memoryUsage().arrayBuffers - before);
    }
    expect(out).toEqual(['{"a":1}', OVERSIZED, '{"b":2}']);
    expect(produced).toBe(1_024);
    expect(peak).toBeLessThan(32 * 1024 * 1024);
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
    expect(err.join('')).toMatch(new RegExp(`^${file}: 2 lines, 2 reports, 0 invalid, 0 errors, \\d+\\.\\d s, \\d+(\\.\\d)? lines/s\\n$`));
  });

  test('the summary lists the first 20 invalid line numbers; no progress lines unless asked', async () => {
    const file = join(dir, 'many-invalid.ndjson');
    // 30 lines: every line but the 1st, 10th and 30th is broken, 27 invalid.
    const lines = Array.from({ length: 30 }, (_, i) => ([0, 9, 29].includes(i) ? JSON.stringify(example) : `{broken ${i}`));
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { cli, err } = io();
    expect(await main(['analyze', '--ndjson', file], cli)).toBe(2);
    const listed = [2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22];
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(new RegExp(`^${file}: 30 lines, 3 reports, 27 invalid \\(lines ${listed.join(', ')}, … the first 20\\), 0 errors, `));
  });

  test('--progress: a progress line on stderr every few seconds (here every millisecond), then the summary', async () => {
    const file = join(dir, 'progress.ndjson');
    writeFileSync(file, `${Array.from({ length: 150 }, (_, i) => JSON.stringify(generateProfile(i + 1))).join('\n')}\n`);
    const out: string[] = [];
    const err: string[] = [];
    const code = await ndjsonCommand(file, { progress: true, progressMs: 1 }, (t) => void out.push(t), (t) => void err.push(t));
    expect(code).toBe(0);
    expect(out.length).toBe(150);
    expect(err.length).toBeGreaterThan(1);
    for (const line of err.slice(0, -1)) expect(line).toMatch(new RegExp(`^${file}: \\d+ lines, \\d+ reports, 0 invalid, 0 errors, \\d+\\.\\d s, \\d+(\\.\\d)? lines/s …\\n$`));
    expect(err.at(-1)).toMatch(new RegExp(`^${file}: 150 lines, 150 reports, 0 invalid, 0 errors, `));
  });

  test('a folder is one line and exit 2 (was an EISDIR stack and exit 1)', async () => {
    const { cli, out, err } = io();
    expect(await main(['analyze', '--ndjson', dir], cli)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('')).toBe(`${dir}: cannot be read (EISDIR)\n`);
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
