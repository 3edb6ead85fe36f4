import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/report/analyze.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Rule } from '../../src/rules/types.js';
import { loadCase, workedExample } from '../support/profiles.js';

const root = join(import.meta.dirname, '..', '..');

describe('the report', () => {
  test('money and ratios are decimal strings: no number, NaN, Infinity or exponent anywhere in the flags and statements', () => {
    const r = analyze(loadCase('worked-example-disagrees').profile);
    if (!r.ok) throw new Error();
    const text = JSON.stringify({ flags: r.report.flags, bs: r.report.balanceSheet, pl: r.report.incomeStatement, eq: r.report.equity });
    expect(text).not.toMatch(/NaN|Infinity|\d[eE][+-]?\d/);
    expect(r.report.balanceSheet.assets.total).toBe('4408000.00');
  });
  test('the same input gives byte-identical output', () => {
    const a = analyze(workedExample());
    const b = analyze(workedExample());
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
  test('flags come most severe first and every rule says whether it ran', () => {
    const r = analyze(loadCase('worked-example-disagrees').profile);
    if (!r.ok) throw new Error();
    const order = { critical: 0, warning: 1, info: 2 };
    const sev = r.report.flags.map((f) => order[f.severity]);
    expect([...sev].sort((a, b) => a - b)).toEqual(sev);
    expect(r.report.rules.every((x) => x.status === 'ran' || (x.status === 'skipped' && x.reason))).toBe(true);
    expect(r.report.summary.critical).toBe(3);
  });
  test('a rule that throws is reported as skipped with the error, the analysis goes on', () => {
    const broken: Rule = {
      id: 'broken',
      codes: [],
      check: () => {
        throw new Error('boom');
      },
    };
    const r = analyze(workedExample(), { rules: [broken] });
    if (!r.ok) throw new Error();
    expect(r.report.rules[0]).toMatchObject({ id: 'broken', status: 'skipped' });
    expect(r.report.rules[0]?.reason?.en).toContain('boom');
  });
});

describe('the Markdown memo', () => {
  const r = analyze(loadCase('worked-example-disagrees').profile);
  if (!r.ok) throw new Error();
  test('zh: the receivables line shows 1,500,000 expected and the formula filled in', () => {
    const md = renderMarkdown(r.report, 'zh');
    expect(md).toContain('应为: 1,500,000.00');
    expect(md).toContain('12,000,000.00 × 1 × 45 ÷ 360 = 1,500,000.00');
    expect(md).toContain('应收账款应有额 = 年销售额 × 赊销比例 × 回款天数 ÷ 360');
    expect(md).toContain('## 资产负债表');
    expect(md).toContain('### 严重（3 项）');
  });
  test('en: balance sheet, P&L and the equity reconciliation', () => {
    const md = renderMarkdown(r.report, 'en');
    expect(md).toContain('Expected: 1,500,000.00');
    expect(md).toMatch(/\| = Expected equity \| 2,108,000.00 \|/);
    expect(md).toMatch(/\| Equity \(assets − liabilities\) \| 3,808,000.00 \|/);
  });
});

describe('time zones', () => {
  test('the output is byte-identical under TZ=America/Los_Angeles and TZ=Asia/Shanghai', () => {
    // Bundle the source once with esbuild (tsup's own engine), then run the same analysis in a child
    // process per zone: a zone is fixed for a process's life, so it cannot be switched inside vitest.
    const dir = mkdtempSync(join(tmpdir(), 'xcheck-tz-'));
    const bundle = join(dir, 'xcheck.mjs');
    // The core and the Markdown subpath in one bundle: analyze() from `xcheck`, renderMarkdown from `xcheck/markdown`.
    buildSync({
      stdin: { contents: "export * from './src/index.ts'; export * from './src/markdown.ts';", resolveDir: root, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: bundle,
      logLevel: 'silent',
    });
    const fixtures = ['worked-example-agrees', 'worked-example-disagrees'].map((n) => join(root, 'fixtures', `${n}.json`));
    const script = `
      import { readFileSync } from 'node:fs';
      const { analyze, renderMarkdown } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
      for (const f of ${JSON.stringify(fixtures)}) {
        const r = analyze(JSON.parse(readFileSync(f, 'utf8')).profile);
        process.stdout.write(JSON.stringify(r) + (r.ok ? renderMarkdown(r.report, 'zh') : ''));
      }
    `;
    const run = (tz: string) =>
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
    try {
      const la = run('America/Los_Angeles');
      const sh = run('Asia/Shanghai');
      expect(la.length).toBeGreaterThan(1000);
      expect(la).toBe(sh);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
