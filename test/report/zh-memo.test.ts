/**
 * The Chinese memo is Chinese (issue 12, item 4): the zh memo of every case file under fixtures/ holds no
 * English word (a run of two or more Latin letters) outside a short allow-list: units (CNY, kWh), flag codes,
 * rule ids and profile paths in parentheses, data in backticks (an input's raw value), and what the applicant
 * supplied (the profile's own strings: the business name, items, lenders), removed before the check.
 * The en memo still reads as it did: a few lines checked by hand.
 */
import { mdBlock, mdInline, plainLine } from '../../src/report/escape.js';
import { describe, expect, test } from 'vitest';
import { memoTexts } from '../../src/locales/memo.js';
import { policyJsonSchema } from '../../src/profile/policy.js';
import { profileJsonSchema } from '../../src/profile/schema.js';
import { analyze, type Report } from '../../src/report/analyze.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { defaultRules } from '../../src/rules/registry.js';
import { underwritingCases } from '../support/cases.js';
import { loadCase } from '../support/profiles.js';
import type { PolicyInput } from '../../src/profile/policy.js';


/** The keywords of the profile and policy schemas (enum values): what the memo must put into words, never strip. */
function schemaKeywords(): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v === null || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if (k === 'enum' && Array.isArray(x)) {
        for (const e of x) if (typeof e === 'string') out.add(e);
      } else if (k === 'const' && typeof x === 'string') out.add(x);
      else walk(x);
    }
  };
  walk(profileJsonSchema());
  walk(policyJsonSchema());
  return out;
}
const KEYWORDS = schemaKeywords();

/** The applicant's own strings (free text: names, items, notes) and their escaped forms, longest first; schema keywords are not among them. */
function ownStrings(...inputs: unknown[]): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      // as typed, and as the memo writes it (escaped for Markdown: src/report/escape.ts)
      if (!KEYWORDS.has(v) && /[A-Za-z]{2}/.test(v)) for (const form of [v, mdInline(v), mdBlock(v), plainLine(v)]) out.add(form);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  inputs.forEach(walk);
  return [...out].sort((a, b) => b.length - a.length);
}

/** Units and abbreviations a Chinese text uses as they are. */
const ALLOWED = new Set(['CNY', 'kWh', 'POS']);

