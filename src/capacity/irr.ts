/**
 * The internal rate of return (内部收益率) of evenly spaced cash flows, in exact Decimal arithmetic.
 *
 *   NPV(r) = Σ_t cf_t / (1 + r)^t,  t = 0, 1, …, n   (one period = one month here)
 *   IRR    = the r with NPV(r) = 0
 *
 * Solver: Newton's method kept inside a bracket [lo, hi] on which NPV changes sign; whenever a Newton
 * step would leave the bracket (or the derivative vanishes) the step is replaced by bisection, and the
 * bracket shrinks around the root every iteration. So it always converges when a sign change exists,
 * and is quadratic near the root in the usual case.
 *
 * Tolerance (documented default): stop when the bracket is narrower than `1e-20` or |NPV| is below
 * `1e-20` × Σ|cf|; the result is then rounded to 16 decimals (a monthly rate to 10^-16, far below a
 * fen on any loan xcheck handles). Returns `null` when the flows have no sign change on the search
 * interval (−0.99 … 10^6 per period): no rate makes them worth zero.
 *
 * @example
 * irr([D(100), D(-60), D(-55)])?.toFixed(4) //=> '0.1000'  (100x² − 60x − 55 = 0 → x = 1.1)
 */
import { type Dec, D, ONE, ZERO } from '../money/index.js';

export interface IrrOptions {
  /** Width of the bracket at which to stop. Default 1e-20. */
  readonly tolerance?: Dec;
  /** Hard cap on iterations. Default 400 (bisection alone needs ≈ 100 to reach 1e-20 from a width of 10^6). */
  readonly maxIterations?: number;
  /** Decimals of the returned rate. Default 16. */
  readonly places?: number;
  /**
   * Where Newton's method starts when it lies inside the bracket (default: the bracket's midpoint). A guess near
   * the root (a loan's contract rate for its cost) saves most of the iterations; the root found is the same.
   */
  readonly guess?: Dec;
}

/** NPV of the flows at a per-period rate r, and its derivative dNPV/dr. */
export function npv(flows: readonly Dec[], rate: Dec): { value: Dec; derivative: Dec } {
  const v = ONE.div(rate.plus(1));
  let value = ZERO;
  let derivative = ZERO;
  let discount = ONE; // v^t
  flows.forEach((cf, t) => {
    value = value.plus(cf.times(discount));
    // d/dr cf·(1+r)^−t = −t·cf·(1+r)^−(t+1)
    derivative = derivative.minus(cf.times(t).times(discount).times(v));
    discount = discount.times(v);
  });
  return { value, derivative };
}

const LOWEST = new D('-0.99');
const HIGHEST = new D('1000000');

/** The per-period IRR of the flows (first flow at t = 0), or null when there is no sign change. */
export function irr(flows: readonly Dec[], options: IrrOptions = {}): Dec | null {
  const tolerance = options.tolerance ?? new D('1e-20');
  const maxIterations = options.maxIterations ?? 400;
  const places = options.places ?? 16;
  if (flows.length < 2) return null;
  const scale = flows.reduce((s, cf) => s.plus(cf.abs()), ZERO);
  if (scale.isZero()) return null;
  const small = scale.times(tolerance);

  // Bracket: start from [0, 1] and widen (downwards to −0.99, upwards by doubling to 10^6).
  let lo = ZERO;
  let hi = ONE;
  let fLo = npv(flows, lo).value;
  let fHi = npv(flows, hi).value;
  if (fLo.isZero()) return lo;
  if (fHi.isZero()) return hi;
  if (fLo.s === fHi.s) {
    const down = npv(flows, LOWEST).value;
    if (down.s !== fLo.s || down.isZero()) {
      hi = lo;
      fHi = fLo;
      lo = LOWEST;
      fLo = down;
    } else {
      while (fLo.s === fHi.s && hi.lt(HIGHEST)) {
        lo = hi;
        fLo = fHi;
        hi = hi.times(2);
        fHi = npv(flows, hi).value;
      }
      if (fLo.s === fHi.s) return null;
    }
  }
  if (fLo.isZero()) return lo.toDecimalPlaces(places);

  let x = options.guess !== undefined && options.guess.gt(lo) && options.guess.lt(hi) ? options.guess : lo.plus(hi).div(2);
  for (let i = 0; i < maxIterations; i++) {
    const { value, derivative } = npv(flows, x);
    if (value.abs().lte(small)) break;
    // Keep the bracket: the root lies where the sign changes.
    if (value.s === fLo.s) {
      lo = x;
      fLo = value;
    } else {
      hi = x;
    }
    if (hi.minus(lo).lte(tolerance)) break;
    let next = derivative.isZero() ? null : x.minus(value.div(derivative));
    if (next === null || next.lte(lo) || next.gte(hi)) next = lo.plus(hi).div(2);
    x = next;
  }
  return x.toDecimalPlaces(places);
}
