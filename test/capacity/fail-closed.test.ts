/**
 * Fail closed (issue 18, finding 9): a check that throws is reported as skipped (`rule-error`) and, under the
 * default policy (`failClosed: true`), the recommendation is `refer-back` with the failed checks' ids, never an
 * approval; `failClosed: false` keeps the old behaviour. docs/capacity.md, "Decision".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCase } from '../../src/cases/index.js';
import { underwritingCases } from '../support/cases.js';
import { analyze, parseInput, runAnalysis } from '../../src/report/analyze.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { defaultRules, failedRuleIds, runRules } from '../../src/rules/registry.js';
import type { Rule } from '../../src/rules/types.js';
import type { PolicyInput } from '../../src/profile/policy.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const fixture = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as { profile: Record<string, unknown>; policy?: unknown };
// grocery-fits: 50,000 over 12 months fits the capacity and no check raises a flag → approve as asked.
const fits = fixture('capacity/grocery-fits.json').profile;

/** The default rules with the checks named made to throw (a bug in the check). */
function throwing(...ids: string[]): Rule[] {
  return defaultRules.map((r) =>
    ids.includes(r.id)
      ? {
          ...r,
          check: () => {
            throw new Error('boom');
          },
        }
      : r,
  );
}

// The completeness gates off, as in the grocery's own case file: these tests are about failed checks.
// These tests weigh the capacity and the fail-closed step alone: no completeness gates, no loan conditions (issue 14).
const GATES_OFF = { decision: { gates: [] }, conditions: { compensatingDeposit: { share: '0' }, moveSettlementAccount: false } };

function reportOf(profile: unknown, options: { readonly rules?: readonly Rule[]; readonly policy?: object } = {}) {
  const r = analyze(profile, { ...options, policy: { ...GATES_OFF, ...options.policy } as PolicyInput });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.report;
}

describe('a check that throws', () => {
  test('the profile approves as asked with every check working (the starting point)', () => {
    const r = reportOf(fits).recommendation;
    expect([r?.decision, r?.reasons, r?.amount]).toEqual(['approve', [], '50000.00']);
  });

  test('is skipped with rule-error, and the recommendation refers back naming the check, with no amount', () => {
    const report = reportOf(fits, { rules: throwing('household-expenses') });
    const status = report.rules.find((r) => r.id === 'household-expenses');
    expect([status?.status, status?.reasonCode]).toEqual(['skipped', 'rule-error']);
    const r = report.recommendation;
    expect([r?.decision, r?.reasons, r?.notes, r?.amount]).toEqual(['refer-back', ['household-expenses'], [], null]);
    expect(r?.message).toEqual({
      en:
        'Refer back: a check failed with an error (household-expenses), a fault in xcheck or in a custom check rather than in the file; ' +
        'the analysis is incomplete, so it cannot approve the loan. Report the error and run the analysis again once it is fixed.',
      zh: '退回复核：1 项检查运行出错（household-expenses），属于程序缺陷而非档案问题；分析不完整，不能据此批准贷款。请报告该错误，修复后重新分析。',
    });
    // The capacity figures are still reported: only the decision is withheld.
    expect(r?.maxAmount).toBe(reportOf(fits).recommendation?.maxAmount);
  });

  test('two failed checks are both named, in check order; the flags that did fire stay listed in notes', () => {
    // The worked example (disagrees) refers back on critical cross-check flags; with two checks failing it refers
    // back naming the failed checks instead.
    const disagrees = fixture('worked-example-disagrees.json').profile;
    const before = reportOf(disagrees);
    const report = reportOf(disagrees, { rules: throwing('liquidity', 'household-expenses') });
    const r = report.recommendation;
    expect(r?.decision).toBe('refer-back');
    expect(r?.reasons).toEqual(['household-expenses', 'liquidity']);
    expect(r?.amount).toBeNull();
    // every code that fired (the failing checks raise none), each once
    expect(r?.notes).toEqual([...new Set(report.flags.map((f) => f.code))]);
    expect(before.recommendation?.reasons).not.toContain('liquidity');
    expect(r?.message.en).toContain('Refer back: 2 checks failed with an error (household-expenses, liquidity)');
    expect(r?.message.zh).toContain('退回复核：2 项检查运行出错（household-expenses、liquidity）');
  });

  test('a custom check that throws refers back too', () => {
    const custom: Rule = {
      id: 'my-check',
      codes: [],
      check: () => {
        throw new TypeError('x is undefined');
      },
    } as unknown as Rule;
    const r = reportOf(fits, { rules: [...defaultRules, custom] }).recommendation;
    expect([r?.decision, r?.reasons]).toEqual(['refer-back', ['my-check']]);
  });

  test('with failClosed: false the decision is taken from the checks that ran, as before', () => {
    const report = reportOf(fits, { rules: throwing('household-expenses'), policy: { failClosed: false } });
    expect(report.rules.find((r) => r.id === 'household-expenses')?.reasonCode).toBe('rule-error');
    const r = report.recommendation;
    expect([r?.decision, r?.reasons, r?.amount]).toEqual(['approve', [], '50000.00']);
    expect(r?.message.en).toBe('Approve as asked: 50,000.00 over 12 months fits the repayment capacity.');
  });

  test('the memo says so in both languages, naming the check by its title', () => {
    const report = reportOf(fits, { rules: throwing('household-expenses') });
    const title = report.rules.find((r) => r.id === 'household-expenses')?.title;
    const en = renderMarkdown(report, 'en');
    const zh = renderMarkdown(report, 'zh');
    expect(en).toContain('**Refer back** — Refer back: a check failed with an error (household-expenses)');
    expect(en).toContain(`- Reasons: ${title?.en} (household-expenses)`);
    expect(zh).toContain('**退回复核** — 退回复核：1 项检查运行出错（household-expenses）');
    expect(zh).toContain(`（household-expenses）`);
    expect(zh).toContain(title?.zh);
  });
});

