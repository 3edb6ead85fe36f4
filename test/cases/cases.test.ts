/** verifyCases, the decision expectation, readPath and the renderers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { parseCase, readPath, verifyCase, verifyCases } from '../../src/cases/index.js';
import { escapeXml, escapeXmlAttribute, formatJUnit, formatVerifyText } from '../../src/cases/render.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const agrees = JSON.parse(readFileSync(join(fixtures, 'worked-example-agrees.json'), 'utf8')) as Record<string, unknown>;
const disagrees = JSON.parse(readFileSync(join(fixtures, 'worked-example-disagrees.json'), 'utf8')) as Record<string, unknown>;

const withExpect = (c: Record<string, unknown>, expectation: Record<string, unknown>) => ({ ...c, expect: expectation });

describe('verifyCases', () => {
  test('totals count passed, failed and invalid cases; results keep the order given', () => {
    const run = verifyCases([
      { source: 'a.json', content: agrees },
      { source: 'b.json', content: disagrees },
      // The disagreeing profile does raise RECEIVABLES_INCONSISTENT: expecting it absent fails.
      { source: 'c.json', content: withExpect(disagrees, { absent: ['RECEIVABLES_INCONSISTENT'] }) },
      { source: 'd.json', content: { profile: {} } },
      { source: 'e.json', content: 'not a case' },
    ]);
    expect(run.totals).toEqual({ total: 5, passed: 2, failed: 1, invalid: 2 });
    expect(run.results.map((r) => [r.source, r.status])).toEqual([
      ['a.json', 'passed'],
      ['b.json', 'passed'],
      ['c.json', 'failed'],
      ['d.json', 'invalid'],
      ['e.json', 'invalid'],
    ]);
    expect(run.results[2]?.differences).toEqual([
      { path: 'flags[code=RECEIVABLES_INCONSISTENT]', expected: 'does not fire', got: 'fired (critical)' },
    ]);
    // The missing `expect` is named as a path in the case file.
    expect(run.results[3]?.errors?.map((e) => e.path)).toEqual(['expect']);
  });

  test('a case without a name is named by its source', () => {
    const { name: _drop, ...unnamed } = agrees;
    expect(verifyCases([{ source: 'x/y.json', content: unnamed }]).results[0]?.name).toBe('x/y.json');
  });

  test('an empty list is zero of everything', () => {
    expect(verifyCases([]).totals).toEqual({ total: 0, passed: 0, failed: 0, invalid: 0 });
  });

  test('the options policy replaces each case’s own', () => {
    // Hand: receivables deviation +73.33%; with a critical band at 80% it is only a warning.
    const c = withExpect(disagrees, { flags: [{ code: 'RECEIVABLES_INCONSISTENT', severity: 'critical' }] });
    const run = verifyCases([{ source: 'c', content: c }], { policy: { receivables: { critical: '0.8' } } });
    expect(run.results[0]?.differences).toEqual([
      { path: 'flags[code=RECEIVABLES_INCONSISTENT].severity', expected: 'critical', got: 'warning' },
    ]);
  });

  test('does not mutate the cases', () => {
    const copy = structuredClone(disagrees);
    verifyCases([{ source: 'b', content: disagrees }]);
    expect(disagrees).toEqual(copy);
  });
});

describe('expect.decision', () => {
  test('the schema accepts the three decisions and rejects others', () => {
    for (const decision of ['approve', 'approve-lower', 'decline']) expect(parseCase(withExpect(agrees, { decision })).ok).toBe(true);
    const bad = parseCase(withExpect(agrees, { decision: 'maybe' }));
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['expect.decision']);
  });

  test('a decision that differs fails the case, naming both', () => {
    // the worked example asks 300,000 against a 29,000 surplus: instalment 27,145.49 = 93.61% > 70% → approve-lower
    const parsed = parseCase(withExpect(agrees, { decision: 'approve' }));
    if (!parsed.ok) throw new Error('case should parse');
    const result = verifyCase(parsed.value, 'decision');
    expect(result.status).toBe('failed');
    expect(result.differences).toEqual([{ path: 'recommendation.decision', expected: 'approve', got: 'approve-lower' }]);
  });

  test('a report without a recommendation (no loan request) fails the case rather than passing silently', () => {
    const { loanRequest: _, ...profile } = agrees.profile as Record<string, unknown>;
    const parsed = parseCase({ ...withExpect(agrees, { decision: 'approve' }), profile });
    if (!parsed.ok) throw new Error('case should parse');
    const result = verifyCase(parsed.value, 'decision');
    expect(result.status).toBe('failed');
    expect(result.differences).toEqual([{ path: 'recommendation.decision', expected: 'approve', got: '(absent)' }]);
  });
});

describe('invalidPaths', () => {
  test('passes when every listed path is rejected, fails naming a path that was not', () => {
    const profile = structuredClone(agrees.profile) as { analysisDate: string };
    profile.analysisDate = '2026-02-30';
    const ok = parseCase({ profile, expect: { invalidPaths: ['analysisDate'] } });
    const missed = parseCase({ profile, expect: { invalidPaths: ['analysisDate', 'business.kind'] } });
    if (!ok.ok || !missed.ok) throw new Error('cases should parse');
    expect(verifyCase(ok.value, 'ok').status).toBe('passed');
    const r = verifyCase(missed.value, 'missed');
    expect(r.status).toBe('failed');
    expect(r.differences).toEqual([{ path: 'errors', expected: 'an error at business.kind', got: 'analysisDate' }]);
  });
});

describe('readPath', () => {
  const doc = { flags: [{ code: 'A', x: 1 }, { code: 'B', x: 2 }], months: [{ sales: '10' }, { sales: '20' }] };
  test('selects by key, by index and by property', () => {
    expect(readPath(doc, 'flags[code=B].x')).toBe(2);
    expect(readPath(doc, 'months[1].sales')).toBe('20');
    expect(readPath(doc, 'flags[code=C].x')).toBeUndefined();
    expect(readPath(doc, 'recommendation.decision')).toBeUndefined();
  });
});

describe('renderers', () => {
  const run = verifyCases([
    { source: 'a.json', content: agrees },
    { source: 'b.json', content: withExpect(agrees, { figures: [{ path: 'equity.gap', value: '0', tolerance: '100' }] }) },
  ]);

  test('text: a line per case, the differences indented, then N passed, N failed', () => {
    // Hand: the gap is 2,158,000 − 2,108,000 = 50,000, far outside 0 ± 100.
    expect(formatVerifyText(run)).toBe(
      'PASS  worked-example-agrees\n' +
        'FAIL  worked-example-agrees  (b.json)\n' +
        '      equity.gap: expected 0 ± 100, got 50000.00\n' +
        '1 passed, 1 failed\n',
    );
  });

  test('JUnit is well-formed and counts the failure', () => {
    const xml = formatJUnit(run, { suiteName: 'bank "A" & <B>' });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('tests="2" failures="1" errors="0"');
    expect(xml).toContain('name="bank &quot;A&quot; &amp; &lt;B&gt;"');
  });

  test('escapeXml escapes the five specials and removes characters XML cannot carry', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(escapeXml('x\u0001y\uD800z\uFFFE')).toBe('xyz');
    expect(escapeXml('a\rb')).toBe('a&#13;b');
    expect(escapeXmlAttribute('a\tb\nc\rd"')).toBe('a&#9;b&#10;c&#13;d&quot;');
    expect(escapeXml('应收账款\t\n')).toBe('应收账款\t\n');
  });
});

/** Issue 18, finding 6: a case that asserts nothing, an internal error, and names that forge lines. */
describe('a case must assert something', () => {
  const codesAt = (input: unknown) => {
    const r = parseCase(input);
    return r.ok ? [] : r.errors.map((e) => [e.path, e.code]);
  };

  test('expect: {} and empty lists alone are invalid case files, naming expect', () => {
    expect(codesAt(withExpect(agrees, {}))).toEqual([['expect', 'assertsNothing']]);
    expect(codesAt(withExpect(agrees, { flags: [], absent: [], figures: [] }))).toEqual([['expect', 'assertsNothing']]);
    expect(codesAt(withExpect(agrees, { figures: [] }))).toEqual([['expect', 'assertsNothing']]);
    // One assertion is enough.
    expect(codesAt(withExpect(agrees, { flags: [], absent: ['LEVERAGE_HIGH'] }))).toEqual([]);
    expect(codesAt(withExpect(agrees, { decision: 'approve-lower' }))).toEqual([]);
  });

  test('the error has a message in both languages', () => {
    const r = parseCase(withExpect(agrees, {}));
    const e = r.ok ? undefined : r.errors[0];
    expect(e?.message.en).toMatch(/^asserts nothing/);
    expect(e?.message.zh).toMatch(/^没有任何断言/);
  });

  test('invalidPaths: [] names no path: invalid, even for a profile that is rejected', () => {
    const profile = { ...(agrees.profile as Record<string, unknown>), analysisDate: '2026-02-30' };
    expect(codesAt({ profile, expect: { invalidPaths: [] } })).toEqual([['expect.invalidPaths', 'assertsNothing']]);
    const run = verifyCases([{ source: 'v.json', content: { profile, expect: { invalidPaths: [] } } }]);
    expect(run.totals).toEqual({ total: 1, passed: 0, failed: 0, invalid: 1 });
  });

  test('invalidPaths with flags, absent, figures or decision is invalid: those would never be checked', () => {
    const profile = { ...(agrees.profile as Record<string, unknown>), analysisDate: '2026-02-30' };
    expect(codesAt({ profile, expect: { invalidPaths: ['analysisDate'], decision: 'decline' } })).toEqual([
      ['expect.invalidPaths', 'conflictingExpectations'],
    ]);
  });

  test('verifyCase on a case that was not parsed still refuses an empty expectation', () => {
    const r = verifyCase({ profile: agrees.profile, expect: {} }, 'empty');
    expect([r.status, r.passed, r.errors?.map((e) => e.path)]).toEqual(['invalid', false, ['expect']]);
  });

  test('an absent code no check can raise fails: it would pass whatever the profile', () => {
    // A typo of RECEIVABLES_INCONSISTENT: no rule raises it, so "absent" asserts nothing.
    const run = verifyCases([{ source: 't.json', content: withExpect(agrees, { absent: ['RECEIVABLE_INCONSISTENT'] }) }]);
    expect(run.results[0]?.status).toBe('failed');
    expect(run.results[0]?.differences).toEqual([
      { path: 'flags[code=RECEIVABLE_INCONSISTENT]', expected: 'a code one of the checks can raise', got: 'a code no check raises' },
    ]);
  });
});

