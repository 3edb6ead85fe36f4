/** `xcheck analyze --format html|pdf` and `xcheck monitor --format html` through `main()` with in-memory IO. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type CliIO, main } from '../../src/cli/main.js';
import { renderHtml } from '../../src/html.js';
import { analyze } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readFile: (p) => readFileSync(join(root, p), 'utf8') };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const chromium = process.env.XCHECK_CHROMIUM;
afterEach(() => {
  if (chromium === undefined) delete process.env.XCHECK_CHROMIUM;
  else process.env.XCHECK_CHROMIUM = chromium;
});

describe('xcheck analyze --format html', () => {
  test('the HTML memo on standard output, the renderer\'s bytes', async () => {
    const r = await run(['analyze', 'fixtures/worked-example-disagrees.json', '--format', 'html', '--lang', 'zh']);
    expect(r.code).toBe(0);
    const c = JSON.parse(readFileSync(join(root, 'fixtures/worked-example-disagrees.json'), 'utf8')) as { profile: unknown };
    const report = analyze(c.profile, { extras: true });
    if (!report.ok) throw new Error('invalid');
    expect(r.stdout).toBe(renderHtml(report.report, 'zh'));
  });
  test('an unknown format names the four', async () => {
    const r = await run(['analyze', 'fixtures/worked-example-disagrees.json', '--format', 'htm']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be json, md, html or pdf, got htm');
  });
});

describe('xcheck analyze --format pdf without a browser', () => {
  test.each([
    ['en', 'apt-get install chromium'],
    ['zh', '请安装'],
  ])('%s: one error naming what to install, exit 1', async (lang, words) => {
    process.env.XCHECK_CHROMIUM = '/nonexistent/chromium';
    const r = await run(['analyze', 'fixtures/worked-example-disagrees.json', '--format', 'pdf', '--lang', lang]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(words);
    expect(r.stderr).toContain('playwright-core');
    expect(r.stderr).toContain('/nonexistent/chromium');
  });
});

describe('xcheck monitor --format html', () => {
  test('the monitoring report as HTML', async () => {
    const c = 'fixtures/relationship/garment-trader-sales-decline.monitor.json';
    const file = JSON.parse(readFileSync(join(root, c), 'utf8')) as { profile: unknown; flows: unknown };
    const files: Record<string, string> = { 'p.json': JSON.stringify(file.profile), 'f.json': JSON.stringify(file.flows) };
    let stdout = '';
    const io: CliIO = { stdout: (t) => void (stdout += t), stderr: () => {}, readFile: (p) => files[p] ?? '' };
    expect(await main(['monitor', 'p.json', 'f.json', '--format', 'html', '--lang', 'zh'], io)).toBe(0);
    expect(stdout.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(stdout).toContain('<section id="expectation"');
  });
});
