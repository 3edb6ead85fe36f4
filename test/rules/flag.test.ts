import { describe, expect, test } from 'vitest';
import { D } from '../../src/money/index.js';
import { declaredFigures, declaredSeverity, limitFlag } from '../../src/rules/flag.js';

const band = { tolerance: '0.2', critical: '0.5' };

describe('declared-figure helpers', () => {
  test('range solves |(d − e) / d| ≤ t for the declared figure', () => {
    // e = 120: 120 / 1.2 = 100 and 120 / 0.8 = 150; at d = 150, (150 − 120) / 150 = 0.2 exactly: no flag
    const f = declaredFigures('CNY', new D(150), new D(120), band);
    expect(f.range).toEqual({ min: '100.00', max: '150.00' });
    expect(declaredSeverity(new D(150), new D(120), band)).toBeNull();
    expect(declaredSeverity(new D('150.01'), new D(120), band)).toBe('warning');
    // no upper end with a tolerance of 1 or more
    expect(declaredFigures('CNY', new D(1), new D(1), { tolerance: '1', critical: '2' }).range.max).toBeNull();
  });

  test('a declared zero against a non-zero estimate warns, zero against zero agrees', () => {
    expect(declaredSeverity(new D(0), new D(5), band)).toBe('warning');
    expect(declaredSeverity(new D(0), new D(0), band)).toBeNull();
  });
});

describe('limitFlag', () => {
  const base = {
    code: 'X',
    ruleId: 'x',
    title: { en: 'x', zh: 'x' },
    unit: 'ratio' as const,
    limitPath: 'policy.x',
    formula: 'a / b',
    terms: () => 'a / b',
    inputs: () => [],
    evidence: [],
    questions: [],
    message: (v: string, l: string) => ({ en: `${v} ${l}`, zh: `${v} ${l}` }),
  };
  test('ceilings and floors, strictly', () => {
    const ceiling = { max: '1', critical: '2' };
    expect(limitFlag({ ...base, limit: ceiling, numerator: new D(1), denominator: new D(1), undefinedMessage: null })).toBeNull();
    // 5 / 2 = 2.5 > 2: critical; deviation (2.5 − 1) / 1 = 1.5
    const f = limitFlag({ ...base, limit: ceiling, numerator: new D(5), denominator: new D(2), undefinedMessage: null });
    expect([f?.severity, f?.observed, f?.deviation]).toEqual(['critical', '2.50', { absolute: '1.50', relative: '1.5000' }]);
    // 1 / 4 = 0.25 < 0.5 but not < 0.2: warning
    const g = limitFlag({ ...base, limit: { min: '0.5', critical: '0.2' }, numerator: new D(1), denominator: new D(4), undefinedMessage: null });
    expect([g?.severity, g?.range]).toEqual(['warning', { min: '0.50', max: null }]);
  });

  test('a non-positive denominator: critical with a message, or no flag', () => {
    const msg = () => ({ en: 'none', zh: 'none' });
    const limit = { max: '1', critical: '2' };
    const f = limitFlag({ ...base, limit, numerator: new D(1), denominator: new D(0), undefinedMessage: msg });
    expect([f?.severity, f?.message, f?.computation]).toEqual(['critical', { en: 'none', zh: 'none' }, 'a / b: the denominator is not positive']);
    expect(limitFlag({ ...base, limit, numerator: new D(1), denominator: new D(0), undefinedMessage: null })).toBeNull();
    expect(limitFlag({ ...base, limit, numerator: new D(0), denominator: new D(-1), undefinedMessage: msg })).toBeNull();
  });
});
