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
    expect(f.computation).toBe('visited 0 + proof 0 + observed 0 = 0 of 3');
  });

  test('visited, lease but the business not seen operating: warning', () => {
    const f = flagOf(withPremises({ visited: true, observedOperating: false, proof: [{ kind: 'lease-contract' }] }));
    expect(f.severity).toBe('warning');
    expect(f.observed).toBe('2');
    expect(f.message.en).toContain('the business was not observed operating there');
  });

  test('visited and seen operating, but no tenure proof: warning (a utility bill is no tenure proof)', () => {
    const f = flagOf(withPremises({ visited: true, observedOperating: true, proof: [{ kind: 'utility-bills' }, { kind: 'applicant-word' }] }));
    expect(f.severity).toBe('warning');
    expect(f.message.zh).toContain('没有租赁合同或产权证明');
  });

  test('visited with neither: critical; severities are policy', () => {
    const p = withPremises({ visited: true });
    expect(flagOf(p).severity).toBe('critical');
    expect(flagOf(p, { premises: { unconfirmed: 'warning' } }).severity).toBe('warning');
  });

  test('skipped without a premises record', () => {
    const p = workedExample();
    delete p.premises;
    expect(run(p).status).toBe('skipped');
  });
});