describe('an internal error never passes', () => {
  /** A profile whose reading throws: the analysis fails inside xcheck, not on the input's content. */
  const exploding = () => {
    const profile = structuredClone(agrees.profile) as Record<string, unknown>;
    Object.defineProperty(profile, 'business', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    return profile;
  };

  test('invalidPaths ["(root)"] does not match an internal_error', () => {
    const r = verifyCase({ profile: exploding(), expect: { invalidPaths: ['(root)'] } }, 'root');
    expect(r.status).toBe('failed');
    expect(r.differences).toEqual([
      { path: 'analysis', expected: 'an analysis without an internal error', got: 'xcheck failed on this input (a bug, please report it): boom' },
    ]);
    expect(r.errors?.map((e) => [e.path, e.code])).toEqual([['(root)', 'internal_error']]);
  });

  test('a case with figures fails with the error shown in the text output', () => {
    const run = verifyCases([{ source: 'x.json', content: { name: 'x', profile: exploding(), expect: { decision: 'approve' } } }]);
    expect(run.totals).toEqual({ total: 1, passed: 0, failed: 1, invalid: 0 });
    expect(formatVerifyText(run)).toBe(
      'FAIL  x  (x.json)\n' +
        '      analysis: expected an analysis without an internal error, got xcheck failed on this input (a bug, please report it): boom\n' +
        '0 passed, 1 failed\n',
    );
  });

  test('the monitor (a case with flows) the same', () => {
    const r = verifyCase({ profile: exploding(), flows: { months: [] }, expect: { invalidPaths: ['(root)'] } }, 'm');
    expect([r.status, r.differences[0]?.path]).toEqual(['failed', 'analysis']);
  });
});

describe('names and texts printed safely', () => {
  const forged = 'x\nPASS  forged-case\n5 passed, 0 failed';

  test('a name with newlines cannot forge a PASS line or the closing count', () => {
    const run = verifyCases([{ source: 'a.json', content: { ...agrees, name: forged } }]);
    const text = formatVerifyText(run);
    expect(text).toBe('PASS  x\\nPASS  forged-case\\n5 passed, 0 failed\n1 passed, 0 failed\n');
    expect(text.split('\n').filter((l) => l.startsWith('PASS'))).toHaveLength(1);
  });

  test('ANSI escapes, CR and other controls in names, sources, paths, values and messages are escaped', () => {
    const red = '\u001b[31m';
    const run = verifyCases([
      {
        source: `cases/\r${red}b.json`,
        content: withExpect({ ...agrees, name: `n${red}\u0007\t\u009b` }, { figures: [{ path: `business.name${red}`, value: `v\r\n${red}` }] }),
      },
      { source: 'bad.json', content: { profile: {}, expect: { flags: ['X'], [`k\n${red}`]: 1 } } },
    ]);
    const text = formatVerifyText(run);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toBe(
      'FAIL  n\\u001b[31m\\u0007\\t\\u009b  (cases/\\r\\u001b[31mb.json)\n' +
        '      business.name\\u001b[31m: expected v\\r\\n\\u001b[31m, got (absent)\n' +
        'INVALID  bad.json\n' +
        '      expect["k\\n\\u001b[31m"]: is not a field xcheck knows (a typo?); see docs/profile.md for the field names\n' +
        '1 invalid case file (counted as failed)\n' +
        '0 passed, 2 failed\n',
    );
  });

  test('JUnit: names keep their newlines as character references; characters XML forbids are removed', () => {
    const run = verifyCases([{ source: 'a\u0001.json', content: { ...agrees, name: `${forged}\u001b[0m\uD800` } }]);
    const xml = formatJUnit(run);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uD800-\uDFFF]/);
    expect(xml).toContain('<testcase name="x&#10;PASS  forged-case&#10;5 passed, 0 failed[0m" classname="a.json"/>');
  });
});
