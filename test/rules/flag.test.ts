import { describe, expect, test } from 'vitest';
import { D } from '../../src/money/index.js';
import { declaredFigures, declaredSeverity, limitFinding } from '../../src/rules/flag.js';

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

describe('limitFinding', () => {
  const base = {
    code: 'LEVERAGE_HIGH' as const,
    subject: { ratio: 'x' },
    unit: 'ratio' as const,
    limitPath: 'x',
    inputs: () => [],
    params: () => ({ a: 'a' }),
  };
  test('ceilings and floors, strictly, with the setting that decided the severity', () => {
    const ceiling = { max: '1', critical: '2' };
    expect(limitFinding({ ...base, limit: ceiling, numerator: new D(1), denominator: new D(1), flagUndefined: false })).toBeNull();
    // 5 / 2 = 2.5 > 2: critical; deviation (2.5 − 1) / 1 = 1.5
    const f = limitFinding({ ...base, limit: ceiling, numerator: new D(5), denominator: new D(2), flagUndefined: false });
    expect([f?.severity, f?.observed, f?.deviation, f?.requirement]).toEqual([
      'critical',
      '2.50',
      { absolute: '1.50', relative: '1.5000' },
      { path: 'x.critical', value: '2' },
    ]);
    // 1 / 4 = 0.25 < 0.5 but not < 0.2: warning, decided by x.min
    const g = limitFinding({ ...base, limit: { min: '0.5', critical: '0.2' }, numerator: new D(1), denominator: new D(4), flagUndefined: false });
    expect([g?.severity, g?.range, g?.requirement]).toEqual(['warning', { min: '0.50', max: null }, { path: 'x.min', value: '0.5' }]);
    expect(g?.params).toEqual({ a: 'a', undefined: false, side: 'min', limit: '0.5' });
  });

  test('a non-positive denominator: critical when asked for, or no finding', () => {
    const limit = { max: '1', critical: '2' };
    const f = limitFinding({ ...base, limit, numerator: new D(1), denominator: new D(0), flagUndefined: true });
    expect([f?.severity, f?.observed, f?.params.undefined]).toEqual(['critical', null, true]);
    expect(limitFinding({ ...base, limit, numerator: new D(1), denominator: new D(0), flagUndefined: false })).toBeNull();
    expect(limitFinding({ ...base, limit, numerator: new D(0), denominator: new D(-1), flagUndefined: true })).toBeNull();
  });
});
