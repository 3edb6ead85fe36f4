import { irr as oracleIrr } from 'financial';
import { describe, expect, test } from 'vitest';
import { D, toDecimal } from '../../src/money/index.js';
import { irr, npv } from '../../src/relationship/irr.js';

const d = (xs: readonly string[]) => xs.map((x) => new D(x));

describe('irr', () => {
  test('a two-period case solved by hand: 100x² − 60x − 55 = 0 → x = (60 + √(3600 + 22000)) / 200 = 1.1', () => {
    expect(irr(d(['100', '-60', '-55']))?.toFixed()).toBe('0.1');
  });

  test('one period: +80,000 then −81,290 → 1,290 / 80,000 = 0.016125 exactly', () => {
    expect(irr(d(['80000', '-81290']))?.toFixed()).toBe('0.016125');
  });

  test('a negative rate: +100 then −90 → −0.1', () => {
    expect(irr(d(['100', '-90']))?.toFixed()).toBe('-0.1');
  });

  test('a high rate that needs the bracket widened: +100 then −500 → 4', () => {
    expect(irr(d(['100', '-500']))?.toFixed()).toBe('4');
  });

  test('no sign change: null', () => {
    expect(irr(d(['100', '10', '10']))).toBeNull();
    expect(irr(d(['0', '0']))).toBeNull();
    expect(irr(d(['100']))).toBeNull();
  });

  test('investor sign convention (−, +, +) gives the same rate', () => {
    expect(irr(d(['-100', '60', '55']))?.toFixed()).toBe('0.1');
  });

  test('agrees with an independent oracle (numpy-financial port `financial`) on a 12-month annuity with a 20% deposit', () => {
    // 100,000 at 1.29% a month, PMT 9,048.50 (Excel PMT 9,048.4965 → fen); 20,000 held back and returned at the end.
    const flows = ['80000', ...Array.from({ length: 11 }, () => '-9048.50'), '10951.50'] // last: 20,000 − 9,048.50;
    const ours = irr(d(flows));
    const theirs = oracleIrr(flows.map(Number));
    expect(ours).not.toBeNull();
    expect(ours?.minus(toDecimal(theirs)).abs().lt('1e-9')).toBe(true);
  });

  test('NPV at the solved rate is zero to far below a fen', () => {
    const flows = d(['500000', '-30000', '-30000', '-30000', '-480000']);
    const r = irr(flows);
    expect(r).not.toBeNull();
    if (r) expect(npv(flows, r).value.abs().lt('1e-6')).toBe(true);
  });

  test('inputs are not mutated', () => {
    const flows = d(['100', '-60', '-55']);
    const copy = flows.map((x) => x.toString());
    irr(flows);
    expect(flows.map((x) => x.toString())).toEqual(copy);
  });
});
