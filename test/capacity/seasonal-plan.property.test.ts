/**
 * Seasonal plans on random loans and shapes: the integer walk (src/capacity/seasonal-plan.ts) against an oracle
 * written here from the definition in docs/capacity.md §6, in decimal.js and nothing of the module's:
 *   weight of period k by the kind (interest-only: 0 in the listed periods, 1 elsewhere; grace: 0 in the first g;
 *   proportional: the weights given; balloon: σ at its period, (1 − σ) ÷ (n − 1) elsewhere),
 *   principal_k = (loan × w_k ÷ Σw) rounded down to the fen, the whole balance in the last period,
 *   interest_k = balance × r rounded to the fen with the mode.
 * Amounts up to 10^7 CNY with two decimals and rates with six make every product exact in decimal.js's 40 digits.
 * Then the invariants on 10,000 plans: Σ principal = the loan, the final balance 0, no principal or balance negative.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type PlanShape, planWeights, walkPlan } from '../../src/capacity/seasonal-plan.js';
import { D, type Dec, type RoundingMode } from '../../src/money/index.js';

const arbPlan = fc
  .record({
    fen: fc.integer({ min: 100, max: 1_000_000_000 }),
    rateMillionths: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50_000 })),
    rounding: fc.constantFrom<RoundingMode>('half-up', 'half-even'),
    kind: fc.constantFrom('interest-only', 'grace', 'proportional', 'balloon'),
    // one number per period: the term is its length
    seed: fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 36 }),
    shareThousandths: fc.integer({ min: 1, max: 1000 }),
  })
  .map((p) => {
    const n = p.seed.length;
    let shape: PlanShape;
    if (p.kind === 'interest-only') shape = { kind: 'interest-only', periods: p.seed.slice(0, n).flatMap((x, i) => (x % 3 === 0 ? [i + 1] : [])) };
    else if (p.kind === 'grace') shape = { kind: 'grace', months: (p.seed[0] as number) % n };
    else if (p.kind === 'proportional')
      // surpluses in fen, some of them 0 (a slow month)
      shape = { kind: 'proportional', weights: p.seed.slice(0, n).map((x) => (x % 5 === 0 ? D(0) : D(x).div(100))) };
    else shape = { kind: 'balloon', period: ((p.seed[n - 1] as number) % n) + 1, share: D(p.shareThousandths).div(1000) };
    return { amount: D(p.fen).div(100), rate: D(p.rateMillionths).div(1_000_000), months: n, rounding: p.rounding, shape };
  });

type Plan = { amount: Dec; rate: Dec; months: number; rounding: RoundingMode; shape: PlanShape };

/** The oracle's weights, as Decimals, from the definition. */
function oracleWeights(shape: PlanShape, n: number): Dec[] {
  const periods = Array.from({ length: n }, (_, i) => i + 1);
  switch (shape.kind) {
    case 'interest-only':
      return periods.map((k) => (shape.periods.includes(k) ? D(0) : D(1)));
    case 'grace':
      return periods.map((k) => (k <= shape.months ? D(0) : D(1)));
    case 'proportional':
      return [...shape.weights];
    case 'balloon':
      if (n === 1) return [D(1)];
      return periods.map((k) => (k === shape.period ? shape.share : D(1).minus(shape.share).div(n - 1)));
  }
}

const MODE = { 'half-up': D.ROUND_HALF_UP, 'half-even': D.ROUND_HALF_EVEN } as const;

/** The oracle's rows: [principal, interest] per period, in Decimal. */
function oracle(p: Plan): { principal: Dec; interest: Dec }[] {
  const w = oracleWeights(p.shape, p.months);
  const total = w.reduce((s, x) => s.plus(x), D(0));
  let balance = p.amount;
  const rows: { principal: Dec; interest: Dec }[] = [];
  for (let k = 1; k <= p.months; k++) {
    const interest = balance.times(p.rate).toDecimalPlaces(2, MODE[p.rounding as 'half-up' | 'half-even']);
    const principal =
      k === p.months ? balance : total.isZero() ? D(0) : p.amount.times(w[k - 1] as Dec).div(total).toDecimalPlaces(2, D.ROUND_DOWN);
    balance = balance.minus(principal);
    rows.push({ principal, interest });
  }
  return rows;
}

const fen = (x: bigint) => D(x.toString()).div(100);

describe('seasonal plans against the oracle', () => {
  test('every principal and interest equals the oracle’s, to the fen (2,000 plans)', () => {
    fc.assert(
      fc.property(arbPlan, (p) => {
        const walk = walkPlan(p.amount, p.rate, p.months, planWeights(p.shape, p.months), p.rounding);
        const expected = oracle(p).map((row) => `${row.principal.toFixed(2)} ${row.interest.toFixed(2)}`);
        const got = walk.principal.map((x, i) => `${fen(x).toFixed(2)} ${fen(walk.interest[i] as bigint).toFixed(2)}`);
        expect(got).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  test('Σ principal = the loan, the final balance 0, nothing negative (10,000 plans)', () => {
    fc.assert(
      fc.property(arbPlan, (p) => {
        const walk = walkPlan(p.amount, p.rate, p.months, planWeights(p.shape, p.months), p.rounding);
        const loan = BigInt(p.amount.times(100).toFixed(0));
        // a boolean per plan (fast-check shrinks and reports the failing plan)
        return (
          walk.principal.reduce((s, x) => s + x, 0n) === loan &&
          walk.closing[p.months - 1] === 0n &&
          walk.principal.every((x) => x >= 0n) &&
          walk.closing.every((x) => x >= 0n) &&
          walk.payment.every((x, i) => x === (walk.principal[i] as bigint) + (walk.interest[i] as bigint))
        );
      }),
      { numRuns: 10_000 },
    );
  });
});
