import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/report/analyze.js';
import { workedExample } from '../support/profiles.js';
import type { PolicyInput } from '../../src/profile/policy.js';

function equityFlag(input: unknown, policy?: unknown) {
  const r = analyze(input, { policy: policy as PolicyInput });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.report.flags.find((f) => f.code === 'EQUITY_RECONCILIATION_GAP');
}

describe('EQUITY_RECONCILIATION_GAP', () => {
  test('quiet on the worked example: gap 50,000 / 2,158,000 = 2.32% of equity', () => {
    expect(equityFlag(workedExample())).toBeUndefined();
  });
  test('600,000 more in the bank than declared, financed by a loan left out: gap +650,000 = +23.57%, a warning', () => {
    // bank 1,050,000 instead of 450,000 → assets 3,908,000; liabilities unchanged 1,150,000 → equity 2,758,000;
    // gap = 2,758,000 − 2,108,000 = 650,000; 650,000 / 2,758,000 = 0.23568… (between 10% and 25%)
    const p = workedExample();
    p.balances = { ...p.balances, bank: '1050000' };
    const f = equityFlag(p);
    expect(f).toMatchObject({ severity: 'warning', deviation: { absolute: '650000.00', relative: '0.2357' } });
    expect(f?.message.en).toContain('more than expected');
    // |23.57%| > equity.tolerance 0.1, within equity.critical 0.25: the tolerance decided it.
    expect(f?.requirement).toEqual({ path: 'equity.tolerance', value: '0.1' });
    expect(f?.subject).toEqual({});
    // 500,000 + 4,880,000 − 3,300,000 + 100,000 − 72,000 = 2,108,000; 2,758,000 − 2,108,000 = 650,000; 650,000 / 2,758,000
    expect(f?.computation.en).toBe(
      '500,000.00 + 4,880,000.00 − 3,300,000.00 + 100,000.00 − 72,000.00 = 2,108,000.00; 2,758,000.00 − 2,108,000.00 = 650,000.00; 650,000.00 / 2,758,000.00 = +23.57%',
    );
    expect(f?.formula.zh).toBe('应有权益 = 初始权益 + 利润 − 提取 + 追加投入 − 折旧；差额 = 实际权益 − 应有权益；相对差额 = 差额 ÷ 实际权益');
    expect(f?.message.zh).toContain('实际权益 2,758,000.00');
    expect(f?.message.zh).toContain('应有权益仅为 2,108,000.00，多出 650,000.00（+23.57%）');
  });
  test('less equity than the history explains: 1,000,000 more profit declared than the sheet shows → negative gap', () => {
    const p = workedExample();
    p.history = [...(p.history ?? []), { date: '2026-01-31', kind: 'profit', amount: '1000000' }];
    // expected = 2,108,000 + 1,000,000 = 3,108,000; gap = 2,158,000 − 3,108,000 = −950,000; −950,000 / 2,158,000 = −44.02%
    const f = equityFlag(p);
    expect(f).toMatchObject({ severity: 'critical', expected: '3108000.00', deviation: { absolute: '-950000.00', relative: '-0.4402' } });
    expect(f?.message.en).toContain('is missing');
    expect(f?.questions[0]?.en).toMatch(/start of the business/);
    // |−44.02%| > equity.critical 0.25.
    expect(f?.requirement).toEqual({ path: 'equity.critical', value: '0.25' });
    expect(f?.message.en).toContain('950,000.00 is missing (-44.02%)');
    expect(f?.message.zh).toContain('少了 950,000.00');
  });
  test('the denominator is policy: by profits, 50,000 / 4,880,000 = 1.02% — still quiet; a 0.5% tolerance flags it', () => {
    expect(equityFlag(workedExample(), { equity: { denominator: 'profits' } })).toBeUndefined();
    const f = equityFlag(workedExample(), { equity: { denominator: 'profits', tolerance: '0.005' } });
    expect(f).toMatchObject({ severity: 'warning', deviation: { relative: '0.0102' } });
    expect(f?.requirement).toEqual({ path: 'equity.tolerance', value: '0.005' });
    expect(f?.formula.en).toContain('relative = gap / profits over the period');
    expect(f?.computation.zh).toContain('50,000.00 ÷ 4,880,000.00 = +1.02%');
  });
  test('skipped when there is no start event', () => {
    const p = workedExample();
    p.history = (p.history ?? []).filter((e) => e.kind !== 'start');
    const r = analyze(p);
    if (!r.ok) throw new Error();
    const rule = r.report.rules.find((x) => x.id === 'equity-gap');
    expect(rule?.status).toBe('skipped');
    expect(rule).toMatchObject({ missing: ['history[kind=start]'] });
  });
});
