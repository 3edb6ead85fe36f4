import { describe, expect, test } from 'vitest';
import { collateralRule } from '../../src/rules/collateral/index.js';
import { guarantorsRule } from '../../src/rules/guarantors/index.js';
import { softInformationRule } from '../../src/rules/soft-information/index.js';
import { runRule, workedExample } from './base-profile.js';

/** The worked example asks for a loan; these tests set the request to 300,000 so the arithmetic is round. */
const withRequest = (extra: Record<string, unknown>) => {
  const p = workedExample() as Record<string, unknown>;
  p.loanRequest = { amount: '300000', termMonths: 12, monthlyRate: '0.0129' };
  return { ...p, ...extra };
};
const flags = (rule: Parameters<typeof runRule>[0], p: unknown, policy?: unknown) => {
  const r = runRule(rule, p, policy);
  if (r.status !== 'ran') throw new Error(`skipped: ${JSON.stringify(r)}`);
  return r.flags;
};

describe('guarantors', () => {
  test('capacity below 1 warns, below 0.5 is critical; the amount defaults to the request', () => {
    // 240,000 / 300,000 = 0.8 < 1
    const [f] = flags(guarantorsRule, withRequest({ guarantors: [{ name: 'Chen', relation: 'friend', netWorth: '240000' }] }));
    expect(f?.code).toBe('GUARANTOR_CAPACITY');
    expect(f?.severity).toBe('warning');
    expect(f?.observed).toBe('0.80');
    expect(f?.inputs.find((i) => i.name === 'guaranteedAmount')).toMatchObject({ path: 'loanRequest.amount', value: '300000.00', defaulted: true });
    // 140,000 / 300,000 = 0.4667 < 0.5
    const [g] = flags(guarantorsRule, withRequest({ guarantors: [{ name: 'Chen', relation: 'friend', netWorth: '140000' }] }));
    expect(g?.severity).toBe('critical');
    expect(g?.requirement).toEqual({ path: 'guarantors.capacity.critical', value: '0.5' });
    // exactly 1: 300,000 / 300,000 does not flag (strict)
    expect(flags(guarantorsRule, withRequest({ guarantors: [{ name: 'Chen', relation: 'friend', netWorth: '300000' }] }))).toEqual([]);
  });

  test('no net worth: a finding of the policy severity', () => {
    const [f] = flags(guarantorsRule, withRequest({ guarantors: [{ name: 'Chen', relation: 'friend' }] }), { guarantors: { unknownNetWorth: 'critical' } });
    expect(f).toMatchObject({ code: 'GUARANTOR_CAPACITY', severity: 'critical', observed: null, requirement: { path: 'guarantors.unknownNetWorth', value: 'critical' } });
    expect(f?.message.en).toContain('was not recorded');
  });

  test('exposure only when the guarantor gave other guarantees', () => {
    // (100,000 + 200,000) / 250,000 = 1.2 > 1: warning; capacity 250,000 / 200,000 = 1.25 fine
    const fs = flags(guarantorsRule, withRequest({ guarantors: [{ name: 'Chen', relation: 'friend', amount: '200000', netWorth: '250000', guaranteesGiven: '100000' }] }));
    expect(fs.map((f) => [f.code, f.severity, f.observed])).toEqual([['GUARANTEE_EXPOSURE', 'warning', '1.20']]);
    expect(fs[0]?.computation.en).toBe('(100,000.00 + 200,000.00) / 250,000.00 = 1.20 > 1');
  });

  test('mutual guarantee, from the guarantor or from household.guaranteesGiven by partyId', () => {
    const own = flags(guarantorsRule, withRequest({ guarantors: [{ name: 'Chen', relation: 'friend', netWorth: '900000', guaranteedByApplicant: true, guaranteedByApplicantAmount: '50000' }] }));
    expect(own.map((f) => [f.code, f.severity, f.observed])).toEqual([['MUTUAL_GUARANTEE', 'warning', '50000.00']]);
    const critical = flags(guarantorsRule, withRequest({ guarantors: [{ name: 'Chen', relation: 'friend', netWorth: '900000', guaranteedByApplicant: true }] }), { guarantors: { mutual: 'critical' } });
    expect(critical[0]?.severity).toBe('critical');
    expect(critical[0]?.message.zh).toContain('互保');
    // the applicant's own guarantee for Chen, recorded in the household's guarantees given (beneficiary = the guarantor's name)
    const p = withRequest({ guarantors: [{ name: 'Chen', relation: 'friend', netWorth: '900000' }] }) as Record<string, unknown>;
    const household = { ...(p.household as object), guaranteesGiven: [{ beneficiary: 'Chen', amount: '80000' }] };
    const viaHousehold = flags(guarantorsRule, { ...p, household });
    expect(viaHousehold.map((f) => [f.code, f.observed, f.params.source])).toEqual([['MUTUAL_GUARANTEE', '80000.00', 'household.guaranteesGiven']]);
  });

  test('skipped without guarantors', () => {
    expect(runRule(guarantorsRule, withRequest({})).status).toBe('skipped');
    expect(runRule(guarantorsRule, withRequest({ guarantors: [] })).status).toBe('skipped');
  });
});

