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
    expect(f.computation.en).toBe('equity gap 1,858,000.00 − 2,108,000.00 = -250,000.00; -250,000.00 / 1,858,000.00 = -13.46%, beyond −10%');
    expect(f.computation.zh).toBe('权益差额 = 实际权益 1,858,000.00 − 应有权益 2,108,000.00 = -250,000.00；-250,000.00 ÷ 1,858,000.00 = -13.46%，超过 −10%');
    // |−13.46%| > equity.tolerance 0.1, within equity.critical 0.25.
    expect(f.requirement).toEqual({ path: 'equity.tolerance', value: '0.1' });
    const signals = (f.params as { signals: { subject: unknown; severity: string }[] }).signals;
    expect(signals.map((s) => [s.subject, s.severity])).toEqual([[{ signal: 'equity-gap' }, 'warning']]);
    expect(f.message.en).toBe('Debt may be missing from the balance sheet (liabilities 1,450,000.00): the balance sheet holds 250,000.00 less equity than the history since 2005-03-01 explains.');
    expect(f.inputs.map((i) => i.name)).toEqual(['liabilities', 'equityGap', 'equityTolerance', 'largePurchaseThreshold', 'annualBusinessProfit']);
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
    expect(f.computation.en).toBe(
      'history[6] a house 1,000,000.00 on 2021-04-01 ≥ max(50,000.00, 0.5 × 840,000.00) = 420,000.00, no funding source stated',
    );
    expect(f.requirement).toEqual({ path: 'hiddenDebt.unfundedPurchase', value: 'warning' });
    const signals = (f.params as { signals: { subject: unknown }[] }).signals;
    expect(signals.map((s) => s.subject)).toEqual([{ event: 6 }]);
    expect(f.questions.map((q) => q.en)).toEqual(['How was the house bought in 2021 paid for?']);
    expect(f.message.zh).toBe('可能有未列入资产负债表的负债（表内负债 1,150,000.00）：2021-04-01 购置房产 1,000,000.00，未说明资金来源。');
    // The credit report closes every list of evidence, in both languages.
    expect(f.evidence.at(-1)).toEqual({ en: "the applicant's credit report (征信报告), for loans and guarantees not declared", zh: '客户征信报告，查未申报的贷款和担保' });
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
    expect(f.computation.en).toContain('fixedAssets[1] CNC lathe 500,000.00 on 2025-01-01 ≥');
    expect(f.computation.zh).toContain('固定资产第 2 项：2025-01-01 购置CNC lathe 500,000.00 ≥ 大额购置门槛');
    expect((f.params as { signals: { subject: unknown }[] }).signals.map((s) => s.subject)).toEqual([{ fixedAsset: 1 }]);
  });

  test('a borrowing named in the history, not repaid and not among the loans: critical', () => {
    const p = workedExample();
    delete p.history[0].repaidDate;
    const f = flagOf(p);
    expect(f.severity).toBe('critical');
    expect(f.message.en).toContain('300,000.00 borrowed from relatives on 2005-03-01 is neither marked repaid nor among the loans');
    expect(f.requirement).toEqual({ path: 'hiddenDebt.missingLoan', value: 'critical' });
    expect((f.params as { signals: { subject: unknown }[] }).signals.map((s) => s.subject)).toContainEqual({ loan: 'history[0]' });
    expect(f.message.zh).toContain('2005-03-01 向relatives借的 300,000.00 既未标明已还清，也不在负债中');
  });

  test('several signals: one finding, the most severe decides, each signal with its subject', () => {
    const p = workedExample();
    delete p.history[0].repaidDate;
    event(p, '2021-04-01').asset = 'house';
    const f = flagOf(p);
    // house: warning (hiddenDebt.unfundedPurchase); the 300,000 start loan: critical (hiddenDebt.missingLoan).
    expect(f.severity).toBe('critical');
    expect(f.requirement).toEqual({ path: 'hiddenDebt.missingLoan', value: 'critical' });
    const signals = (f.params as { signals: { subject: unknown; severity: string }[] }).signals;
    expect(signals.map((s) => [s.subject, s.severity])).toEqual([
      [{ event: 6 }, 'warning'],
      [{ loan: 'history[0]' }, 'critical'],
    ]);
    expect(f.questions).toEqual([
      { en: 'How was the house bought in 2021 paid for?', zh: '2021 年买房产的钱是怎么付的？' },
      { en: 'What happened to the money borrowed in 2005? How is it being repaid?', zh: '2005 年借的那笔钱后来怎么样了？是怎么还的？' },
    ]);
    expect(f.inputs.map((i) => [i.name, i.path])).toEqual([
      ['liabilities', 'balanceSheet.liabilities.total'],
      ['largePurchaseThreshold', 'policy.hiddenDebt'],
      ['annualBusinessProfit', 'incomeStatement.annual.businessProfit'],
      ['purchase', 'history[6]'],
      ['borrowed', 'history[0].borrowed'],
    ]);
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
    const f = flagOf(p, { hiddenDebt: { missingLoan: 'warning' } });
    expect(f.severity).toBe('warning');
    expect(f.requirement).toEqual({ path: 'hiddenDebt.missingLoan', value: 'warning' });
  });

  test('skipped when there is nothing to look in', () => {
    const p = workedExample();
    delete p.history;
    delete p.fixedAssets;
    const out = run(p);
    expect(out.status).toBe('skipped');
    if (out.status === 'skipped') expect(out.reason.zh).toBe('无权益交叉检验、无经营履历、无固定资产：无从查找表外负债');
  });
});
