import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { maxAffordable, outsideMoneyOf, paymentCoefficients, walkPosition } from '../../src/capacity/capacity.js';
import { buildFundingPlan } from '../../src/capacity/funding-plan.js';
import { cashModel } from '../../src/capacity/cash-model.js';
import { recommend } from '../../src/capacity/recommend.js';
import { D } from '../../src/money/index.js';
import { toProfileData } from '../../src/profile/domain.js';
import { analyze, parseInput, runAnalysis } from '../../src/report/analyze.js';
import type { Flag } from '../../src/rules/types.js';
import { buildStatements } from '../../src/statements/index.js';
import type { PolicyInput } from '../../src/profile/policy.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', name), 'utf8')) as { profile: Record<string, unknown> };
const seasonal = fixture('capacity/seasonal-garment-trader.json').profile;
const grocery = fixture('capacity/grocery-capacity-exceeded.json').profile;

// The completeness gates off, as in the capacity case files: these tests are about the capacity.
// These tests weigh the capacity and the fail-closed step alone: no completeness gates, no loan conditions (issue 14).
const GATES_OFF = { decision: { gates: [] }, conditions: { compensatingDeposit: { share: '0' }, moveSettlementAccount: false } };

function reportOf(profile: unknown, policy?: object) {
  const r = analyze(profile, { policy: { ...GATES_OFF, ...policy } as PolicyInput, extras: true });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.report;
}

function analysisOf(profile: unknown, policy?: object) {
  const p = parseInput(profile, { ...GATES_OFF, ...policy });
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return runAnalysis(p.profile, p.policy, undefined, { extras: true });
}

