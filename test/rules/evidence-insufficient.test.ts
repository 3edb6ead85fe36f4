import { describe, expect, test } from 'vitest';
import { evidenceInsufficientRule } from '../../src/rules/evidence-insufficient/index.js';
import { runRule, singleFlag, workedExample } from './base-profile.js';

const run = (p: unknown, policy?: unknown) => runRule(evidenceInsufficientRule, p, policy);
const flagOf = (p: unknown, policy?: unknown) => singleFlag(evidenceInsufficientRule, p, policy);

describe('EVIDENCE_INSUFFICIENT', () => {
  test('stays quiet when every key figure has two independent kinds (the worked example)', () => {
    // sales, receivables, payables, inventory, cash and bank, initial capital, 1 bank loan: 7 figures, 2 kinds each.
    expect(run(workedExample())).toEqual({ status: 'ran', flags: [] });
  });

  test('two items of the same kind and the applicant\'s word make one proof: warning', () => {
    const p = workedExample();
    p.evidence.sales = [{ kind: 'bank-statement' }, { kind: 'bank-statement' }, { kind: 'applicant-word' }];
    const f = flagOf(p);
    expect(f.severity).toBe('warning');
    // 7 figures, 1 short → 6 proven.
    expect(f.observed).toBe('6');
    expect(f.expected).toBe('7');
    expect(f.message.en).toContain('sales: 1 of 2 (bank statements)');
    expect(f.computation.en).toContain('evidence.sales: 1 [bank-statement] (not counted: applicant-word)');
    expect(f.computation.en).toContain('; 6 of 7 figures have 2 or more');
    expect(f.computation.zh).toContain('销售额：1 种（银行流水），不计入：客户口述');
    // 1 kind < minimumKinds 2, but not < criticalBelow 1: the minimum decided the warning.
    expect(f.requirement).toEqual({ path: 'evidence.minimumKinds', value: '2' });
    expect(f.subject).toEqual({});
    const figures = (f.params as { figures: { subject: unknown; short: boolean }[] }).figures;
    expect(figures.filter((x) => x.short).map((x) => x.subject)).toEqual([{ figure: 'sales' }]);
    expect(figures.map((x) => x.subject)).toContainEqual({ loan: 0 });
    expect(f.message.zh).toBe('7 项关键数据中有 1 项不足 2 项独立实据：销售额：1/2（银行流水）。没有实据的推理都是空的。');
    // Closing kinds for sales: every proving kind but the bank statement already held.
    expect(f.evidence[0]?.en).toBe(
      'sales: 1 more of the ledger, invoices and bills, tax records, warehouse in/out slips, utility bills, an on-site count or observation, a third-party confirmation',
    );
  });

  test("a figure resting on the applicant's word alone is critical (below criticalBelow = 1)", () => {
    const p = workedExample();
    p.evidence.receivables = [{ kind: 'applicant-word' }];
    const f = flagOf(p);
    expect(f.severity).toBe('critical');
    // 0 kinds < criticalBelow 1.
    expect(f.requirement).toEqual({ path: 'evidence.criticalBelow', value: '1' });
    expect(f.questions.map((q) => q.en)).toEqual(['How do you keep track of what customers still owe you?']);
    expect(f.questions[0]?.zh).toBe('客户欠您的货款，您平时是怎么记的？');
    expect(f.evidence[0]?.zh).toBe('应收账款：还需 2 项，可取出入库单、发票及账单、记账本、银行流水、第三方核实');
  });

  test('kinds that cannot prove the figure do not count (a utility bill for receivables)', () => {
    const p = workedExample();
    p.evidence.receivables = [{ kind: 'utility-bills' }, { kind: 'warehouse-slips' }];
    const f = flagOf(p);
    expect(f.severity).toBe('warning');
    expect(f.computation.en).toContain('evidence.receivables: 1 [warehouse-slips] (not counted: utility-bills)');
  });

  test('a figure with no list under evidence rests on nothing', () => {
    const p = workedExample();
    delete p.evidence.payables;
    expect(flagOf(p).severity).toBe('critical');
  });

  test('a figure the profile does not have needs no proof', () => {
    const p = workedExample();
    delete p.balances.payables;
    delete p.evidence.payables;
    expect(run(p)).toEqual({ status: 'ran', flags: [] });
  });

  test('each loan needs its own proofs', () => {
    const p = workedExample();
    p.loans.push({ lender: 'uncle Lin', kind: 'private', balance: '100000' });
    const f = flagOf(p);
    expect(f.severity).toBe('critical');
    // 8 figures, the new loan short → 7.
    expect(f.observed).toBe('7');
    expect(f.expected).toBe('8');
    expect(f.message.zh).toContain('uncle Lin借款：0/2');
    expect(f.message.en).toContain('loan from uncle Lin: 0 of 2 (none)');
    // loans[1]: the new loan, after the bank loan loans[0].
    const figures = (f.params as { figures: { subject: unknown; short: boolean }[] }).figures;
    expect(figures.filter((x) => x.short).map((x) => x.subject)).toEqual([{ loan: 1 }]);
    // The input keeps the figure's name of the former flag.
    expect(f.inputs.at(-1)).toMatchObject({ name: 'loan', path: 'loans[1].evidence', value: 'none' });
  });

  test('an inventory count in the profile is the officer\'s on-site count', () => {
    const p = workedExample();
    p.evidence.inventory = [{ kind: 'warehouse-slips' }];
    p.inventoryCount = [{ item: 'M8 bolts', quantity: '100000', unitCost: '12' }];
    expect(run(p)).toEqual({ status: 'ran', flags: [] });
  });

  test('documentsOnSiteOnly: papers not collected on site stop counting', () => {
    // Initial capital: third-party (counts) + loan-contract without collectedOnSite (does not) → 1 kind.
    const f = flagOf(workedExample(), { evidence: { documentsOnSiteOnly: true } });
    expect(f.severity).toBe('warning');
    expect(f.message.en).toContain('initial capital: 1 of 2 (a third-party confirmation)');
  });

  test('minimumKinds is policy', () => {
    const f = flagOf(workedExample(), { evidence: { minimumKinds: 3 } });
    expect(f.observed).toBe('0');
    expect(f.severity).toBe('warning');
  });

  test('skipped when no evidence is recorded at all', () => {
    const p = workedExample();
    delete p.evidence;
    delete p.loans[0].evidence;
    const out = run(p);
    expect(out.status).toBe('skipped');
    if (out.status === 'skipped') {
      expect(out.missing).toEqual(['evidence']);
      expect(out.reason.zh).toBe('未记录任何证据（evidence、loans[].evidence）：无法判断哪些数据有实据支持');
    }
  });
});
