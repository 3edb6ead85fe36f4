/**
 * Loan conditions (src/conditions, docs/conditions.md). Every expected figure is worked by hand in its comment; the
 * effective costs come from an independent reference: the schedule rebuilt and the IRR found by 200 bisections in
 * Python's decimal module (50-digit precision), not from xcheck's solver.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONDITION_CODES, conditionText, gridRate, type LoanCondition, proposeConditions } from '../../src/conditions/index.js';
import { depositPotential } from '../../src/conditions/potential.js';
import { D } from '../../src/money/index.js';
import { DEPOSIT_PATTERNS } from '../../src/profile/relationship.js';
import { parseInput, runAnalysis } from '../../src/report/analyze.js';
import { expectDeposits } from '../../src/relationship/deposit.js';

const root = join(import.meta.dirname, '..', '..', 'fixtures');
const caseFile = JSON.parse(readFileSync(join(root, 'conditions', 'grocery-deposit-condition.json'), 'utf8')) as {
  profile: Record<string, unknown>;
};

function contextOf(profile: unknown, policy?: unknown) {
  const parsed = parseInput(profile, policy);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return runAnalysis(parsed.profile, parsed.policy).context;
}

const grocery = (over: Record<string, unknown> = {}) => ({ ...caseFile.profile, ...over });
const loan = (amount: string | number, termMonths = 12) => ({ amount: D(amount), termMonths });
const byCode = (cs: readonly LoanCondition[], code: string) => cs.find((c) => c.code === code);

describe('proposeConditions: the fixture grocery-deposit-condition (default policy)', () => {
  const cs = proposeConditions(contextOf(caseFile.profile), loan(50000));
  test('a deposit, the flows moved, and what happens at renewal; no rate (the grid gives 1.29%) nor guarantor (never by default)', () => {
    expect(cs.map((c) => c.code)).toEqual(['COMPENSATING_DEPOSIT', 'MOVE_SETTLEMENT_ACCOUNT', 'RENEWAL_IF_NOT_KEPT']);
  });
  test('the deposit: 20% of 50,000 = 10,000, within the potential 100,000 × 0.25 = 25,000', () => {
    expect(byCode(cs, 'COMPENSATING_DEPOSIT')?.params).toMatchObject({
      amount: '50000.00',
      share: '0.2000',
      shareAmount: '10000.00', // 50,000 × 0.2
      potential: '25000.00', // 1,200,000 / 12 × 0.25
      pattern: 'steady',
      sizedToPotential: false,
      deposit: '10000.00',
      depositInterest: '150.00', // 10,000 × 0.015 × 12 / 12
      usableAmount: '40000.00',
    });
  });
  test('the effective cost of the package beside the contract rate', () => {
    // flows +40,000, 11 × −4,524.25, −4,524.22 + 10,000 + 150 = +5,625.78; IRR 0.0192122807 (Python decimal bisection)
    // 1.0192122807^12 − 1 = 0.2565384290; contract 1.0129^12 − 1 = 0.1662693265
    expect(byCode(cs, 'COMPENSATING_DEPOSIT')?.params).toMatchObject({
      contractMonthlyRate: '0.012900',
      contractEffectiveAnnualRate: '0.166269',
      monthlyCost: '0.019212',
      effectiveAnnualCost: '0.256538',
    });
  });
  test('the flows: 100% of sales, 100,000 a month, with the monitor band 50% / 80%', () => {
    expect(byCode(cs, 'MOVE_SETTLEMENT_ACCOUNT')).toEqual({
      code: 'MOVE_SETTLEMENT_ACCOUNT',
      params: { bankSettledShare: '1.0000', averageMonthlyInflows: '100000.00', tolerance: '0.5000', critical: '0.8000' },
      reasons: ['conditions.moveSettlementAccount', 'relationship.bankSettledShare'],
    });
  });
  test('renewal: 1.29% + 0.10% = 1.39% a month, or 30% on deposit; its reasons name the conditions it enforces', () => {
    expect(byCode(cs, 'RENEWAL_IF_NOT_KEPT')).toEqual({
      code: 'RENEWAL_IF_NOT_KEPT',
      params: { contractMonthlyRate: '0.012900', rateIncrease: '0.001000', penaltyMonthlyRate: '0.013900', depositShare: '0.3000' },
      reasons: ['conditions.renewal', 'COMPENSATING_DEPOSIT', 'MOVE_SETTLEMENT_ACCOUNT'],
    });
  });
});

describe('proposeConditions: sizing the deposit', () => {
  test('a pass-through client: the deposit is sized to its potential 100,000 × 0.03 = 3,000', () => {
    const cs = proposeConditions(contextOf(grocery({ relationship: { depositPattern: 'pass-through' } })), loan(50000));
    // flows +47,000, 11 × −4,524.25, −4,524.22 + 3,000 + 45 = −1,479.22; IRR 0.0142861998; 1.0142861998^12 − 1 = 0.1855672639
    expect(byCode(cs, 'COMPENSATING_DEPOSIT')?.params).toMatchObject({
      potential: '3000.00',
      shareAmount: '10000.00',
      sizedToPotential: true,
      deposit: '3000.00',
      depositInterest: '45.00', // 3,000 × 0.015
      usableAmount: '47000.00',
      monthlyCost: '0.014286',
      effectiveAnnualCost: '0.185567',
    });
    expect(byCode(cs, 'COMPENSATING_DEPOSIT')?.reasons).toContain('conditions.compensatingDeposit.sizeToPotential');
  });
  test('sizeToPotential false: the share whatever the pattern (10,000)', () => {
    const ctx = contextOf(grocery({ relationship: { depositPattern: 'pass-through' } }), { conditions: { compensatingDeposit: { sizeToPotential: false } } });
    expect(byCode(proposeConditions(ctx, loan(50000)), 'COMPENSATING_DEPOSIT')?.params).toMatchObject({ deposit: '10000.00', sizedToPotential: false });
  });
  test('rounded down to the policy multiple: 52,500 × 0.2 = 10,500 → 10,000', () => {
    expect(byCode(proposeConditions(contextOf(grocery()), loan(52500)), 'COMPENSATING_DEPOSIT')?.params['deposit']).toBe('10000.00');
  });
  test('a potential below the multiple asks no deposit (and interest alone is the return)', () => {
    // 1,000 × 0.2 = 200 → 0 after rounding down to 1,000
    const cs = proposeConditions(contextOf(grocery()), loan(1000));
    expect(cs.map((c) => c.code)).toEqual(['MOVE_SETTLEMENT_ACCOUNT', 'RENEWAL_IF_NOT_KEPT']);
  });
  test('a bank that asks neither a deposit nor the flows: no condition, not even renewal', () => {
    const ctx = contextOf(grocery(), { conditions: { compensatingDeposit: { share: 0 }, moveSettlementAccount: false } });
    expect(proposeConditions(ctx, loan(50000))).toEqual([]);
  });
});

describe('proposeConditions: rate grid and guarantor', () => {
  const grid = {
    conditions: {
      // open band first: the grid is read by upTo, null last
      rateGrid: [
        { upTo: null, newClient: '0.0119', returningClient: '0.0109' },
        { upTo: '30000', newClient: '0.0139', returningClient: '0.0129' },
      ],
    },
  };
  test('a new client, 50,000: the open band at 1.19%, with the package cost at that rate', () => {
    const cs = proposeConditions(contextOf(grocery(), grid), loan(50000));
    expect(cs.map((c) => c.code)).toEqual(['RATE_FROM_GRID', 'COMPENSATING_DEPOSIT', 'MOVE_SETTLEMENT_ACCOUNT', 'RENEWAL_IF_NOT_KEPT']);
    // 1.0119^12 − 1 = 0.1525271131
    expect(byCode(cs, 'RATE_FROM_GRID')).toEqual({
      code: 'RATE_FROM_GRID',
      params: { amount: '50000.00', requestedMonthlyRate: '0.012900', monthlyRate: '0.011900', effectiveAnnualRate: '0.152527', bandUpTo: null, standing: 'new' },
      reasons: ['conditions.rateGrid'],
    });
    // instalment 4,495.95, last 4,495.88; flows +40,000, 11 × −4,495.95, −4,495.88 + 10,150 = +5,654.12;
    // IRR 0.0177088257, 1.0177088257^12 − 1 = 0.2344755403
    expect(byCode(cs, 'COMPENSATING_DEPOSIT')?.params).toMatchObject({ contractMonthlyRate: '0.011900', monthlyCost: '0.017709', effectiveAnnualCost: '0.234476' });
    // 0.0119 + 0.001
    expect(byCode(cs, 'RENEWAL_IF_NOT_KEPT')?.params['penaltyMonthlyRate']).toBe('0.012900');
  });
  test('bands by amount and standing', () => {
    const policy = contextOf(grocery(), grid).policy;
    expect(gridRate(policy, D(30000), 'new')?.rate.toFixed()).toBe('0.0139'); // up to 30,000 inclusive
    expect(gridRate(policy, D('30000.01'), 'new')?.rate.toFixed()).toBe('0.0119');
    expect(gridRate(policy, D(30000), 'returning')?.rate.toFixed()).toBe('0.0129');
  });
  test('a returning client (openingEquity recorded at an earlier analysis) gets the returning rate', () => {
    const ctx = contextOf(grocery({ openingEquity: { date: '2025-06-30', amount: '100000' } }), grid);
    expect(byCode(proposeConditions(ctx, loan(50000)), 'RATE_FROM_GRID')?.params).toMatchObject({ monthlyRate: '0.010900', standing: 'returning' });
  });
  test('a grid rate equal to the request, an empty grid, or an amount above every band: no rate condition', () => {
    expect(byCode(proposeConditions(contextOf(grocery()), loan(50000)), 'RATE_FROM_GRID')).toBeUndefined();
    expect(byCode(proposeConditions(contextOf(grocery(), { conditions: { rateGrid: [] } }), loan(50000)), 'RATE_FROM_GRID')).toBeUndefined();
    const capped = { conditions: { rateGrid: [{ upTo: '30000', newClient: '0.0139', returningClient: '0.0139' }] } };
    expect(byCode(proposeConditions(contextOf(grocery(), capped), loan(50000)), 'RATE_FROM_GRID')).toBeUndefined();
  });
  test('a guarantor above the policy amount (strictly above)', () => {
    const ctx = contextOf(grocery(), { conditions: { guarantor: { aboveAmount: '40000' } } });
    expect(byCode(proposeConditions(ctx, loan(50000)), 'GUARANTOR_REQUIRED')).toEqual({
      code: 'GUARANTOR_REQUIRED',
      params: { amount: '50000.00', aboveAmount: '40000.00' },
      reasons: ['conditions.guarantor.aboveAmount'],
    });
    expect(byCode(proposeConditions(ctx, loan(40000)), 'GUARANTOR_REQUIRED')).toBeUndefined();
  });
  test('no loan request, or a loan the schedule cannot be built for: no conditions', () => {
    const { loanRequest: _, ...noRequest } = caseFile.profile;
    expect(proposeConditions(contextOf(noRequest), loan(50000))).toEqual([]);
    expect(proposeConditions(contextOf(grocery()), loan(0))).toEqual([]);
    expect(proposeConditions(contextOf(grocery()), { amount: D(50000), termMonths: 0 })).toEqual([]);
  });
});

describe('the deposit potential is the deposit expectation’s mean balance', () => {
  test.each(DEPOSIT_PATTERNS)('%s, seasonal sales', (pattern) => {
    const months = ['50000', '60000', '70000', '80000', '90000', '100000', '110000', '120000', '130000', '140000', '150000', '160000'];
    const ctx = contextOf(grocery({ sales: { monthly: months }, relationship: { depositPattern: pattern, bankSettledShare: '0.6' } }));
    const e = expectDeposits(ctx.profile, ctx.policy, ctx.statements.incomeStatement);
    const p = depositPotential(ctx.profile, ctx.policy, ctx.statements.incomeStatement);
    expect(p.averageBalance.toFixed()).toBe(e.averageBalance.toFixed());
    expect(p.averageInflows.toFixed()).toBe(e.averageInflows.toFixed());
    // Σ sales = 1,260,000; × 0.6 / 12 = 63,000
    expect(p.averageInflows.toFixed()).toBe('63000');
  });
});

describe('conditionText', () => {
  const cs = proposeConditions(contextOf(grocery({ relationship: { depositPattern: 'pass-through' } }), { conditions: { guarantor: { aboveAmount: '40000' }, rateGrid: [{ upTo: '100000', newClient: '0.0119', returningClient: '0.0109' }] } }), loan(50000));
  test('every code has a sentence in each language, with its figures', () => {
    expect(cs.map((c) => c.code)).toEqual([...CONDITION_CODES]);
    const deposit = byCode(cs, 'COMPENSATING_DEPOSIT')!;
    expect(conditionText(deposit, 'en')).toContain('3,000.00');
    expect(conditionText(deposit, 'en')).toContain('10,000.00');
    expect(conditionText(deposit, 'zh')).toContain('3,000.00 元');
    expect(conditionText(byCode(cs, 'RATE_FROM_GRID')!, 'en')).toContain('1.19% a month');
    expect(conditionText(byCode(cs, 'RATE_FROM_GRID')!, 'zh')).toContain('100,000.00 元以内');
  });
  test('Chinese in Chinese: no English word in the zh sentences', () => {
    for (const c of cs) {
      const zh = conditionText(c, 'zh');
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(zh).not.toMatch(/[A-Za-z]{2,}/);
    }
  });
  test('a condition of an unknown code is named by its code; missing figures are a dash, never an exception', () => {
    expect(conditionText({ code: 'BANK_OWN', params: {}, reasons: ['x'] }, 'en')).toBe('Condition BANK_OWN (x).');
    expect(conditionText({ code: 'BANK_OWN', params: {}, reasons: [] }, 'zh')).toBe('贷款条件 BANK_OWN。');
    expect(conditionText({ code: 'GUARANTOR_REQUIRED', params: {}, reasons: [] }, 'en')).toContain('—');
  });
});

describe('the policy fragment', () => {
  test('invalid settings are input errors at their paths', () => {
    const r = parseInput(caseFile.profile, { conditions: { rateGrid: [{ upTo: 'lots', newClient: '0.0129', returningClient: 2 }], compensatingDeposit: { share: '1.5' } } });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.path).sort()).toEqual([
        'policy.conditions.compensatingDeposit.share',
        'policy.conditions.rateGrid[0].returningClient',
        'policy.conditions.rateGrid[0].upTo',
      ]);
  });
});

describe('the IRR from a guess', () => {
  test('the same root as from the midpoint, and a guess outside the bracket is ignored', async () => {
    const { irr } = await import('../../src/capacity/irr.js');
    // the fixture's flows: +40,000, 11 × −4,524.25, +5,625.78 (IRR 0.0192122807 by bisection)
    const flows = [D(40000), ...Array.from({ length: 11 }, () => D('-4524.25')), D('5625.78')];
    const plain = irr(flows);
    expect(plain?.toFixed(10)).toBe('0.0192122807');
    expect(irr(flows, { guess: D('0.0129') })?.toFixed()).toBe(plain?.toFixed());
    expect(irr(flows, { guess: D(5) })?.toFixed()).toBe(plain?.toFixed());
    expect(irr(flows, { guess: D('0.0129'), tolerance: D('1e-12'), places: 10 })?.toFixed(6)).toBe('0.019212');
  });
});
