import { describe, expect, test } from 'vitest';
import { initialCapitalRule } from '../../src/rules/initial-capital/index.js';
import { runRule, singleFlag, workedExample } from './base-profile.js';

const run = (p: unknown, policy?: unknown) => runRule(initialCapitalRule, p, policy);
const flagOf = (p: unknown, policy?: unknown) => singleFlag(initialCapitalRule, p, policy);

describe('INITIAL_CAPITAL_UNEXPLAINED', () => {
  test('stays quiet when the declared borrowing and family support explain the capital (worked example)', () => {
    // (500,000 − 300,000 borrowed − 150,000 family) / 500,000 = 10%, not beyond the 10% tolerance.
    expect(run(workedExample())).toEqual({ status: 'ran', flags: [] });
  });

  test('fires (critical) when the borrowed part is not declared: the source\'s apprentice', () => {
    const p = workedExample();
    delete p.history[0].borrowed;
    delete p.owner.familySupport;
    const f = flagOf(p);
    // 36 months (2002-03-01 → 2005-03-01) × 1,500 = 54,000 explained; 500,000 − 54,000 = 446,000; 446,000 / 500,000 = 0.892.
    expect(f.severity).toBe('critical');
    expect([f.observed, f.expected]).toEqual(['500000.00', '54000.00']);
    expect(f.deviation).toEqual({ absolute: '446000.00', relative: '0.8920' });
    // 54,000 / (1 − 0.1) = 60,000.
    expect(f.range).toEqual({ min: '0.00', max: '60000.00' });
    expect(f.computation.en).toBe('36 × 1,500.00 + 0.00 + 0.00 = 54,000.00; 500,000.00 − 54,000.00 = 446,000.00; 446,000.00 / 500,000.00 = +89.20%');
    expect(f.computation.zh).toBe('36 × 1,500.00 + 0.00 + 0.00 = 54,000.00；500,000.00 − 54,000.00 = 446,000.00；446,000.00 ÷ 500,000.00 = +89.20%');
    // 0.892 > initialCapital.critical 0.3.
    expect(f.requirement).toEqual({ path: 'initialCapital.critical', value: '0.3' });
    expect(f.subject).toEqual({});
    expect(f.params).toEqual({ startDate: '2005-03-01', year: '2005', familySupport: '0.00', borrowed: '0.00', savings: { basis: 'savings', months: 36, monthlySavings: '1500.00' } });
    expect(f.message.en).toBe(
      'The business started in 2005 with 500,000.00, but savings, family support and declared borrowing explain only 54,000.00: 446,000.00 (+89.20%) has no stated source. Part of it was probably borrowed (social debt, 社会负债): ask where it came from and whether it has been repaid.',
    );
    expect(f.questions[0]?.zh).toBe('2005 年创业时投入的 500,000.00，是怎么凑起来的？');
    expect(f.questions.map((q) => q.en)).toContain('How has that been settled since, and is any of it still outstanding?');
    // The inputs: the three figures read first, then the savings (monthly savings and the months worked).
    expect(f.inputs.map((i) => [i.name, i.value, i.defaulted ?? false])).toEqual([
      ['capital', '500000.00', false],
      ['borrowed', '0.00', true],
      ['familySupport', '0.00', true],
      ['monthlySavings', '1500.00', false],
      ['monthsWorked', '36 (2002-03-01 – 2005-03-01)', false],
    ]);
  });

  test('income × the policy savings rate when savings are not given: warning', () => {
    const p = workedExample();
    delete p.owner.monthlySavings;
    p.owner.monthlyIncome = '3000';
    p.owner.familySupport = '100000';
    const f = flagOf(p);
    // savings 36 × 3,000 × 0.3 = 32,400; explained 32,400 + 100,000 + 300,000 = 432,400;
    // unexplained 67,600; 67,600 / 500,000 = 0.1352: beyond 0.1, within 0.3.
    expect(f.severity).toBe('warning');
    expect(f.expected).toBe('432400.00');
    expect(f.deviation?.relative).toBe('0.1352');
    expect(f.inputs.find((i) => i.name === 'savingsRate')).toMatchObject({ value: '0.3000', defaulted: true });
    // 0.1352 > initialCapital.tolerance 0.1, within the critical 0.3.
    expect(f.requirement).toEqual({ path: 'initialCapital.tolerance', value: '0.1' });
    expect(f.computation.en).toBe('36 × 3,000.00 × 0.3 + 100,000.00 + 300,000.00 = 432,400.00; 500,000.00 − 432,400.00 = 67,600.00; 67,600.00 / 500,000.00 = +13.52%');
    expect(f.inputs.map((i) => i.name)).toEqual(['capital', 'borrowed', 'familySupport', 'monthlyIncome', 'savingsRate', 'monthsWorked']);
  });

  test('more money explained than put in never flags', () => {
    const p = workedExample();
    p.owner.familySupport = '400000';
    expect(run(p)).toEqual({ status: 'ran', flags: [] });
  });

  test('skipped without a start event', () => {
    const p = workedExample();
    p.history = p.history.filter((e: { kind: string }) => e.kind !== 'start');
    const out = run(p);
    expect(out.status).toBe('skipped');
    if (out.status === 'skipped') {
      expect(out.missing).toEqual(['history[kind=start]']);
      expect(out.reason.zh).toBe('经营履历中没有创业时投入资金的记录（创业事件）');
    }
  });

  test('skipped when savings are needed but the earlier work is not recorded', () => {
    const p = workedExample();
    delete p.history[0].borrowed;
    delete p.owner;
    const out = run(p);
    expect(out.status).toBe('skipped');
    if (out.status === 'skipped') {
      expect(out.missing).toEqual(['owner.workStartDate', 'owner.monthlySavings']);
      expect(out.reasonCode).toBe('savings-needed');
      expect(out.reason.en).toBe(
        "borrowing and family support explain only part of the initial capital; the owner's earlier work is needed (owner.workStartDate, owner.monthlySavings)",
      );
      expect(out.reason.zh).toBe('借款和家庭资助只能解释部分初始资金，需要创业前的工作情况（创业前参加工作的日期、创业前每月积蓄或月收入）');
    }
  });

  test('bands are policy', () => {
    const p = workedExample();
    p.owner.familySupport = '100000';
    // (500,000 − 300,000 − 100,000) / 500,000 = 0.2 > 0.1, so savings count: 54,000 + 100,000 + 300,000 = 454,000;
    // 46,000 / 500,000 = 0.092: inside 0.1, beyond 0.05.
    expect(run(p)).toEqual({ status: 'ran', flags: [] });
    expect(flagOf(p, { initialCapital: { tolerance: '0.05' } }).severity).toBe('warning');
  });
});