describe('the policy setting', () => {
  test('failClosed defaults to true and is echoed in the report', () => {
    expect(reportOf(fits).policy.failClosed).toBe(true);
    expect(reportOf(fits, { policy: { failClosed: false } }).policy.failClosed).toBe(false);
  });
  test('a value that is not true or false is an error at its path', () => {
    const r = analyze(fits, { policy: { failClosed: 'no' } as unknown as PolicyInput });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['policy.failClosed']);
  });
});

describe('a case file can expect refer-back', () => {
  test('the schema accepts it', () => {
    const c = { profile: fits, expect: { decision: 'refer-back' } };
    expect(parseCase(c).ok).toBe(true);
  });
});

describe('the default checks never throw on the fixtures', () => {
  const cases = underwritingCases();
  test('there are cases', () => expect(cases.length).toBeGreaterThan(30));
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = analyze(c.profile, { policy: c.policy as PolicyInput });
    if (!r.ok) return; // an invalid-profile case
    expect(r.report.rules.filter((x) => x.reasonCode === 'rule-error').map((x) => x.id)).toEqual([]);
    // no check id (kebab-case) among the reasons: whatever the decision, no check failed
    expect((r.report.recommendation?.reasons ?? []).filter((c) => /^[a-z]/.test(c))).toEqual([]);
  });
});

describe('failedRuleIds', () => {
  test('lists the checks that threw, in check order, not those skipped for missing inputs', () => {
    const parsed = parseInput(fits);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const a = runAnalysis(parsed.profile, parsed.policy, throwing('liquidity', 'receivables'));
    // grocery-fits has no settlement terms: several checks are skipped for missing inputs, and are not failures
    expect(a.runs.filter((r) => r.outcome.status === 'skipped').length).toBeGreaterThan(2);
    expect(failedRuleIds(a.runs)).toEqual(['receivables', 'liquidity']);
    expect(failedRuleIds(runRules(a.context))).toEqual([]);
  });
});
