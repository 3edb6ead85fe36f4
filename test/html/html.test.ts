/**
 * The HTML memo (src/html, docs/html.md): its order and structure, its figures and sentences, its charts, the
 * escaping of every free-text field, and the same bytes whatever the time zone.
 */
import type { PolicyInput } from '../../src/profile/policy.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, type Report } from '../../src/index.js';
import { escapeHtml, renderHtml, renderMonitorHtml } from '../../src/html.js';
import { monitor } from '../../src/relationship.js';

const root = join(import.meta.dirname, '..', '..');
const load = (file: string) => JSON.parse(readFileSync(join(root, 'fixtures', file), 'utf8')) as { profile: unknown; policy?: unknown; flows?: unknown };
function reportOf(file: string): Report {
  const c = load(file);
  const r = analyze(c.profile, { policy: c.policy as PolicyInput, extras: true });
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.errors)}`);
  return r.report;
}
const count = (s: string, needle: string) => s.split(needle).length - 1;
/** Every tag the renderer may write. */
const TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'p', 'section', 'ul', 'li', 'div', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'span', 'strong', 'article', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'svg', 'desc', 'g', 'rect', 'line', 'text', 'bdi']);

const worked = reportOf('worked-example-disagrees.json');
const en = renderHtml(worked, 'en');
const zh = renderHtml(worked, 'zh');

describe('the HTML memo of the worked example', () => {
  test('one document: doctype, language, no script, nothing fetched', () => {
    expect(en.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(zh.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    for (const page of [en, zh]) {
      expect(page).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import/i);
      // The only URL is the SVG namespace, which is a name, never fetched.
      expect(page.match(/https?:\/\/[^"]+/g)?.every((u) => u === 'http://www.w3.org/2000/svg')).toBe(true);
      expect(page).toContain("default-src &#39;none&#39;");
    }
  });
  test('the order: decision, cross-checks, flags, statements, stock count and fixed assets, equity, capacity, schedule', () => {
    const ids = [...en.matchAll(/<section id="([a-z]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['decision', 'checks', 'flags', 'crosstable', 'statements', 'stock', 'equity', 'capacity', 'schedule']);
    // The decision is the first section and is not pushed to a new page in print; every later one is.
    expect(en).toMatch(/<section id="decision" class="banner refer-back"/);
    expect(count(en, 'class="page"')).toBe(8);
  });
  test('the banner: outcome, amount, reasons', () => {
    const banner = en.slice(en.indexOf('<section id="decision"'), en.indexOf('<section id="checks"'));
    // Three critical flags refer the file back (issue 14): no amount, the affordable amount labelled unverified, no
    // alternatives, and each flag's evidence and questions in the next visit's checklist.
    expect(banner).toContain('<p class="outcome">Refer back</p>');
    expect(banner).toContain('No amount granted');
    expect(banner).toContain('Largest affordable amount on the figures as declared: 224,000.00 (computed from unverified inputs, not an offer)');
    expect(banner).toContain('Alternative terms and stress test: not shown');
    expect(en).not.toContain('Covers the request');
    expect(banner).toContain('<h4>Documents to collect</h4>');
    expect(banner).toContain('<li>a phone confirmation with two of the largest debtors <span class="why">(Receivables against sales and collection days (RECEIVABLES_INCONSISTENT))</span></li>');
    // Requested 300,000 over 12 months at 1.29% a month (the fixture); largest affordable 224,000.
    expect(banner).toContain('Requested: 300,000.00, 12 months, 1.29% a month, equal instalments');
    for (const code of ['RECEIVABLES_INCONSISTENT', 'PAYABLES_INCONSISTENT', 'EQUITY_RECONCILIATION_GAP', 'REPAYMENT_CAPACITY_EXCEEDED'])
      expect(banner).toContain(`(${code})</li>`);
    expect(zh.slice(0, zh.indexOf('<section id="checks"'))).toContain('审批意见');
  });
  test('every check in the table with its status and flag count', () => {
    const table = en.slice(en.indexOf('<section id="checks"'), en.indexOf('<section id="flags"'));
    expect(count(table, '<tr>') + count(table, '<tr class="skipped">')).toBe(worked.rules.length + 1);
    expect(table).toContain('<code>receivables</code></td><td>ran</td><td class="num">1</td>');
    expect(count(table, '<tr class="skipped">')).toBe(worked.summary.rulesSkipped);
  });
  test('deviations and ranges as sentences', () => {
    // Receivables: reported 2,600,000 against 1,500,000 expected (12,000,000 × 45 / 360): 1,100,000 above, 1.1 / 1.5 = +73.33%;
    // allowed 1,500,000 × (1 ± 0.2).
    expect(en).toContain('The reported figure is 1,100,000.00 above the expected one (+73.33%).');
    expect(en).toContain('From 1,200,000.00 to 1,800,000.00.');
    // Payables: 300,000 against 850,000: 550,000 below, −0.55 / 0.85 = −64.71%.
    expect(en).toContain('The reported figure is 550,000.00 below the expected one (-64.71%).');
    // Capacity: 27,145.49 / 29,000 = 93.61% against the 70% limit: 23.61 points above; at most 70%.
    expect(en).toContain('The reported figure is 23.61 percentage points above the expected one.');
    expect(en).toContain('At most 70.00%.');
    expect(zh).toContain('申报值比应有值高 23.61 个百分点。');
    expect(zh).toContain('不高于 70.00%。');
    expect(en).not.toContain('— –');
  });
  test('the capacity chart: a bar per month, every month over the limit marked, in the chart and the table', () => {
    // 27,145.49 / 29,000 = 0.9361 > 0.70 in each of the 12 months.
    const chart = en.slice(en.indexOf('data-chart="chart-capacity"'), en.indexOf('</figure>', en.indexOf('data-chart="chart-capacity"')));
    expect(count(chart, '<g data-bar="over">')).toBe(12);
    expect(count(chart, '<g data-bar="within">')).toBe(0);
    expect(count(en, '<tr class="over">')).toBe(12);
    expect(en).toContain('The instalment takes more than 70.00% of the surplus in August, September, October, November, December, January, February, March, April, May, June, July.');
    expect(zh).toContain('以下月份还款额超过可支配收入的 70.00%：8月、9月、10月');
  });
  test('the equity waterfall: eight steps, labelled with the exact figures', () => {
    const chart = en.slice(en.indexOf('data-chart="chart-equity"'), en.indexOf('</figure>', en.indexOf('data-chart="chart-equity"')));
    expect(count(chart, '<g data-step=')).toBe(8);
    // 500,000 + 4,880,000 − 3,300,000 + 100,000 − 72,000 = 2,108,000; balance sheet 3,808,000; gap 1,700,000.
    for (const v of ['500,000.00', '4,880,000.00', '3,300,000.00', '100,000.00', '72,000.00', '2,108,000.00', '3,808,000.00', '1,700,000.00'])
      expect(chart).toContain(`text-anchor="end">${v}</text>`);
  });
  test('no sales chart without an estimate in the report', () => {
    // the grocery records no sales estimate (the worked example now has two, issue 14)
    expect(renderHtml(reportOf('capacity/grocery-fits.json'), 'en')).not.toContain('chart-sales');
  });
});

describe('the sales chart', () => {
  test('declared sales and each estimate beyond the tolerance, with its band', () => {
    const page = renderHtml(reportOf('corpus/hardware-workshop-inflated-sales.json'), 'en');
    const chart = page.slice(page.indexOf('data-chart="chart-sales"'), page.indexOf('</figure>', page.indexOf('data-chart="chart-sales"')));
    expect(count(chart, '<g data-bar=')).toBe(3);
    // Declared 400,000 a month; bank inflows 300,000 and the sampled May 296,000; agreeing within 400,000 × (1 ± 0.2).
    expect(chart).toContain('>400,000.00</text>');
    expect(chart).toContain('>300,000.00</text>');
    expect(chart).toContain('>296,000.00</text>');
    expect(chart).toContain('agrees from 320,000.00 to 480,000.00 (±20.00%)');
  });
});

describe('escaping', () => {
  test('escapeHtml: the five characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
  const hostile = load('injected-script.json');
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(hostile.profile);
  const report = reportOf('injected-script.json');
  test.each(['en', 'zh'] as const)('%s: every free-text field of the fixture holds the payload, and none becomes markup', (lang) => {
    expect(strings.filter((s) => s.includes('window.__xcheckInjected')).length).toBeGreaterThanOrEqual(40);
    const page = renderHtml(report, lang);
    const tags = new Set([...page.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));
    expect([...tags].filter((t) => !TAGS.has(t))).toEqual([]);
    expect(page).not.toMatch(/<script|<img|onerror="/i);
    // The name as text: escaped, Markdown characters left as they are, the right-to-left override isolated.
    expect(page).toContain('&lt;script&gt;window.__xcheckInjected=&quot;business.name&quot;&lt;/script&gt;&lt;img src=x onerror=&quot;window.__xcheckInjected=&#39;business.name&#39;&quot;&gt; **business.name** | `business.name`');
    expect(page).toMatch(/<bdi>[^<]*business\.name[^<]*\u202e/);
    // A field that reaches a flag's text (the sampled month's record, in SALES_TRIANGULATION).
    expect(page).toContain('&lt;script&gt;window.__xcheckInjected=&quot;salesEstimates.sampledMonth.source');
  });
});

describe('the same bytes', () => {
  test('twice in a row, and under two time zones', () => {
    expect(renderHtml(worked, 'zh')).toBe(zh);
    // Node applies a change of process.env.TZ at once; the clock's hour at the epoch shows it took effect.
    const before = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Shanghai';
      const hourShanghai = new Date(0).getHours();
      const shanghai = renderHtml(reportOf('worked-example-disagrees.json'), 'zh') + renderHtml(worked, 'en');
      process.env.TZ = 'America/New_York';
      expect(new Date(0).getHours()).not.toBe(hourShanghai);
      const newYork = renderHtml(reportOf('worked-example-disagrees.json'), 'zh') + renderHtml(worked, 'en');
      expect(shanghai).toBe(zh + en);
      expect(newYork).toBe(shanghai);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe('the monitoring report', () => {
  test.each(['en', 'zh'] as const)('%s: flags, expectation, observed, cost, calendar; escaped', (lang) => {
    const c = load('relationship/garment-trader-sales-decline.monitor.json');
    const r = monitor(c.profile, c.flows, { policy: c.policy });
    if (!r.ok) throw new Error('invalid');
    const page = renderMonitorHtml({ ...r.report, business: { ...r.report.business, name: '<img src=x onerror=alert(1)> **Lin** | `x`' } }, lang);
    expect(page).toContain(lang === 'en' ? '<html lang="en">' : '<html lang="zh-CN">');
    expect(page).not.toMatch(/<img|<script/);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; **Lin** | `x`');
    const ids = [...page.matchAll(/<section id="([a-z]+)"/g)].map((m) => m[1]);
    expect(ids.slice(0, 3)).toEqual(['flags', 'expectation', 'observed']);
    if (lang === 'zh') expect(page).toMatch(/[\u4e00-\u9fff]/);
  });
});
