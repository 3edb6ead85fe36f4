import { describe, expect, test } from 'vitest';
import { parseInput } from '../../src/report/analyze.js';
import { workedExample } from '../rules/base-profile.js';

const errorsOf = (p: unknown) => {
  const r = parseInput(p);
  return r.ok ? [] : r.errors.map((e) => [e.path, e.code]);
};

describe('evidence, talking habit, premises and owner fields', () => {
  test('the worked example with all of them validates', () => {
    expect(errorsOf(workedExample())).toEqual([]);
  });

  test('a profile without any of them still validates (all optional)', () => {
    const p = workedExample();
    for (const k of ['evidence', 'talkingHabit', 'premises', 'owner']) delete p[k];
    delete p.loans[0].evidence;
    expect(errorsOf(p)).toEqual([]);
  });

  test('each problem is reported at its path', () => {
    const p = workedExample();
    p.evidence.sales[0].kind = 'gossip';
    p.evidence.sale = [];
    p.talkingHabit = 'boastful';
    p.premises.visited = 'yes';
    p.history[0].repaidDate = '2027-01-01';
    p.owner.workStartDate = '2026-07-01';
    p.history[3].asset = 'boat';
    expect(errorsOf(p)).toEqual(
      expect.arrayContaining([
        ['evidence.sales[0].kind', 'enum'],
        ['evidence.sale', 'unknown_key'],
        ['talkingHabit', 'enum'],
        ['premises.visited', 'boolean'],
        ['history[3].asset', 'enum'],
      ]),
    );
  });

  test('dates after the analysis date are rejected', () => {
    const p = workedExample();
    p.history[0].repaidDate = '2027-01-01';
    p.owner.workStartDate = '2026-07-01';
    p.premises.visitDate = '2026-07-01';
    expect(errorsOf(p)).toEqual([
      ['history[0].repaidDate', 'afterAnalysisDate'],
      ['owner.workStartDate', 'afterAnalysisDate'],
      ['premises.visitDate', 'afterAnalysisDate'],
    ]);
  });
});
