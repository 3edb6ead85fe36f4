import { describe, expect, test } from 'vitest';
import { estimateTexts as estimateTextsEn } from '../../src/locales/en/checks/sales-estimates.js';
import { estimateTexts as estimateTextsZh } from '../../src/locales/zh/checks/sales-estimates.js';
import { formatMoney } from '../../src/money/index.js';
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
    expect(flags[0]?.computation.en).toContain('(70,000.00 − 10,000.00) / (1 − 0.4) = 100,000.00');
    expect(flags[0]?.computation.zh).toContain('(70,000.00 − 10,000.00) ÷ (1 − 0.4) = 100,000.00');
    // What each finding is about: the estimate, or the corroboration count.
    expect(flags.map((f) => f.subject)).toEqual([
      { estimate: 'bank-inflows' },
      { estimate: 'purchases-margin' },
      { estimate: 'sampled-month' },
      { corroboration: 'agreeing-estimates' },
    ]);
    // |+33.33%| > salesTriangulation.tolerance 0.2 (not beyond 0.5); |+60%| > .critical 0.5; 1 < minAgreeing 2.
    expect(flags.map((f) => f.requirement)).toEqual([
      { path: 'salesTriangulation.tolerance', value: '0.2' },
      { path: 'salesTriangulation.tolerance', value: '0.2' },
      { path: 'salesTriangulation.critical', value: '0.5' },
      { path: 'salesTriangulation.minAgreeing', value: '2' },
    ]);
    expect(flags[0]?.params).toEqual({ inflows: '70000.00', nonSales: '10000.00', cashShare: '0.4' });
    expect(flags[0]?.message.zh).toBe('申报月销售额 150,000.00，高于按银行流水估算的 100,000.00（偏差 +33.33%）。');
    expect(flags[0]?.formula.zh).toBe('按银行流水估算的月销售额 = (月均进账 − 非销售进账) ÷ (1 − 现金收款比例)；偏差 = (申报额 − 估算额) ÷ 申报额');
    // The corroboration finding names the one estimate that agrees (daily sales), in both languages.
    expect(flags[3]?.params).toMatchObject({ declared: '150000.00', tolerance: '0.2' });
    expect(flags[3]?.message.en).toBe(
      'Only 1 of 4 independent estimates agree with the declared sales of 150,000.00 a month (average daily sales); at least 2 are needed to accept them.',
    );
    expect(flags[3]?.message.zh).toBe('4 个独立估算中仅 1 个与申报月销售额 150,000.00 相符（日均销售额）；至少需要 2 个相符才能认可。');
    expect(flags[3]?.computation.en).toBe('1 of 4 estimates agree (bank-inflows, purchases-margin, sampled-month, daily-sales); 1 < 2');
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

  test('names a sampled month by its month and a 12-month average by its source; an estimate above the declared sales', () => {
    const monthly = ['100000', '100000', '100000', '100000', '100000', '100000', '100000', '100000', '100000', '100000', '100000', '400000'];
    const profile = baseProfile({
      sales: { monthly },
      salesEstimates: {
        // December declared 400,000, sampled 200,000: (400,000 − 200,000) / 400,000 = +50%, not beyond 0.5: warning
        sampledMonth: { amount: '200000', month: 12 },
        // average 1,500,000 / 12 = 125,000; POS 250,000: (125,000 − 250,000) / 125,000 = −100%: critical
        twelveMonthAverage: { monthlyAverage: '250000', source: 'pos' },
      },
    });
    const flags = flagsOf(run(salesTriangulationRule, profile));
    expect(flags.map((f) => [f.subject, f.severity, f.observed, f.expected, f.deviation?.relative])).toEqual([
      [{ estimate: 'sampled-month' }, 'warning', '400000.00', '200000.00', '0.5000'],
      [{ estimate: 'twelve-month-average' }, 'critical', '125000.00', '250000.00', '-1.0000'],
      [{ corroboration: 'agreeing-estimates' }, 'warning', '0', '2', null],
    ]);
    expect(flags[0]?.inputs[0]).toMatchObject({ name: 'declaredMonthlySales', path: 'incomeStatement.months[11].sales', value: '400000.00' });
    expect(flags[0]?.params).toEqual({ amount: '200000.00', month: 12, record: null });
    expect(flags[0]?.message.en).toBe('Declared sales of 400,000.00 a month are above the estimate from sales ledger of a sampled month (month 12), 200,000.00 (+50.00%).');
    expect(flags[0]?.message.zh).toBe('申报月销售额 400,000.00，高于按抽查月份（12 月）的销售记录估算的 200,000.00（偏差 +50.00%）。');
    expect(flags[1]?.message.en).toBe('Declared sales of 125,000.00 a month are below the estimate from 12-month POS average, 250,000.00 (-100.00%).');
    expect(flags[1]?.message.zh).toBe('申报月销售额 125,000.00，低于按刷卡机（POS）12 个月月均估算的 250,000.00（偏差 -100.00%）。');
    // None agrees: no names in parentheses.
    expect(flags[2]?.message.en).toBe('Only 0 of 2 independent estimates agree with the declared sales of 125,000.00 a month; at least 2 are needed to accept them.');
    expect(flags[2]?.params).toEqual({
      declared: '125000.00',
      tolerance: '0.2',
      estimates: [
        { id: 'sampled-month', agrees: false, month: 12 },
        { id: 'twelve-month-average', agrees: false, source: 'pos' },
      ],
    });
  });

  test('salesEstimates gives every estimate as data, agreeing or not; the catalogs write its texts', () => {
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
    expect(estimates.map((e) => [e.id, e.value.toFixed(2), e.declared.toFixed(2), e.declaredSource, e.params])).toEqual([
      ['daily-sales', '150000.00', '150000.00', 'incomeStatement.monthlyAverage.sales', { daily: '5000.00', days: 30 }],
      ['commissions', '100000.00', '150000.00', 'incomeStatement.monthlyAverage.sales', { paid: '4500.00', rate: '0.045' }],
    ]);
    expect(estimates[0]?.inputs.map((i) => [i.name, i.path, i.value])).toEqual([
      ['averageDailySales', 'salesEstimates.dailySales.averageDaily', '5000.00'],
      ['openingDaysPerMonth', 'salesEstimates.dailySales.openingDaysPerMonth', '30'],
    ]);
    // No texts on the data.
    expect(Object.keys(estimates[0] ?? {}).sort()).toEqual(['declared', 'declaredSource', 'id', 'inputs', 'params', 'value']);
    const en = estimates.map((e) => estimateTextsEn(e.id, { ...e.params }, formatMoney(e.value)));
    expect(en.map((t) => [t.name, t.formula, t.computation])).toEqual([
      ['average daily sales', 'average daily sales × opening days a month', '5,000.00 × 30 = 150,000.00'],
      ['sales commissions', 'commissions paid / commission rate', '4,500.00 / 0.045 = 100,000.00'],
    ]);
    expect(en.every((t) => t.evidence.length > 0 && t.questions.length > 0)).toBe(true);
    const zh = estimates.map((e) => estimateTextsZh(e.id, { ...e.params }, formatMoney(e.value)));
    expect(zh.map((t) => [t.name, t.formula, t.computation])).toEqual([
      ['日均销售额', '日均销售额 × 每月营业天数', '5,000.00 × 30 = 150,000.00'],
      ['销售提成', '月提成额 ÷ 提成比例', '4,500.00 ÷ 0.045 = 100,000.00'],
    ]);
    // The check's finding for the disagreeing estimate carries the same texts.
    const flags = flagsOf(run(salesTriangulationRule, profile));
    expect(flags[0]?.subject).toEqual({ estimate: 'commissions' });
    expect(flags[0]?.formula.en).toBe('estimate (commissions) = commissions paid / commission rate; deviation = (declared − estimate) / declared');
    expect(flags[0]?.computation.en).toBe('4,500.00 / 0.045 = 100,000.00; (150,000.00 − 100,000.00) / 150,000.00 = +33.33%');
    expect(flags[0]?.message.en).toBe('Declared sales of 150,000.00 a month are above the estimate from sales commissions, 100,000.00 (+33.33%).');
    expect(flags[0]?.inputs.map((i) => i.name)).toEqual(['declaredMonthlySales', 'monthlyCommissions', 'commissionRate']);
  });

  test('is skipped without any estimate', () => {
    const outcome = run(salesTriangulationRule, baseProfile());
    expect(outcome.status).toBe('skipped');
    if (outcome.status === 'skipped') {
      expect(outcome.missing).toEqual(['salesEstimates']);
      expect(outcome.reasonCode).toBe('no-estimates');
      expect(outcome.reason.zh).toContain('没有独立的销售额估算');
    }
  });

  test('rejects a cash share of 1 for bank inflows (division by zero)', async () => {
    const { analyze } = await import('../../src/report/analyze.js');
    const r = analyze(baseProfile({ salesEstimates: { bankInflows: { monthlyAverage: '1', cashShare: '1' } } }));
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code])).toEqual([['salesEstimates.bankInflows.cashShare', 'belowOne']]);
  });
});
