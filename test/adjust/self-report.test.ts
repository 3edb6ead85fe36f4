import { describe, expect, test } from 'vitest';
import { adjustSelfReported, assessEvidence } from '../../src/adjust/index.js';
import { defaultPolicy, policySchema } from '../../src/profile/policy.js';
import { type ProfileData, toProfileData } from '../../src/profile/domain.js';
import { profileSchema } from '../../src/profile/schema.js';
import { workedExample } from '../rules/base-profile.js';

const parse = (p: unknown): ProfileData => toProfileData(profileSchema.parse(p));

function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

describe('adjustSelfReported', () => {
  test('no talking habit: the same profile, nothing adjusted', () => {
    const p = workedExample();
    delete p.talkingHabit;
    const profile = parse(p);
    const r = adjustSelfReported(profile, defaultPolicy());
    expect(r.profile).toBe(profile);
    expect(r.adjustments).toEqual([]);
    expect(r.habit).toBeUndefined();
  });

  test('neutral: factor 1, nothing adjusted', () => {
    const r = adjustSelfReported(parse(workedExample()), defaultPolicy());
    expect(r.habit).toBe('neutral');
    expect(r.factor?.toFixed()).toBe('1');
    expect(r.adjustments).toEqual([]);
  });

  test('exaggerating: word-only favourable figures × 0.8, never the input', () => {
    const p = workedExample();
    p.talkingHabit = 'exaggerating';
    p.evidence.sales = [{ kind: 'applicant-word' }];
    delete p.evidence.cashAndBank;
    p.evidence.receivables = [{ kind: 'applicant-word' }];
    const profile = deepFreeze(parse(p));
    // Decimals carry their constructor (not cloneable): the profile is compared in its JSON form, Decimals as strings.
    const before = JSON.stringify(profile);
    const r = adjustSelfReported(profile, defaultPolicy());
    expect(JSON.stringify(profile)).toBe(before);
    // 12,000,000 × 0.8 = 9,600,000; 1,500,000 × 0.8 = 1,200,000; 50,000 × 0.8 = 40,000; 450,000 × 0.8 = 360,000.
    expect(r.profile.sales.annual?.toFixed()).toBe('9600000');
    expect(r.profile.balances?.receivables?.toFixed()).toBe('1200000');
    expect(r.profile.balances?.cash?.toFixed()).toBe('40000');
    expect(r.profile.balances?.bank?.toFixed()).toBe('360000');
    // Proven or unfavourable figures stay as they were.
    expect(r.profile.balances?.inventory?.toFixed()).toBe('1200000');
    expect(r.profile.balances?.payables?.toFixed()).toBe('850000');
    expect(r.profile.loans?.[0]?.balance?.toFixed()).toBe('300000');
    expect(r.adjustments.map((a) => [a.path, a.original.toFixed(), a.adjusted.toFixed()])).toEqual([
      ['sales.annual', '12000000', '9600000'],
      ['balances.receivables', '1500000', '1200000'],
      ['balances.cash', '50000', '40000'],
      ['balances.bank', '450000', '360000'],
    ]);
  });

  test('monthly sales are adjusted month by month', () => {
    const p = workedExample();
    p.talkingHabit = 'exaggerating';
    p.evidence.sales = [];
    p.sales = { monthly: ['1000000', '1000000', '1000000', '1000000', '1000000', '1000000', '1500000', '1000000', '1000000', '1000000', '1000000', '500000'] };
    const r = adjustSelfReported(parse(p), defaultPolicy());
    // 1,500,000 × 0.8 = 1,200,000; 500,000 × 0.8 = 400,000.
    expect(r.profile.sales.monthly?.[6]?.toFixed()).toBe('1200000');
    expect(r.profile.sales.monthly?.[11]?.toFixed()).toBe('400000');
    expect(r.adjustments).toHaveLength(12);
  });

  test("an inventory count is the officer's own: the reported inventory is not adjusted", () => {
    const p = workedExample();
    p.talkingHabit = 'exaggerating';
    p.evidence.inventory = [{ kind: 'applicant-word' }];
    p.inventoryCount = [{ item: 'M8 bolts', quantity: '100000', unitCost: '12' }];
    const r = adjustSelfReported(parse(p), defaultPolicy());
    expect(r.adjustments).toEqual([]);
  });

  test('cautious with a bank factor of 1.1 raises the word-only figures', () => {
    const p = workedExample();
    p.talkingHabit = 'cautious';
    p.evidence.sales = [{ kind: 'applicant-word' }];
    const r = adjustSelfReported(parse(p), policySchema.parse({ selfReport: { cautious: '1.1' } }));
    // 12,000,000 × 1.1 = 13,200,000.
    expect(r.profile.sales.annual?.toFixed()).toBe('13200000');
    expect(r.adjustments).toHaveLength(1);
  });
});

describe('assessEvidence', () => {
  test('counts distinct proving kinds, not items', () => {
    const p = workedExample();
    p.evidence.sales = [{ kind: 'bank-statement' }, { kind: 'bank-statement' }, { kind: 'applicant-word' }];
    const sales = assessEvidence(parse(p), defaultPolicy()).find((f) => f.figure === 'sales');
    expect(sales?.independentKinds).toEqual(['bank-statement']);
    expect(sales?.notCounted).toEqual(['applicant-word']);
    expect(sales?.wordOnly).toBe(false);
  });
});
