import { describe, expect, test } from 'vitest';
import { productionCapacityRule } from '../../src/rules/production-capacity/index.js';
import { baseProfile, flagsOf, run } from './context.js';

// A hardware workshop: declared sales 3,600,000 a year = 300,000 a month, at 50 a piece = 6,000 pieces a month.
const workshop = (operations: Record<string, unknown>) =>
  baseProfile({
    business: { name: 'test', industry: 'hardware machining', kind: 'production', startDate: '2015-01-01' },
    sales: { annual: '3600000' },
    operations: { unit: 'piece', averageUnitPrice: '50', ...operations },
  });

describe('PRODUCTION_CAPACITY', () => {
  test('fires for each observation that does not match the declared volume', () => {
    const profile = workshop({
      // 10 × 25 × (26 + 4) = 7,500; (6,000 − 7,500) / 6,000 = −25%: warning
      workers: 10,
      outputPerWorkerDay: '25',
      workingDaysPerMonth: 26,
      overtimeDaysPerMonth: '4',
      // (13,000 − 1,000) / 2 = 6,000: agrees
      electricity: { kWhPerMonth: '13000', baseLoadKWh: '1000', kWhPerUnit: '2' },
      // copper filings: 540 / 0.2 = 2,700; (6,000 − 2,700) / 6,000 = +55%: critical
      consumables: [{ item: 'copper filings', kind: 'by-product', quantityPerMonth: '540', perUnitOfOutput: '0.2', unit: 'kg' }],
    });
    const flags = flagsOf(run(productionCapacityRule, profile));
    expect(flags.map((f) => [f.code, f.severity, f.observed, f.expected, f.deviation?.relative])).toEqual([
      ['PRODUCTION_CAPACITY', 'warning', '6000', '7500', '-0.2500'],
      ['PRODUCTION_CAPACITY', 'critical', '6000', '2700', '0.5500'],
    ]);
    expect(flags[1]?.computation.en).toContain('540 kg / 0.2 kg = 2,700');
    expect(flags[1]?.computation.en).toBe('declared 300,000.00 / 50.00 = 6,000; 540 kg / 0.2 kg = 2,700; (6,000 − 2,700) / 6,000 = +55.00%');
    expect(flags[1]?.computation.zh).toBe('申报 300,000.00 ÷ 50.00 = 6,000；540 kg ÷ 0.2 kg = 2,700；(6,000 − 2,700) ÷ 6,000 = +55.00%');
    // Each finding names its observation; the by-product by its index in operations.consumables.
    expect(flags.map((f) => f.subject)).toEqual([{ observation: 'labour' }, { observation: 'by-product', consumable: 0 }]);
    // |−25%| > productionCapacity.tolerance 0.2; |+55%| > productionCapacity.critical 0.5
    expect(flags.map((f) => f.requirement)).toEqual([
      { path: 'productionCapacity.tolerance', value: '0.2' },
      { path: 'productionCapacity.critical', value: '0.5' },
    ]);
    expect(flags[0]?.params).toEqual({ unit: 'piece', declaredFrom: 'sales', sales: '300000.00', price: '50.00', workers: 10, perDay: '25', workingDays: 26, overtime: '4' });
    expect(flags[0]?.formula.en).toBe('implied output (labour) = workers × output per worker-day × (working days + overtime days); deviation = (declared − estimate) / declared');
    expect(flags[0]?.message.en).toBe('Declared output of 6,000 piece a month is less than the workers implies: 7,500 (-25.00%); idle capacity, or output sold undeclared?');
    expect(flags[0]?.message.zh).toBe('申报月产量 6,000（piece），低于按工人产能推算的 7,500（偏差 -25.00%）：是产能闲置，还是有未申报的销售？');
    expect(flags[1]?.formula.en).toContain('implied output (by-product:copper filings) = copper filings a month / copper filings per unit of output');
    expect(flags[1]?.message.zh).toBe('申报月产量 6,000（piece），超过按副产品copper filings推算的 2,700（偏差 +55.00%）。');
    // Above the implied output, the question is where else the work is done; below it, the order books.
    expect(flags[1]?.questions.at(-1)?.en).toBe('Where else is the work done, and who does it?');
    expect(flags[0]?.questions.at(-1)?.zh).toBe('目前订单排得满不满？');
    expect(flags[1]?.inputs.map((i) => [i.name, i.path])).toEqual([
      ['declaredMonthlySales', 'incomeStatement.monthlyAverage.sales'],
      ['averageUnitPrice', 'operations.averageUnitPrice'],
      ['consumablePerMonth', 'operations.consumables[0].quantityPerMonth'],
      ['consumablePerUnitOfOutput', 'operations.consumables[0].perUnitOfOutput'],
    ]);
  });

  test('stays quiet when every observation explains the declared volume', () => {
    const profile = workshop({
      // 10 × 25 × (22 + 2) = 6,000
      workers: 10,
      outputPerWorkerDay: '25',
      workingDaysPerMonth: 22,
      overtimeDaysPerMonth: '2',
      electricity: { kWhPerMonth: '12000', kWhPerUnit: '2' },
      // 1,200 / 0.2 = 6,000
      consumables: [{ item: 'copper filings', kind: 'by-product', quantityPerMonth: '1200', perUnitOfOutput: '0.2' }],
    });
    expect(flagsOf(run(productionCapacityRule, profile))).toEqual([]);
  });

  test('uses the declared units when given, and is skipped for traders', () => {
    // 5,000 declared; 10 × 25 × 22 = 5,500: (5,000 − 5,500) / 5,000 = −10%, inside 20%
    const profile = workshop({ declaredUnitsPerMonth: '5000', workers: 10, outputPerWorkerDay: '25', workingDaysPerMonth: 22 });
    expect(flagsOf(run(productionCapacityRule, profile))).toEqual([]);
    const trader = run(productionCapacityRule, baseProfile({ operations: { workers: 3 } }));
    expect(trader.status).toBe('skipped');
    if (trader.status === 'skipped') {
      expect([trader.reasonCode, trader.missing]).toEqual(['not-production', ['business.kind']]);
      expect(trader.reason.zh).toBe('仅适用于生产型企业（本户为贸易型）');
    }
  });

  test('electricity above the declared units: a warning, the declared units shown as given', () => {
    // 5,000 declared; (16,000 − 0) / 2 = 8,000: (5,000 − 8,000) / 5,000 = −60%: critical
    const profile = workshop({ declaredUnitsPerMonth: '5000', electricity: { kWhPerMonth: '16000', kWhPerUnit: '2' } });
    const flags = flagsOf(run(productionCapacityRule, profile));
    expect(flags.map((f) => [f.subject, f.severity, f.observed, f.expected, f.deviation?.relative])).toEqual([
      [{ observation: 'electricity' }, 'critical', '5000', '8000', '-0.6000'],
    ]);
    expect(flags[0]?.inputs.find((i) => i.name === 'baseLoadKWh')).toMatchObject({ value: '0', defaulted: true });
    expect(flags[0]?.computation.en).toBe('declared 5,000; (16,000 − 0) / 2 = 8,000; (5,000 − 8,000) / 5,000 = -60.00%');
    expect(flags[0]?.formula.zh).toBe('按用电量推算的月产量 = (每月用电 kWh − 基础用电 kWh) ÷ 单位产品耗电 kWh；偏差 = (申报产量 − 推算产量) ÷ 申报产量');
  });
});