describe('capacity month by month', () => {
  test('seasonal trader under the default worst-month basis: February’s surplus (−8,000) cannot carry any instalment', () => {
    const r = reportOf(seasonal);
    // period 5 falls due 2027-02-10; surplus 0.2 × 100,000 − 28,000 = −8,000 → no ratio, the worst window
    expect(r.capacity?.worst).toEqual({ periods: [5], payment: '9048.50', surplus: '-8000.00', ratio: null });
    const flag = r.flags.find((f) => f.code === 'REPAYMENT_CAPACITY_EXCEEDED');
    expect(flag?.severity).toBe('critical');
    expect(flag?.observed).toBeNull();
    // no amount keeps P × a ≤ 0.7 × (−8,000): nothing is affordable, below the 2,000 minimum → decline
    expect(r.recommendation?.maxAmount).toBe('0.00');
    expect(r.recommendation?.decision).toBe('decline');
    expect(r.recommendation?.reasons).toEqual(['REPAYMENT_CAPACITY_EXCEEDED', 'SEASONAL_SHORTFALL']);
  });

  test('the recommendation is data; its message is written from the catalogs in the report', () => {
    const a = analysisOf(seasonal);
    const loan = a.context.capacity.loan;
    const rec = loan && recommend(loan, a.findings);
    expect(rec && 'message' in rec).toBe(false);
    // nothing affordable (0.00) is below the 2,000 minimum over the 12 months asked: decline without a blocking code
    expect(rec?.params).toEqual({
      blocking: [],
      requested: '100000.00',
      termMonths: 12,
      maxAmount: '0.00',
      minimumAmount: '2000.00',
      failedRules: [],
      missing: [],
      grounds: [],
      conditions: 0,
      plan: null,
    });
    expect(reportOf(seasonal).recommendation?.message).toEqual({
      en: 'Decline: on verified figures, the largest affordable amount over 12 months (0.00) is below the minimum loan (2,000.00).',
      zh: '不予批准：按已核实的数据，12 个月期可负担的最高金额（0.00 元）低于最低贷款额（2,000.00 元）。',
    });
  });

  test('without a loan request the capacity stage says why as a code', () => {
    const a = analysisOf({ ...grocery, loanRequest: undefined });
    expect(a.context.capacity.loan).toBeNull();
    expect(a.context.capacity.skipped?.skip).toEqual({ code: 'no-loan-request' });
    expect(a.context.capacity.skipped?.missing).toEqual(['loanRequest']);
  });

  test('an opening buffer of cash + bank (50,000) carries the trader through February and March', () => {
    const r = reportOf(seasonal, { capacity: { basis: 'whole-term', openingBuffer: 'cash-and-bank' } });
    // buffer after January = 50,000 + 1,806.00 = 51,806.00; Feb 51,806.00 − 17,048.50 = 34,757.50; Mar − 7,048.50 = 27,709.00
    expect(r.capacity?.months[4]?.bufferAfter).toBe('34757.50');
    expect(r.capacity?.months[5]?.bufferAfter).toBe('27709.00');
    expect(r.capacity?.uncoveredPeriods).toEqual([]);
    expect(r.capacity?.bufferPeriods).toEqual([2, 3, 4, 5, 6]);
    const flag = r.flags.find((f) => f.code === 'SEASONAL_SHORTFALL');
    expect(flag?.severity).toBe('info');
    expect(r.recommendation?.decision).toBe('approve');
  });

  test('a deficit is carried until the surplus repays it: February to April uncovered, 22,291.00 outside money for 3 months', () => {
    const r = reportOf(seasonal, { capacity: { basis: 'whole-term' } });
    // docs/capacity.md §5: surplus − 9,048.50 from October: 22,951.50; Nov–Jan −7,048.50 each → 15,903.00, 8,854.50,
    // 1,806.00; Feb −8,000 − 9,048.50 = −17,048.50 → −15,242.50; Mar −7,048.50 → −22,291.00; Apr 12,000 − 9,048.50 =
    // 2,951.50 → −19,339.50 (still below 0: uncovered, adds nothing); May 32,000 − 9,048.50 = 22,951.50 → 3,612.00
    const after = r.capacity?.months.map((m) => m.bufferAfter);
    expect(after?.slice(3, 8)).toEqual(['1806.00', '-15242.50', '-22291.00', '-19339.50', '3612.00']);
    expect(r.capacity?.months.slice(4, 7).map((m) => [m.status, m.gap])).toEqual([
      ['uncovered', '15242.50'],
      ['uncovered', '7048.50'],
      ['uncovered', '0.00'],
    ]);
    expect(r.capacity?.uncoveredPeriods).toEqual([5, 6, 7]);
    // shortfall periods stay those whose surplus is below the instalment (April's is not)
    expect(r.capacity?.shortfallPeriods).toEqual([2, 3, 4, 5, 6]);
    expect(r.capacity?.uncoveredGap).toBe('22291.00');
    expect(r.capacity?.outsideMoney).toEqual({ peak: '22291.00', peakPeriod: 6, months: 3, firstPeriod: 5, repaidPeriod: 8, owedAtEnd: '0.00' });
  });

  test('walkPosition: the position is never reset; a deficit still owed at the end is reported', () => {
    const d = (xs: number[]) => xs.map((x) => new D(x));
    // opening 5; nets 5 − 20 = −15 → −10 (gap 10), 10 − 20 = −10 → −20 (gap 10), 30 − 20 = 10 → −10 (gap 0), 0 − 20 → −30 (gap 20)
    const steps = walkPosition(new D(5), d([5, 10, 30, 0]), d([20, 20, 20, 20]));
    expect(steps.map((x) => [x.after.toString(), x.status, x.gap.toString()])).toEqual([
      ['-10', 'uncovered', '10'],
      ['-20', 'uncovered', '10'],
      ['-10', 'uncovered', '0'],
      ['-30', 'uncovered', '20'],
    ]);
    const o = outsideMoneyOf(steps);
    expect([o.peak.toString(), o.peakPeriod, o.months, o.firstPeriod, o.repaidPeriod, o.owedAtEnd.toString()]).toEqual(['30', 4, 4, 1, null, '30']);
    // covered, by the buffer, covered: 10 − 4 = 6 → 6; 0 − 4 → 2 (buffer); nothing outside
    const fine = walkPosition(new D(0), d([10, 0, 4]), d([4, 4, 4]));
    expect(fine.map((x) => x.status)).toEqual(['covered', 'buffer', 'covered']);
    expect(outsideMoneyOf(fine)).toMatchObject({ months: 0, peakPeriod: null, firstPeriod: null, repaidPeriod: null });
  });

  test('due months follow the disbursement date; without one the analysis date is the start', () => {
    const r = reportOf({ ...grocery, loanRequest: { amount: '10000', termMonths: 2, monthlyRate: '0.01' } });
    // analysis date 2026-06-30 → due 2026-07-30, 2026-08-30
    expect(r.capacity?.startSource).toBe('analysisDate');
    expect(r.capacity?.months.map((m) => m.dueDate)).toEqual(['2026-07-30', '2026-08-30']);
  });

  test('a 50% limit (stricter, by configuration) lowers the grocery’s affordable amount', () => {
    const r = reportOf(grocery, { capacity: { limit: '0.5' } });
    // 0.5 × 8,000 = 4,000 / 0.0904849657 = 44,206.24 → 44,000
    expect(r.recommendation?.maxAmountExact).toBe('44206.24');
    expect(r.recommendation?.maxAmount).toBe('44000.00');
  });

  test('no loan request: no schedule, capacity or recommendation; both capacity rules skipped; the funding plan is still drawn', () => {
    const { loanRequest: _, ...noLoan } = seasonal;
    const r = reportOf(noLoan);
    expect([r.schedule, r.capacity, r.recommendation]).toEqual([null, null, null]);
    const rules = r.rules.filter((x) => x.id === 'repayment-capacity' || x.id === 'seasonal-shortfall');
    expect(rules.map((x) => [x.status, x.missing])).toEqual([
      ['skipped', ['loanRequest']],
      ['skipped', ['loanRequest']],
    ]);
    // the cash model (stock bought 30 days ahead): net Jan 150,000 − 0.8 × 100,000 − 28,000 = 42,000, Feb 100,000 −
    // 0.8 × 150,000 − 28,000 = −48,000: the build-up starts in February, so the loan should come in January
    expect([r.fundingPlan?.buildUpMonth, r.fundingPlan?.suggestedDisbursementMonth]).toEqual([2, 1]);
  });

  test('the profile is not mutated', () => {
    const copy = structuredClone(seasonal);
    reportOf(seasonal, { capacity: { basis: 'whole-term' } });
    expect(seasonal).toEqual(copy);
  });

  test('policy errors name their path', () => {
    const r = analyze(seasonal, { policy: { capacity: { limit: '0', basis: 'monthly', alternativeTerms: [0] } } as unknown as PolicyInput });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.path).sort()).toEqual([
        'policy.capacity.alternativeTerms[0]',
        'policy.capacity.basis',
        'policy.capacity.limit',
      ]);
  });
});

