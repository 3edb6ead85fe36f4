/** SEASONAL_SHORTFALL on the seasonal garment trader (fixtures/capacity/seasonal-garment-trader.json: the arithmetic is in its description). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { seasonalShortfallRule } from '../../src/rules/seasonal-shortfall/index.js';
import { flagsOf, run } from './context.js';

const trader = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'capacity', 'seasonal-garment-trader.json'), 'utf8'),
) as { profile: Record<string, unknown> };

describe('SEASONAL_SHORTFALL', () => {
  test('November to January covered by October, February and March not: critical', () => {
    const flags = flagsOf(run(seasonalShortfallRule, trader.profile, { capacity: { basis: 'whole-term' } }));
    // Σ shortfall 4 × 7,048.50 + 17,048.50 = 45,242.50; covered 22,951.50 (October's surplus); uncovered 15,242.50 + 7,048.50 = 22,291.00
    expect(flags.map((f) => [f.code, f.severity, f.unit, f.observed, f.expected, f.deviation])).toEqual([
      ['SEASONAL_SHORTFALL', 'critical', 'CNY', '45242.50', '22951.50', { absolute: '22291.00', relative: null }],
    ]);
    const f = flags[0];
    expect(f?.subject).toEqual({});
    expect(f?.requirement).toEqual({ path: 'capacity.openingBuffer', value: 'none' });
    expect(f?.params).toMatchObject({
      termMonths: 12,
      shortfallMonths: 5,
      openingBuffer: '0.00',
      covered: ['2026-11', '2026-12', '2027-01'],
      // the deficit carried: February 1,806.00 − 17,048.50 = −15,242.50; March −15,242.50 − 7,048.50 = −22,291.00;
      // April −22,291.00 + 12,000 − 9,048.50 = −19,339.50 (still below 0: uncovered); May −19,339.50 + 22,951.50 = 3,612.00
      uncovered: [
        { month: '2027-02', gap: '15242.50' },
        { month: '2027-03', gap: '22291.00' },
        { month: '2027-04', gap: '19339.50' },
      ],
    });
    expect(f?.message.en).toBe(
      'In 5 of 12 months the surplus does not cover the new instalment. Covered by the cash carried from earlier months: 2026-11, 2026-12, 2027-01. Not covered: 2027-02 (15,242.50), 2027-03 (22,291.00), 2027-04 (19,339.50).',
    );
    expect(f?.message.zh).toBe(
      '12 个月中有 5 个月的月可支配收入不足以支付新增月供。可由前期结余弥补：2026-11、2026-12、2027-01。无法弥补：2027-02（缺口 15,242.50）、2027-03（缺口 22,291.00）、2027-04（缺口 19,339.50）。',
    );
    // Feb: −8,000 − 9,048.50 = −17,048.50 against the 1,806.00 left after January
    expect(f?.computation.en).toContain('2027-02: -8,000.00 − 9,048.50 = -17,048.50; buffer 1,806.00 → not covered, gap 15,242.50');
    expect(f?.computation.zh).toContain('2027-02：-8,000.00 − 9,048.50 = -17,048.50，前期结余 1,806.00 → 无法弥补，缺口 15,242.50');
    expect(f?.computation.zh.startsWith('期初结余 = 0.00（不计期初资金）；')).toBe(true);
  });

  test('an opening buffer of cash + bank covers every month: information only', () => {
    const flags = flagsOf(run(seasonalShortfallRule, trader.profile, { capacity: { basis: 'whole-term', openingBuffer: 'cash-and-bank' } }));
    // cash 10,000 + bank 40,000 = 50,000 carries February and March (test/capacity: buffer after March 27,709.00)
    expect(flags.map((f) => [f.severity, f.deviation?.absolute])).toEqual([['info', '0.00']]);
    expect(flags[0]?.requirement).toEqual({ path: 'capacity.openingBuffer', value: 'cash-and-bank' });
    expect(flags[0]?.message.en).toContain('Not covered: none.');
    expect(flags[0]?.message.zh).toContain('无法弥补：无。');
  });

  test('skipped without a loan request, with its own reason', () => {
    const { loanRequest: _, ...noLoan } = trader.profile;
    expect(run(seasonalShortfallRule, noLoan)).toMatchObject({
      status: 'skipped',
      reasonCode: 'no-loan-request',
      missing: ['loanRequest'],
      reason: { en: 'no loan request in the profile', zh: '档案中没有贷款申请' },
    });
  });
});
