import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';
import { workedExample, workedExampleDisagrees } from '../../src/examples.js';

const rowsOf = (profile: unknown) => {
  const r = analyze(profile, { texts: false });
  if (!r.ok) throw new Error('analysis failed');
  return r.report;
};

describe('the cross-check table', () => {
  test('lists the comparisons that agree, with the figures worked by hand', () => {
    const report = rowsOf(workedExample);
    const row = (f: string) => report.crossChecks.find((r) => r.figure === f)!;
    // 12,000,000 × 45 / 360 = 1,500,000 against 1,500,000 reported: agrees (no flag)
    expect(row('receivables').verdict).toBe('agrees');
    expect(row('receivables').estimates[0]).toMatchObject({ ruleId: 'receivables', verdict: 'agrees', severity: null, expected: '1500000.00', observed: '1500000.00' });
    // cost of sales 12,000,000 × 0.85 = 10,200,000; × 30 / 360 = 850,000 against 850,000
    expect(row('payables').estimates[0]).toMatchObject({ verdict: 'agrees', expected: '850000.00' });
    // 500,000 + 4,880,000 − 3,300,000 + 100,000 − 72,000 = 2,108,000 against 2,158,000: 50,000 / 2,158,000 = 2.32% ≤ 10%
    expect(row('equity').estimates[0]).toMatchObject({ verdict: 'agrees', expected: '2108000.00', deviation: { absolute: '50000.00', relative: '0.0232' }, tolerance: { path: 'equity.tolerance', value: '0.1' } });
    expect(report.flags.filter((f) => f.code === 'RECEIVABLES_INCONSISTENT')).toEqual([]);
    // the two sales estimates the worked example records (issue 14: an independent estimate is a completeness gate):
    // six months of bank inflows, 1,000,000 a month, and May's ledger, 1,000,000, against 12,000,000 / 12 = 1,000,000
    expect(row('sales').verdict).toBe('agrees');
    expect(row('sales').estimates.map((e) => [e.verdict, e.expected])).toEqual([
      ['agrees', '1000000.00'],
      ['agrees', '1000000.00'],
    ]);
    // the production check still has nothing to compare (no machine capacity recorded)
    expect(row('sales').notChecked.map((n) => n.ruleId)).toEqual(['production-capacity']);
  });

  test('a comparison that disagrees carries the same figures as its flag', () => {
    const report = rowsOf(workedExampleDisagrees);
    const row = report.crossChecks.find((r) => r.figure === 'receivables')!;
    const flag = report.flags.find((f) => f.code === 'RECEIVABLES_INCONSISTENT')!;
    // 2,600,000 against 1,500,000: (2,600,000 − 1,500,000) / 1,500,000 = +73.33%, beyond the critical 50%
    expect(row.verdict).toBe('disagrees');
    expect(row.estimates[0]).toMatchObject({ verdict: 'disagrees', severity: 'critical', observed: '2600000.00', expected: '1500000.00', deviation: { relative: '0.7333' } });
    for (const k of ['observed', 'expected', 'range', 'deviation', 'inputs', 'params'] as const) expect(row.estimates[0]![k]).toEqual(flag[k]);
  });

  test('the basis is the catalog computation, in both languages', () => {
    const r = analyze(workedExample);
    if (!r.ok) throw new Error('analysis failed');
    const e = r.report.crossChecks.find((x) => x.figure === 'receivables')!.estimates[0]!;
    expect(e.basis?.en).toContain('12,000,000.00 × 1 × 45 / 360 = 1,500,000.00');
    expect(e.basis?.zh).toContain('12,000,000.00 × 1 × 45 ÷ 360 = 1,500,000.00');
  });
});