describe('the affordable amount, solved exactly', () => {
  const flat = (surplus: string) => ({
    limit: new D('0.7'),
    basis: 'worst-month' as const,
    openingBuffer: new D(0),
    surplusByMonth: Array.from({ length: 12 }, () => new D(surplus)),
    grossProfitByMonth: Array.from({ length: 12 }, () => new D(0)),
    start: { year: 2026, month: 1, day: 31 },
  });

  test('equal principal: the first payment binds; at exactly the limit the amount is still affordable', () => {
    // c₁ = (1 + 0.01 × 12) / 12 = 0.09333…; 0.7 × 1,000 / 0.09333… = 7,500 exactly; first payment 625 + 75 = 700 = 0.7 × 1,000
    const a = maxAffordable({ monthlyRate: new D('0.01'), months: 12, method: 'equal-principal', rounding: 'half-up' }, flat('1000'), new D(500));
    expect(a.exact.toFixed(2)).toBe('7500.00');
    expect(a.amount.toFixed(2)).toBe('7500.00');
    expect(a.binding).toEqual({ kind: 'limit', periods: [1] });
    expect(a.schedule?.rows[0]?.payment.toFixed(2)).toBe('700.00');
  });

  test('the coefficients are the payments per unit: annuity PMT(1.29%, 12, 1) = 0.0904849657…', () => {
    const [c] = paymentCoefficients(new D('0.0129'), 12, 'annuity');
    expect(c?.toFixed(10)).toBe('0.0904849657');
    const ep = paymentCoefficients(new D('0.01'), 4, 'equal-principal');
    // (1 + 0.01 × (4 − k + 1)) / 4: 0.26, 0.2575, 0.255, 0.2525
    expect(ep.map((x) => x.toFixed(4))).toEqual(['0.2600', '0.2575', '0.2550', '0.2525']);
  });

  test('with a multiple of one fen the bound is floored to the fen and the fen-rounded schedule still fits', () => {
    // surplus 9,048.49 / limit 1: PMT(100,000) = 9,048.4965… > 9,048.49, so the exact bound is 99,999.93…;
    // with a multiple of 0.01 the floor 99,999.93 gives an instalment of 9,048.49 (99,999.93 × 0.0904849657 = 9,048.4902): fits
    const terms = { ...flat('9048.49'), limit: new D(1) };
    const a = maxAffordable({ monthlyRate: new D('0.0129'), months: 12, method: 'annuity', rounding: 'half-up' }, terms, new D('0.01'));
    expect(a.exact.toFixed(2)).toBe('99999.93');
    expect(a.schedule !== null && a.schedule.rows.every((r) => r.payment.lte('9048.49'))).toBe(true);
  });
});