const RULE_IDS = new Set(defaultRules.map((r) => r.id));
const PATHS = new Set(Object.keys(memoTexts.zh.paths));
/** A flag code, a rule id or a profile path: what may stand in parentheses beside its Chinese name. */
const isIdentifier = (s: string) =>
  /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(s) || RULE_IDS.has(s) || PATHS.has(s) || /^[a-z][A-Za-z0-9]*([.[][^\s]*|[A-Z][A-Za-z0-9]*)$/.test(s);

/** The English words left in a zh memo once the allowed parts are taken out. */
export function englishWords(md: string, own: readonly string[]): string[] {
  let text = md;
  for (const s of own) text = text.split(s).join(' ');
  const words: string[] = [];
  for (let line of text.split('\n')) {
    // The formula is prose in backticks: it is checked like the rest.
    line = line.replace(/^- 公式: `(.*)`$/, '- 公式: $1');
    line = line.replace(/`[^`]*`/g, ' ');
    line = line.replace(/[（(]([^（）()]+)[)）]/g, (whole, inner: string) =>
      inner.split(/、|,\s*/).every((x) => isIdentifier(x.trim())) ? ' ' : whole,
    );
    // A flag's heading in the monitor's shape: `#### CODE — title`.
    line = line.replace(/^#### [A-Z][A-Z0-9_]* — /, '#### ');
    for (const w of line.match(/[A-Za-z]{2,}/g) ?? []) if (!ALLOWED.has(w)) words.push(w);
  }
  return words;
}

function zhMemo(c: { profile: unknown; policy?: unknown }): string {
  const r = analyze(c.profile, { policy: c.policy as PolicyInput, extras: true });
  return r.ok ? renderMarkdown(r.report, 'zh') : '';
}

const cases = underwritingCases();

describe('the zh memo is Chinese', () => {
  test('there are case files to render', () => {
    expect(cases.length).toBeGreaterThan(30);
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(englishWords(zhMemo(c), ownStrings(c.profile, c.policy))).toEqual([]);
  });

  test('the check itself: English words are found, codes and paths beside their names are not', () => {
    expect(englishWords('严重疑点（RECEIVABLES_INCONSISTENT）；缺少贷款申请（loanRequest）', [])).toEqual([]);
    expect(englishWords('- 公式: `ratio = instalment ÷ surplus`', [])).toEqual(['ratio', 'instalment', 'surplus']);
    expect(englishWords('状态：not covered, gap 4,696.99（none）', [])).toEqual(['not', 'covered', 'gap', 'none']);
    expect(englishWords('# 贷款调查报告: Zhang Hardware', ['Zhang Hardware'])).toEqual([]);
  });
});

describe('the zh memo in the bank’s terms', () => {
  const r = analyze(loadCase('corpus/garment-stall-seasonal-shortfall').profile, { extras: true });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const md = renderMarkdown(r.report, 'zh');
  test('title, status words, months, equity and disposable income', () => {
    expect(md.startsWith('# 贷款调查报告: ')).toBe(true);
    expect(md).toContain('## 审批建议');
    // 13,400 − 18,096.99 = −4,696.99: the first month is not covered, its gap 4,696.99, carried (position −4,696.99).
    // A month over the 70% limit says so (issue 17): 135.05% − 70.00% = 65.05 percentage points.
    expect(md).toContain('| 1 | 2026-05-15 | 13,400.00 | 18,096.99 | 135.05% | -4,696.99 | -4,696.99 | 不足（缺口 4,696.99）；超出70.00%上限65.05个百分点 |');
    expect(md).toContain('| 9月 | 260,000.00 | 57,800.00 | 49,800.00 |');
    // the cash model (fixtures/corpus/garment-stall-seasonal.json's description): stock build-up from July
    expect(md).toContain('- 建议放款月份：6月（备货之前）');
    expect(md).toContain('- 营运资金需求高峰：9月 150,200.00；现金和存款覆盖不了的部分：0.00');
    expect(md).toContain('| 期数 | 还款日 | 月可支配收入 | 月供 |');
    expect(md).toContain('| = 应有权益 | 523,200.00 |');
    expect(md).toContain('| 实际权益（资产 − 负债） | 547,200.00 |');
    expect(md).toContain('- 依据: 还款能力不足（REPAYMENT_CAPACITY_EXCEEDED）；淡季月份的月可支配收入不足以支付月供（SEASONAL_SHORTFALL）');
    expect(md).toContain('- 申报产量与现场生产能力不符（production-capacity）：未运行，');
  });
  test('a check skipped for missing inputs names them; assumptions name their paths', () => {
    const p = loadCase('worked-example-agrees').profile as Record<string, unknown>;
    delete p.loanRequest;
    delete p.household;
    const x = analyze(p);
    if (!x.ok) throw new Error(JSON.stringify(x.errors));
    const zh = renderMarkdown(x.report, 'zh');
    // no household: the town minimum (no regionClass) × policy.decision.householdMembers = 1,000 × 3 (issue 14)
    expect(zh).toContain('家庭情况（household）：未填家庭情况，家庭支出按政策最低标准估算为每月 3,000.00 元（每人 1,000.00 元 × 3 人）');
    expect(zh).not.toContain('## 审批建议');
  });
});

describe('the en memo still reads well', () => {
  const r = analyze(loadCase('corpus/garment-stall-seasonal-shortfall').profile, { extras: true });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const md = renderMarkdown(r.report, 'en');
  test('hand-picked lines', () => {
    expect(md.startsWith('# Credit memo: ')).toBe(true);
    // equal instalments would give approve-lower 82,000; the seasonal plan (docs/capacity.md §6) carries the 200,000
    // a seasonal plan (principal in proportion to the surplus, docs/capacity.md §6) and the default policy's three conditions
    expect(md).toContain(
      "**Approve with conditions** — Approve as asked on a seasonal repayment plan (principal in proportion to each month's surplus): 200,000.00 over 12 months fits the repayment capacity month by month, where equal instalments would not, on the 3 conditions below.",
    );
    // June on the plan: principal 200,000 × 10,600 / 502,400 = 4,219.74, interest 194,665.61 × 1.29% = 2,511.19
    expect(md).toContain('| 2 | 2026-06-15 | 10,600.00 | 6,730.93 | 2,511.19 | 4,219.74 | 190,445.87 | 63.50% | covered |');
    expect(md).toContain('- Requested: 200,000.00, 12 months, 1.29% a month, equal instalments');
    expect(md).toContain('- Reasons: Repayment capacity exceeded (REPAYMENT_CAPACITY_EXCEEDED); Instalment not covered by the month’s surplus (SEASONAL_SHORTFALL)');
    expect(md).toContain('| 1 | 2026-05-15 | 13,400.00 | 18,096.99 | 135.05% | -4,696.99 | -4,696.99 | NOT covered (4,696.99); above the 70.00% limit by 65.05 points |');
    expect(md).toContain('| September | 260,000.00 | 57,800.00 | 49,800.00 |');
    expect(md).toContain('- Suggested disbursement month: June (before the stock build-up)');
    expect(md).toContain('- Idle months (cash accumulating: ask for deposits): January, February, March, April, May, June, December; slow months for repayment: March, April, May, June, July, August, September, October');
    expect(md).toContain('- Expected deposits in the trough (June): 259,000.00, the owner\'s own funds: compare with that month\'s bank statement');
    expect(md).toContain('- production-capacity (');
    expect(md).toContain('| = Expected equity | 523,200.00 |');
  });
});

describe('a memo without the extras says they were not computed', () => {
  const r = analyze(loadCase('corpus/garment-stall-seasonal-shortfall').profile);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  test('the report holds null for each; the memo says so in its language, in place of the stress lines, the alternatives and the plan', () => {
    expect([r.report.recommendation?.alternatives, r.report.recommendation?.stress, r.report.fundingPlan]).toEqual([null, null, null]);
    const en = renderMarkdown(r.report, 'en');
    expect(en).toContain('- Stress test and alternative terms: not computed (the analysis ran without the extras)');
    expect(en).toContain('## Seasonal funding plan\n\nNot computed (the analysis ran without the extras).\n');
    expect(en).not.toContain('Stress (the limit)');
    expect(en).not.toContain('### Alternatives');
    const zh = renderMarkdown(r.report, 'zh');
    expect(zh).toContain('- 压力测试和其他期限：未计算（本次分析未要求附加项）');
    expect(zh).toContain('## 季节性资金计划\n\n未计算（本次分析未要求附加项）。\n');
    expect(englishWords(zh, ownStrings(loadCase('corpus/garment-stall-seasonal-shortfall').profile, undefined))).toEqual([]);
  });
});
