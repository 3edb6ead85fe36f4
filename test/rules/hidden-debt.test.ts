import { describe, expect, test } from 'vitest';
import { hiddenDebtRule } from '../../src/rules/hidden-debt/index.js';
import { runRule, singleFlag, workedExample } from './base-profile.js';

const run = (p: unknown, policy?: unknown) => runRule(hiddenDebtRule, p, policy);
const flagOf = (p: unknown, policy?: unknown) => singleFlag(hiddenDebtRule, p, policy);
type Event = { date: string; asset?: string; fundingSource?: string };
const event = (p: { history: Event[] }, date: string): Event => p.history.find((e) => e.date === date)!;

describe('HIDDEN_DEBT_SUSPECTED', () => {
  test('stays quiet on the worked example (gap +50,000, loan repaid, nothing unfunded)', () => {
    expect(run(workedExample())).toEqual({ status: 'ran', flags: [] });
  });

  test('equity gap negative beyond the tolerance: warning', () => {
    const p = workedExample();
    p.balances.otherLiabilities = '300000';
    // equity 3,308,000 − 1,450,000 = 1,858,000; gap 1,858,000 − 2,108,000 = −250,000;
    // −250,000 / 1,858,000 = −0.13455: beyond −10%, within −25%.
    const f = flagOf(p);
    expect(f.severity).toBe('warning');
    expect(f.observed).toBe('1450000.00');
    expect(f.computation).toBe('equity gap 1,858,000.00 − 2,108,000.00 = -250,000.00; -250,000.00 / 1,858,000.00 = -13.46%, beyond −10%');
  });

  test('a positive equity gap is not a hidden-debt signal', () => {
    const p = workedExample();
    p.balances.receivables = '2600000';
    // equity 3,808,000, gap +1,700,000: more equity than expected.
    expect(run(p)).toEqual({ status: 'ran', flags: [] });
  });

  test('a large purchase without a source of funds: warning; with one: quiet', () => {
    const p = workedExample();
    event(p, '2021-04-01').asset = 'house';
    // threshold max(50,000, 0.5 × 840,000) = 420,000; 1,000,000 ≥ 420,000.
    const f = flagOf(p);
    expect(f.severity).toBe('warning');
    expect(f.computation).toBe(
      'history[6] a house 1,000,000.00 on 2021-04-01 ≥ max(50,000.00, 0.5 × 840,000.00) = 420,000.00, no funding source stated',
    );
    event(p, '2021-04-01').fundingSource = 'retained profits';
    expect(run(p)).toEqual({ status: 'ran', flags: [] });
  });

  test('a purchase below the threshold is not large', () => {
    const p = workedExample();
    p.history.push({ date: '2023-05-01', kind: 'withdrawal', amount: '400000', asset: 'vehicle' });
    // 400,000 < 420,000; but the withdrawal lowers expected equity to 1,708,000 (gap +450,000): no signal either.
    expect(run(p)).toEqual({ status: 'ran', flags: [] });
  });

  test('a large fixed asset without a source of funds', () => {
    const p = workedExample();
    p.fixedAssets.push({ name: 'CNC lathe', purchaseDate: '2025-01-01', cost: '500000', appraisedValue: '450000' });
    const f = flagOf(p);
    expect(f.computation).toContain('fixedAssets[1] CNC lathe 500,000.00 on 2025-01-01 ≥');
  });

  test('a borrowing named in the history, not repaid and not among the loans: critical', () => {
    const p = workedExample();
    delete p.history[0].repaidDate;
    const f = flagOf(p);
    expect(f.severity).toBe('critical');
    expect(f.message.en).toContain('300,000.00 borrowed from relatives on 2005-03-01 is neither marked repaid nor among the loans');
  });

  test('the same borrowing found among the loans is not a signal', () => {
    const p = workedExample();
    delete p.history[0].repaidDate;
    // Keep equity unchanged: the owed 300,000 is matched by 300,000 more assets.
    p.loans.push({ lender: 'Relatives (uncle Lin)', kind: 'private', balance: '300000' });
    p.balances.otherAssets = '300000';
    expect(run(p)).toEqual({ status: 'ran', flags: [] });
  });

  test('severities are policy', () => {
    const p = workedExample();
    delete p.history[0].repaidDate;
    expect(flagOf(p, { hiddenDebt: { missingLoan: 'warning' } }).severity).toBe('warning');
  });

  test('skipped when there is nothing to look in', () => {
    const p = workedExample();
    delete p.history;
    delete p.fixedAssets;
    const out = run(p);
    expect(out.status).toBe('skipped');
  });
});