describe('funding plan', () => {
  const plan = (monthly: string[], analysisDate = '2026-08-31') => {
    const p = parseInput({ ...seasonal, analysisDate, sales: { monthly } });
    if (!p.ok) throw new Error('bad');
    const profile = toProfileData(p.profile);
    const s = buildStatements(profile);
    return buildFundingPlan(s.incomeStatement, s.balanceSheet, profile.analysisDate, cashModel(profile, s, p.policy));
  };

  test('a peak that wraps over the new year: money used from March to January, the plan suggests February', () => {
    // thousand CNY: sales Jan–Feb and Nov–Dec 300, else 100; margin 20%, stock bought 30 days ahead (the policy's
    // default lead: purchases(m) = 0.8 × sales(m + 1)), all collected and paid in the month; costs 20 + household 8.
    // net(m) = sales(m) − 0.8 × sales(m + 1) − 28: Jan 300 − 240 − 28 = 32, Feb 300 − 80 − 28 = 192, Mar–Sep
    // 100 − 80 − 28 = −8, Oct 100 − 240 − 28 = −168, Nov 32, Dec 300 − 240 − 28 = 32 (Σ 64 ≥ 0).
    // Deficit carried: Mar 8, Apr 16 … Sep 56, Oct 224, Nov 192, Dec 160, Jan 128, Feb 128 − 192 < 0 → 0.
    const k = (x: number) => String(x * 1000);
    const p = plan([300, 300, 100, 100, 100, 100, 100, 100, 100, 100, 300, 300].map(k));
    expect(p.usingMoney).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(p.buildUpMonth).toBe(3);
    expect(p.suggestedDisbursementMonth).toBe(2);
    expect(p.peakWorkingCapitalNeed.toFixed(2)).toBe('224000.00');
    expect(p.peakNeedMonth).toBe(10);
    // the only idle month (no need, net > 0) is February: the trough to compare with the bank statement
    expect([p.idleMonths, p.troughMonth]).toEqual([[2], 2]);
    // cash 10,000 + bank 40,000 at the analysis date: 224,000 − 50,000 = 174,000 the owner's cash does not carry
    expect(p.fundingGap.toFixed(2)).toBe('174000.00');
  });

  test('even sales: not seasonal, no plan', () => {
    const p = plan(Array(12).fill('1000'));
    expect([p.seasonal, p.suggestedDisbursementMonth, p.expectedTroughDeposits]).toEqual([false, null, null]);
  });

  test('deposits never go below 0 at the peak', () => {
    // August sales 300,000; September 350,000: 50,000 + 190,000 × (1 − 350/300) = 18,333.33; with 600,000 in September: 50,000 − 190,000 = −140,000 → 0
    const monthly = ['150000', '100000', '150000', '200000', '300000', '300000', '250000', '300000', '600000', '300000', '150000', '150000'];
    expect(plan(monthly).months[8]?.expectedDeposits?.toFixed(2)).toBe('0.00');
  });
});

describe('recommendation', () => {
  const base = analysisOf(fixture('capacity/grocery-fits.json').profile);
  const loan = base.context.capacity.loan;
  // recommend() reads only a flag's code and severity
  const flag = (code: string, severity: Flag['severity']) => ({ code, severity }) as Flag;

  test('fits and no flags: approve as asked', () => {
    expect(loan && recommend(loan, []).decision).toBe('approve');
  });
  test('a warning from a cross-check does not change the decision; it is listed in notes', () => {
    const r = loan && recommend(loan, [flag('RECEIVABLES_INCONSISTENT', 'warning')]);
    expect([r?.decision, r?.reasons, r?.notes]).toEqual(['approve', [], ['RECEIVABLES_INCONSISTENT']]);
  });
  test('a critical cross-check flag refers back (not decline), naming it, its settling an open point', () => {
    const r = loan && recommend(loan, [{ ...flag('EQUITY_RECONCILIATION_GAP', 'critical'), subject: {} }]);
    expect([r?.decision, r?.reasons, r?.amount]).toEqual(['refer-back', ['EQUITY_RECONCILIATION_GAP'], null]);
    expect(r?.openPoints).toEqual([{ source: 'flag', code: 'EQUITY_RECONCILIATION_GAP', subject: {}, params: {} }]);
  });
});