describe('collateral', () => {
  test('loan-to-value against the limit of its kind, prior liens included', () => {
    // (300,000 + 100,000) / 500,000 = 0.8 > 0.7 (real estate): warning
    const [f] = flags(collateralRule, withRequest({ collateral: [{ kind: 'real-estate', description: 'flat', appraisedValue: '500000', appraisedBy: 'bank', priorLiens: '100000', lienRegistered: true }] }));
    expect(f).toMatchObject({ code: 'COLLATERAL_LTV_HIGH', severity: 'warning', observed: '0.80', requirement: { path: 'collateral.maxLoanToValue.real-estate.max', value: '0.7' } });
    // the same figures for a deposit (limit 0.9) pass
    expect(flags(collateralRule, withRequest({ collateral: [{ kind: 'deposit', description: 'CD', appraisedValue: '500000', appraisedBy: 'bank', priorLiens: '100000', lienRegistered: true }] }))).toEqual([]);
    // a bank's own limit
    expect(flags(collateralRule, withRequest({ collateral: [{ kind: 'real-estate', description: 'flat', appraisedValue: '500000', appraisedBy: 'bank', priorLiens: '100000', lienRegistered: true }] }), { collateral: { maxLoanToValue: { 'real-estate': { max: '0.8' } } } })).toEqual([]);
  });

  test('above 1 is critical; a zero value is critical with no ratio; an unregistered lien warns', () => {
    // 80,000 / 60,000 = 1.33
    const fs = flags(collateralRule, withRequest({ collateral: [{ kind: 'vehicle', description: 'van', appraisedValue: '60000', appraisedBy: 'applicant', securedAmount: '80000', lienRegistered: false }] }));
    expect(fs.map((f) => [f.code, f.severity, f.observed])).toEqual([
      ['COLLATERAL_LTV_HIGH', 'critical', '1.33'],
      ['COLLATERAL_LIEN_NOT_REGISTERED', 'warning', null],
    ]);
    const [z] = flags(collateralRule, withRequest({ collateral: [{ kind: 'other', description: 'x', appraisedValue: '0', appraisedBy: 'officer', lienRegistered: true }] }));
    expect(z).toMatchObject({ severity: 'critical', observed: null, params: { undefined: true } });
  });
});

describe('soft information', () => {
  test('each concern is a finding of its policy severity; no concern, no finding', () => {
    const p = withRequest({
      softInformation: {
        items: [
          { topic: 'habits', source: 'observed', concerns: ['gambling', 'gambling', 'heavy-drinking'], note: 'cards' },
          { topic: 'reputation', source: 'market-office', assessment: 'positive' },
        ],
      },
    });
    expect(flags(softInformationRule, p).map((f) => [f.severity, f.params.concern, f.requirement?.path])).toEqual([
      ['critical', 'gambling', 'softInformation.concerns.gambling'],
      ['warning', 'heavy-drinking', 'softInformation.concerns.heavy-drinking'],
    ]);
    const relaxed = flags(softInformationRule, p, { softInformation: { concerns: { gambling: 'warning' } } });
    expect(relaxed[0]?.severity).toBe('warning');
    expect(relaxed[0]?.message.en).toContain('a question for the committee');
    expect(flags(softInformationRule, withRequest({ softInformation: { tradeStanding: 'leader' } }))).toEqual([]);
    expect(runRule(softInformationRule, withRequest({})).status).toBe('skipped');
  });
});
