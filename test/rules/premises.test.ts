import { describe, expect, test } from 'vitest';
import { premisesRule } from '../../src/rules/premises/index.js';
import { runRule, singleFlag, workedExample } from './base-profile.js';

const run = (p: unknown, policy?: unknown) => runRule(premisesRule, p, policy);
const flagOf = (p: unknown, policy?: unknown) => singleFlag(premisesRule, p, policy);
const withPremises = (premises: unknown) => ({ ...workedExample(), premises });

describe('PREMISES_NOT_VERIFIED', () => {
  test('stays quiet with a lease and the business seen operating (worked example)', () => {
    expect(run(workedExample())).toEqual({ status: 'ran', flags: [] });
  });

  test('stays quiet with ownership papers instead of a lease', () => {
    expect(run(withPremises({ visited: true, observedOperating: true, proof: [{ kind: 'ownership-papers' }] }))).toEqual({ status: 'ran', flags: [] });
  });

  test('not visited: critical', () => {
    const f = flagOf(withPremises({ visited: false }));
    expect(f.severity).toBe('critical');
    expect(f.observed).toBe('0');
    expect(f.computation.en).toBe('visited 0 + proof 0 + observed 0 = 0 of 3');
    expect(f.computation.zh).toBe('实地调查 0 + 场所证明 0 + 见到经营 0 = 0（共 3 项）');
    expect(f.requirement).toEqual({ path: 'premises.notVisited', value: 'critical' });
    expect(f.subject).toEqual({});
    expect(f.message.en).toBe(
      "The premises are not confirmed as the applicant's business: the premises were not visited. Confirming the place is the basis of all the other checks.",
    );
  });

  test('visited, lease but the business not seen operating: warning', () => {
    const f = flagOf(withPremises({ visited: true, observedOperating: false, proof: [{ kind: 'lease-contract' }] }));
    expect(f.severity).toBe('warning');
    expect(f.observed).toBe('2');
    expect(f.message.en).toContain('the business was not observed operating there');
    // 1 + 1 + 0 = 2: only one of the two confirmations.
    expect(f.requirement).toEqual({ path: 'premises.partlyConfirmed', value: 'warning' });
    expect(f.params).toEqual({ visited: 1, proof: 1, observed: 0, lacking: ['not-observed'] });
  });

  test('visited and seen operating, but no tenure proof: warning (a utility bill is no tenure proof)', () => {
    const f = flagOf(withPremises({ visited: true, observedOperating: true, proof: [{ kind: 'utility-bills' }, { kind: 'applicant-word' }] }));
    expect(f.severity).toBe('warning');
    expect(f.message.zh).toContain('没有租赁合同或产权证明');
  });

  test('visited with neither: critical; severities are policy', () => {
    const p = withPremises({ visited: true });
    expect(flagOf(p).severity).toBe('critical');
    expect(flagOf(p).requirement).toEqual({ path: 'premises.unconfirmed', value: 'critical' });
    expect(flagOf(p).message.zh).toBe('经营场所未能确认为客户本人经营：没有租赁合同或产权证明；未见客户在该场所实际经营。确认经营场所是其他一切调查的基础。');
    const relaxed = flagOf(p, { premises: { unconfirmed: 'warning' } });
    expect(relaxed.severity).toBe('warning');
    expect(relaxed.requirement).toEqual({ path: 'premises.unconfirmed', value: 'warning' });
  });

  test('skipped without a premises record', () => {
    const p = workedExample();
    delete p.premises;
    expect(run(p).status).toBe('skipped');
  });
});
