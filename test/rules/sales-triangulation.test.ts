import { describe, expect, test } from 'vitest';
import { salesEstimates, salesTriangulationRule } from '../../src/rules/sales-triangulation/index.js';
import { baseProfile, contextFor, flagsOf, run } from './context.js';

// Declared sales 1,800,000 a year = 150,000 a month throughout.
describe('SALES_TRIANGULATION', () => {
  test('fires on each estimate beyond the tolerance, and when fewer than two agree', () => {
    const profile = baseProfile({
      purchases: { annual: '900000' },
      salesEstimates: {
        // (70,000 − 10,000) / (1 − 0.4) = 100,000; (150,000 − 100,000) / 150,000 = +33.33%: warning
        bankInflows: { monthlyAverage: '70000', nonSales: '10000', cashShare: '0.4' },
        // 5,000 × 30 = 150,000: agrees
        dailySales: { averageDaily: '5000', openingDaysPerMonth: 30 },
        // (150,000 − 60,000) / 150,000 = +60%: beyond 50%, critical
        sampledMonth: { amount: '60000' },
      },
    });
    // purchases and margin: 900,000 / 12 / (1 − 0.25) = 100,000: +33.33%, warning
    const flags = flagsOf(run(salesTriangulationRule, profile));
    expect(flags.map((f) => [f.unit, f.severity, f.expected, f.deviation?.relative])).toEqual([
      ['CNY', 'warning', '100000.00', '0.3333'],
      ['CNY', 'warning', '100000.00', '0.3333'],
      ['CNY', 'critical', '60000.00', '0.6000'],
      // 1 agreeing (daily sales) < 2
      ['count', 'warning', '2', null],
    ]);
    expect(flags.every((f) => f.code === 'SALES_TRIANGULATION')).toBe(true);
    expect(flags[3]?.observed).toBe('1');
    // Allowed declared range around 100,000 at 20%: 100,000 / 1.2 = 83,333.33 to 100,000 / 0.8 = 125,000
    expect(flags[0]?.range).toEqual({ min: '83333.33', max: '125000.00' });
    expect(flags[0]?.computation).toContain('(70,000.00 − 10,000.00) / (1 − 0.4) = 100,000.00');
  });

  test('stays quiet when two or more estimates agree', () => {
    const profile = baseProfile({
      salesEstimates: {
        // (150,000 − 140,000) / 150,000 = +6.67%
        bankInflows: { monthlyAverage: '140000' },
        // (150,000 − 160,000) / 150,000 = −6.67%
        twelveMonthAverage: { monthlyAverage: '160000', source: 'pos' },
        // (1,300 − 300) / 4 × 10 × 30 / 0.5 = 250 × 10 × 30 × 2 = 150,000
        till: { cash: '1300', openingFloat: '300', hoursOpenSoFar: '4', hoursPerDay: '10', openingDaysPerMonth: 30, cashShare: '0.5' },
        // 30,000 / 2 = 15,000 units × 10 = 150,000
        pieceRate: { monthlyWageBill: '30000', ratePerUnit: '2', unitPrice: '10' },
        // 4,500 / 0.03 = 150,000
        commissions: { monthly: '4500', rate: '0.03' },
      },
    });
    expect(flagsOf(run(salesTriangulationRule, profile))).toEqual([]);
  });

  test("compares a sampled month with that month's declared sales when sales are monthly", () => {
    const monthly = ['100000', '100000', '100000', '100000', '100000', '100000', '100000', '100000', '100000', '100000', '100000', '400000'];
    const profile = baseProfile({
      sales: { monthly },
      // December declared 400,000; sampled 380,000: (400,000 − 380,000) / 400,000 = +5%, agrees.
      // The average is 1,500,000 / 12 = 125,000, against which 380,000 would be −204%.
      salesEstimates: { sampledMonth: { amount: '380000', month: 12 }, twelveMonthAverage: { monthlyAverage: '125000', source: 'ledger' } },
    });
    expect(flagsOf(run(salesTriangulationRule, profile))).toEqual([]);
  });

  test('salesEstimates writes the texts of every estimate, agreeing or not (the rule writes them only for a flag)', () => {
    const profile = baseProfile({
      salesEstimates: {
        // 5,000 × 30 = 150,000: agrees with the declared 150,000
        dailySales: { averageDaily: '5000', openingDaysPerMonth: 30 },
        // 4,500 / 0.045 = 100,000: (150,000 − 100,000) / 150,000 = +33.33%, flags
        commissions: { monthly: '4500', rate: '0.045' },
      },
    });
    const { profile: parsed, statements } = contextFor(profile);
    const estimates = salesEstimates(parsed, statements);
    expect(estimates.map((e) => [e.id, e.value.toFixed(2), e.declared.toFixed(2), e.declaredSource, e.formula, e.computation])).toEqual([
      ['daily-sales', '150000.00', '150000.00', 'incomeStatement.monthlyAverage.sales', 'average daily sales × opening days a month', '5,000.00 × 30 = 150,000.00'],
      ['commissions', '100000.00', '150000.00', 'incomeStatement.monthlyAverage.sales', 'commissions paid / commission rate', '4,500.00 / 0.045 = 100,000.00'],
    ]);
    expect(estimates[0]?.inputs.map((i) => [i.name, i.value])).toEqual([
      ['averageDailySales', '5000.00'],
      ['openingDaysPerMonth', '30'],
    ]);
    expect(estimates.every((e) => e.evidence.length > 0 && e.questions.length > 0)).toBe(true);
    // The rule's flag for the disagreeing estimate carries the same texts.
    const flags = flagsOf(run(salesTriangulationRule, profile));
    expect(flags[0]?.formula).toBe('estimate (commissions) = commissions paid / commission rate; deviation = (declared − estimate) / declared');
    expect(flags[0]?.computation).toBe('4,500.00 / 0.045 = 100,000.00; (150,000.00 − 100,000.00) / 150,000.00 = +33.33%');
    expect(flags[0]?.inputs.map((i) => i.name)).toEqual(['declaredMonthlySales', 'monthlyCommissions', 'commissionRate']);
  });

  test('is skipped without any estimate', () => {
    const outcome = run(salesTriangulationRule, baseProfile());
    expect(outcome.status).toBe('skipped');
    if (outcome.status === 'skipped') expect(outcome.missing).toEqual(['salesEstimates']);
  });

  test('rejects a cash share of 1 for bank inflows (division by zero)', async () => {
    const { analyze } = await import('../../src/report/analyze.js');
    const r = analyze(baseProfile({ salesEstimates: { bankInflows: { monthlyAverage: '1', cashShare: '1' } } }));
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code])).toEqual([['salesEstimates.bankInflows.cashShare', 'belowOne']]);
  });
});
