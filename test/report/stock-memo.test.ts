/** The memo prints the stock count lines with their totals and the fixed-asset schedule (Markdown and HTML). */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { analyze } from '../../src/index.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderHtml } from '../../src/html/memo.js';
import { workedExample } from '../support/profiles.js';

const stockCase = JSON.parse(readFileSync(new URL('../../fixtures/rules/stock-count.json', import.meta.url), 'utf8'));

function report(profile: unknown, policy?: unknown) {
  const r = analyze(profile, { policy: policy as never });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.report;
}

test('the count lines, each with its condition, ownership, valuation and method, then the totals', () => {
  const r = report(stockCase.profile, stockCase.policy);
  const en = renderMarkdown(r, 'en');
  expect(en).toContain('## Stock count');
  expect(en).toContain("| last year's model, damaged boxes | back room | unsaleable | owned | cost | the firm's stock list | 40 | 50.00 | 2,000.00 | 2,000.00 | 0.00 |");
  expect(en).toContain('| heaters | — | current | owned | shelf price (25.00%) | counted | 10 | 120.00 | 900.00 | 0.00 | 900.00 |');
  expect(en).toContain('Owned stock at cost 13,400.00, written down 2,250.00, on the balance sheet 11,150.00; consigned goods left out: 3,000.00.');
  const zh = renderMarkdown(r, 'zh');
  expect(zh).toContain('| kettles | shop floor | 正常 | 代销 | 进价 | 点数 | 100 | 30.00 | 3,000.00 | 0.00 | 0.00 |');
  const html = renderHtml(r, 'en');
  expect(html).toContain('<section id="stock"');
  expect(html).toContain('<td>back room</td><td>unsaleable</td>');
});

test('the fixed-asset schedule, and no stock section without count lines', () => {
  const r = report(workedExample());
  const en = renderMarkdown(r, 'en');
  const a = r.balanceSheet.fixedAssetLines[0];
  expect(a).toBeDefined();
  expect(en).toContain('## Fixed assets');
  expect(en).toContain(`| ${a?.name} | ${a?.purchaseDate} |`);
  const plain = report({ ...stockCase.profile, inventoryCount: undefined });
  expect(plain.stockCount).toBeNull();
  expect(renderMarkdown(plain, 'en')).not.toContain('## Stock count');
  expect(renderHtml(plain, 'en')).not.toContain('<section id="stock"');
});
