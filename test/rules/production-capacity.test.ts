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
    expect(flags[1]?.computation).toContain('540 kg / 0.2 kg = 2700');
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
  });
});
