/** The monthly cash model and its season (docs/capacity.md §4); expected figures worked by hand in the comments. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cashModel, moveByDays, seasonOf, workingCapitalNeed } from '../../src/capacity/cash-model.js';
import { D, sum } from '../../src/money/index.js';
import { toProfileData } from '../../src/profile/domain.js';
import { parseInput } from '../../src/report/analyze.js';
import { contactCalendar } from '../../src/relationship/calendar.js';
import { defaultPolicy } from '../../src/profile/policy.js';
import { buildStatements } from '../../src/statements/index.js';

const load = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', name), 'utf8')) as { profile: Record<string, unknown> };

function modelOf(profile: unknown, policy?: unknown) {
  const p = parseInput(profile, policy);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  const data = toProfileData(p.profile);
  return cashModel(data, buildStatements(data), p.policy);
}

const decs = (xs: readonly (number | string)[]) => xs.map((x) => D(x));
const text = (xs: readonly { toFixed: (n: number) => string }[]) => xs.map((x) => x.toFixed(2));

describe('moveByDays', () => {
  test('45 days: half a month later and half two months later (d = 30 × 1 + 15); the year wraps', () => {
    const xs = decs([100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 60]);
    // January's 100: 100 × 15 / 30 = 50 in February, 50 in March; December's 60: 30 in January, 30 in February
    expect(text(moveByDays(xs, 45))).toEqual(text(decs([30, 80, 50, 0, 0, 0, 0, 0, 0, 0, 0, 0])));
  });
  test('backwards by 30 days: one month earlier; 0 days: unchanged', () => {
    const xs = decs([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(text(moveByDays(xs, -30))).toEqual(text(decs([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1])));
    expect(text(moveByDays(xs, 0))).toEqual(text(xs));
  });
  test('10 days of 100: 100 × 20 / 30 = 66.666… → 66.67 (to the fen) stays, the rest 33.33 moves on', () => {
    const moved = moveByDays(decs([100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 10);
    expect([moved[0]?.toString(), moved[1]?.toString()]).toEqual(['66.67', '33.33']);
    expect(moved[0]?.plus(moved[1] ?? 0).toString()).toBe('100');
  });
  test('property: nothing is lost, whatever the days and the fen amounts', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10n ** 13n }), { minLength: 12, maxLength: 12 }), fc.integer({ min: -360, max: 360 }), (fen, days) => {
        const xs = fen.map((f) => D(f.toString()).div(100));
        expect(sum(moveByDays(xs, days)).eq(sum(xs))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('working-capital need and season', () => {
  test('the deficit is carried until the surplus repays it, round the year', () => {
    // nets: Jan 50, Feb −30, Mar −40, Apr 20, May 60, Jun–Dec 0 (Σ 60):
    // need Feb 30, Mar 70, Apr 50, May 50 − 60 < 0 → 0
    const net = decs([50, -30, -40, 20, 60, 0, 0, 0, 0, 0, 0, 0]);
    const need = workingCapitalNeed(net);
    expect(text(need)).toEqual(text(decs([0, 30, 70, 50, 0, 0, 0, 0, 0, 0, 0, 0])));
    const s = seasonOf(net, need);
    expect(s.useMonths).toEqual([2, 3, 4]);
    expect(s.idleMonths).toEqual([1, 5]);
    expect([s.buildUpMonth, s.disbursementMonth, s.peakNeed.toString(), s.peakNeedMonth]).toEqual([2, 1, '70', 3]);
    // average 5: below it Feb, Mar and the zero months
    expect(s.slowMonths).toEqual([2, 3, 6, 7, 8, 9, 10, 11, 12]);
    expect([s.useStartMonths, s.idleStartMonths]).toEqual([[2], [1, 5]]);
  });
  test('a deficit wrapping over the new year: built in November, repaid in February; disburse in October', () => {
    // Nov −10, Dec −20, Jan 5, Feb 40, else 0: need Nov 10, Dec 30, Jan 25, Feb 25 − 40 < 0 → 0
    const net = decs([5, 40, 0, 0, 0, 0, 0, 0, 0, 0, -10, -20]);
    const s = seasonOf(net, workingCapitalNeed(net));
    expect([s.useMonths, s.buildUpMonth, s.disbursementMonth, s.peakNeedMonth]).toEqual([[1, 11, 12], 11, 10, 12]);
  });
  test('no deficit anywhere: no use months, no disbursement month, peak need 0', () => {
    const net = decs(Array(12).fill(10));
    const s = seasonOf(net, workingCapitalNeed(net));
    expect([s.useMonths, s.disbursementMonth, s.peakNeed.toString(), s.peakNeedMonth]).toEqual([[], null, '0', null]);
  });
});

describe('the garment stall (fixtures/corpus/garment-stall-seasonal.json, arithmetic in its description)', () => {
  const m = modelOf(load('corpus/garment-stall-seasonal.json').profile);
  test('the stocking lead is the profile’s 45 days', () => {
    expect([m.stockingLeadDays, m.stockingLeadSource, m.customerDays, m.supplierDays]).toEqual([45, 'profile', 30, 30]);
  });
  test('collections, purchases and supplier payments of August', () => {
    const aug = m.months[7];
    // collections 0.6 × 160,000 + 0.4 × 120,000 = 144,000; purchases 0.72 × (260,000 + 360,000) / 2 = 223,200;
    // payments 0.5 × 223,200 + 0.5 × July's 151,200 = 187,200; net 144,000 − 187,200 − 15,000 − 8,000 = −66,200
    expect([aug?.collections, aug?.purchases, aug?.supplierPayments, aug?.netCashFlow].map((x) => x?.toFixed(2))).toEqual([
      '144000.00',
      '223200.00',
      '187200.00',
      '-66200.00',
    ]);
  });
  test('money used July–November, peak need 150,200 in September, disburse in June; idle December–June', () => {
    expect(m.season.useMonths).toEqual([7, 8, 9, 10, 11]);
    expect([m.season.peakNeed.toFixed(2), m.season.peakNeedMonth, m.season.buildUpMonth, m.season.disbursementMonth]).toEqual(['150200.00', 9, 7, 6]);
    expect(m.season.idleMonths).toEqual([1, 2, 3, 4, 5, 6, 12]);
  });
  test('over the year collections sum to the sales and payments to the purchases', () => {
    expect(sum(m.months.map((x) => x.collections)).toFixed(2)).toBe('2780000.00');
    expect(sum(m.months.map((x) => x.supplierPayments)).eq(sum(m.months.map((x) => x.purchases)))).toBe(true);
  });
  test('the running position from cash + bank 200,000 at 2026-03-31: April +27,400 → 227,400', () => {
    // April: collections 0.6 × 140,000 + 0.4 × 150,000 = 144,000; purchases 0.36 × (130,000 + 120,000) = 90,000,
    // March's 0.36 × (140,000 + 130,000) = 97,200; payments 45,000 + 48,600 = 93,600; net 144,000 − 93,600 − 23,000 = 27,400
    expect([m.position[0]?.month, m.position[0]?.position.toFixed(2)]).toEqual([4, '227400.00']);
    expect(m.position[11]?.yearOffset).toBe(1);
  });
});

describe('inputs', () => {
  const trader = load('capacity/seasonal-garment-trader.json').profile;
  test('without stockingDays the policy’s lead; a different policy lead moves the purchases', () => {
    expect([modelOf(trader).stockingLeadDays, modelOf(trader).stockingLeadSource]).toEqual([30, 'policy']);
    // 60 days: purchases(January) = 0.8 × March's 150,000 = 120,000
    expect(modelOf(trader, { cashModel: { stockingLeadDays: 60 } }).months[0]?.purchases.toFixed(2)).toBe('120000.00');
  });
  test('purchases.monthly are taken as they are', () => {
    const monthly = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'].map((x) => `${x}0000`);
    const m = modelOf({ ...trader, purchases: { annual: '780000', monthly } });
    expect(m.stockingLeadSource).toBe('monthly');
    expect(m.months.map((x) => x.purchases.toFixed(0))).toEqual(monthly);
  });
  test('purchases.monthly must list twelve months', () => {
    expect(parseInput({ ...trader, purchases: { annual: '10', monthly: ['10'] } }).ok).toBe(false);
  });
});

describe('the calendar talks deposits when the idle months begin', () => {
  test('idle from November: a task on 2026-11-01, none after maturity', () => {
    const cal = contactCalendar({
      disbursementDate: '2026-02-20',
      maturityDate: '2027-02-20',
      peakMonths: [3],
      idleMonths: [11],
      policy: defaultPolicy().relationship.calendar,
    });
    const idle = cal.tasks.filter((t) => t.kind === 'idle-deposits');
    expect(idle.map((t) => t.date)).toEqual(['2026-11-01']);
    expect(idle[0]?.title).toEqual({ en: 'Idle months begin (November)', zh: '资金闲置月份（11月起）' });
  });
});

describe('workingCapitalNeed against the largest deficit of any run of up to twelve months (an independent oracle)', () => {
  test('property: equal whenever the year’s net flows sum to at least 0', () => {
    const oracle = (net: readonly number[]) =>
      net.map((_, m) => {
        let worst = 0;
        let run = 0;
        for (let length = 1; length <= 12; length++) {
          run += net[(m - length + 1 + 12) % 12] ?? 0; // integers (fen): exact in a double
          worst = Math.max(worst, -run);
        }
        return worst;
      });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 12, maxLength: 12 }), (net) => {
        fc.pre(net.reduce((a, b) => a + b, 0) >= 0);
        expect(workingCapitalNeed(net.map((x) => D(x))).map((x) => x.toNumber())).toEqual(oracle(net));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the memo without a stock build-up', () => {
  test('says so instead of naming a disbursement month', async () => {
    const { analyze } = await import('../../src/report/analyze.js');
    const { renderMarkdown } = await import('../../src/report/markdown.js');
    // the garment stall with 1,000,000 of other household income a month: its worst net flow (August, −66,200) becomes
    // 933,800, so no deficit is ever carried and there is no build-up to lend before
    const stall = load('corpus/garment-stall-seasonal.json').profile;
    const r = analyze({ ...stall, household: { members: 4, monthlyExpenses: '8000', otherMonthlyIncome: '1000000' } }, { extras: true });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.report.fundingPlan?.suggestedDisbursementMonth).toBeNull();
    expect(renderMarkdown(r.report, 'zh')).toContain('- 建议放款月份：无（现金流模型未见备货期资金缺口');
  });
});
