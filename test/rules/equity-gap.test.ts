import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/report/analyze.js';
import { workedExample } from '../support/profiles.js';

function equityFlag(input: unknown, policy?: unknown) {
  const r = analyze(input, { policy });
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
  });
  test('less equity than the history explains: 1,000,000 more profit declared than the sheet shows → negative gap', () => {
    const p = workedExample();
    p.history = [...(p.history ?? []), { date: '2026-01-31', kind: 'profit', amount: '1000000' }];
    // expected = 2,108,000 + 1,000,000 = 3,108,000; gap = 2,158,000 − 3,108,000 = −950,000; −950,000 / 2,158,000 = −44.02%
    const f = equityFlag(p);
    expect(f).toMatchObject({ severity: 'critical', expected: '3108000.00', deviation: { absolute: '-950000.00', relative: '-0.4402' } });
    expect(f?.message.en).toContain('is missing');
    expect(f?.questions[0]?.en).toMatch(/start of the business/);
  });
  test('the denominator is policy: by profits, 50,000 / 4,880,000 = 1.02% — still quiet; a 0.5% tolerance flags it', () => {
    expect(equityFlag(workedExample(), { equity: { denominator: 'profits' } })).toBeUndefined();
    const f = equityFlag(workedExample(), { equity: { denominator: 'profits', tolerance: '0.005' } });
    expect(f).toMatchObject({ severity: 'warning', deviation: { relative: '0.0102' } });
  });
  test('skipped when there is no start event', () => {
    const p = workedExample();
    p.history = (p.history ?? []).filter((e) => e.kind !== 'start');
    const r = analyze(p);
    if (!r.ok) throw new Error();
    expect(r.report.rules.find((x) => x.id === 'equity-gap')?.status).toBe('skipped');
  });
});
