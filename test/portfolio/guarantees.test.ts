import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyzeNdjson } from '../../src/cli/ndjson.js';
import { GuaranteeGraph, stronglyConnected } from '../../src/portfolio/guarantees.js';

/** A profile reduced to what the view reads: its party, its guarantors (party, amount, whether it guarantees them back). */
const party = (id: string, guarantors: readonly { id: string; amount?: string; back?: boolean }[], request = '100000') => ({
  partyId: id,
  loanRequest: { amount: request },
  guarantors: guarantors.map((g) => ({ name: g.id, partyId: g.id, relation: 'friend', ...(g.amount ? { amount: g.amount } : {}), ...(g.back ? { guaranteedByApplicant: true } : {}) })),
});
const viewOf = (profiles: readonly unknown[]) => {
  const g = new GuaranteeGraph();
  profiles.forEach((p, i) => g.add(p, i + 1));
  return g.view();
};

describe('strongly connected components', () => {
  test('a 3-cycle and a tail: the cycle is one component, the tail its own', () => {
    // 0→1→2→0, 2→3
    const comp = stronglyConnected([[1], [2], [0, 3], []]);
    expect(comp[0]).toBe(comp[1]);
    expect(comp[1]).toBe(comp[2]);
    expect(comp[3]).not.toBe(comp[0]);
    // reverse topological order: the sink (3) is numbered first
    expect(comp[3]).toBeLessThan(comp[0] as number);
  });

  test('a long path does not recurse (100,000 parties)', () => {
    const n = 100_000;
    const out = Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : [0]));
    const comp = stronglyConnected(out);
    expect(new Set(comp).size).toBe(1);
  });
});

describe('the guarantee view', () => {
  test('one guarantee is no chain: nothing reported', () => {
    const v = viewOf([party('A', [{ id: 'B' }])]);
    expect(v).toEqual({ profiles: 1, parties: 2, links: 1, groups: [], outside: ['B'] });
  });

  test('a chain of three parties: longest chain 2, no cycle', () => {
    // C guarantees B, B guarantees A
    const v = viewOf([party('A', [{ id: 'B', amount: '50000' }]), party('B', [{ id: 'C' }], '70000')]);
    expect(v.groups).toHaveLength(1);
    expect(v.groups[0]).toMatchObject({ parties: ['A', 'B', 'C'], longestChain: 2, cycles: [], amount: '120000.00' });
  });

  test('a mutual guarantee is a cycle of two; said by both profiles, each link counts once', () => {
    const v = viewOf([party('A', [{ id: 'B', amount: '30000', back: true }]), party('B', [{ id: 'A', amount: '40000' }])]);
    expect(v.links).toBe(2);
    // B→A from line 1 (30,000); A→B from line 1 (guaranteed back, no amount), line 2's 40,000 is the same link
    expect(v.groups[0]?.links).toEqual([
      { guarantor: 'B', borrower: 'A', amount: '30000.00', line: 1 },
      { guarantor: 'A', borrower: 'B', amount: null, line: 1 },
    ]);
    expect(v.groups[0]?.cycles).toEqual([['A', 'B', 'A']]);
  });

  test('lines without a partyId or with invalid guarantee fields add nothing', () => {
    const v = viewOf([{ guarantors: [{ name: 'x', partyId: 'B', relation: 'friend' }] }, { partyId: 'A', guarantors: [{ name: 'x', partyId: 'B', relation: 'bogus' }] }, 'not a profile', null]);
    expect(v).toEqual({ profiles: 0, parties: 0, links: 0, groups: [], outside: [] });
  });
});

describe('xcheck analyze --ndjson --portfolio', () => {
  const file = readFileSync(new URL('../../fixtures/portfolio/guarantee-cycle.ndjson', import.meta.url), 'utf8');
  const lines = file.split('\n').filter((l) => l !== '');

  test('the five-profile fixture: a cycle of three and a tail, a party outside the file', async () => {
    const out: string[] = [];
    await analyzeNdjson(lines, { texts: false, portfolio: true, write: (l) => void out.push(typeof l === 'string' ? l : new TextDecoder().decode(l)) });
    expect(out).toHaveLength(6);
    const { portfolio } = JSON.parse(out[5] as string);
    // C-1002 guarantees C-1001 (300,000), C-1003 guarantees C-1002 (200,000), C-1001 guarantees C-1003 (250,000):
    // a cycle; C-1001 also guarantees C-1004 (100,000): 300,000 + 200,000 + 250,000 + 100,000 = 850,000. C-1006
    // guarantees C-1005 (one link, no chain: not a group) and has no profile in the file.
    expect(portfolio).toEqual({
      profiles: 5,
      parties: 6,
      links: 5,
      groups: [
        {
          parties: ['C-1001', 'C-1002', 'C-1003', 'C-1004'],
          links: [
            { guarantor: 'C-1002', borrower: 'C-1001', amount: '300000.00', line: 1 },
            { guarantor: 'C-1003', borrower: 'C-1002', amount: '200000.00', line: 2 },
            { guarantor: 'C-1001', borrower: 'C-1003', amount: '250000.00', line: 3 },
            { guarantor: 'C-1001', borrower: 'C-1004', amount: '100000.00', line: 4 },
          ],
          amount: '850000.00',
          longestChain: 1,
          cycles: [['C-1001', 'C-1003', 'C-1002', 'C-1001']],
        },
      ],
      outside: ['C-1006'],
    });
  });

  test('without --portfolio nothing is added', async () => {
    const out: string[] = [];
    await analyzeNdjson(lines, { texts: false, write: (l) => void out.push(typeof l === 'string' ? l : new TextDecoder().decode(l)) });
    expect(out).toHaveLength(5);
    expect(out.every((l) => !l.includes('"portfolio"'))).toBe(true);
  });
});

describe('the published schema of the portfolio line', () => {
  test('the five-profile fixture\'s last line is valid under `xcheck schema --ndjson-line` (ajv)', async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const { jsonSchemaOf } = await import('../../src/schemas/json-schemas.js');
    const ajv = new Ajv2020({ strict: false });
    for (const name of ['policy', 'report', 'profile'] as const) ajv.addSchema(jsonSchemaOf(name));
    const validate = ajv.compile(jsonSchemaOf('ndjson-line'));
    const file = readFileSync(new URL('../../fixtures/portfolio/guarantee-cycle.ndjson', import.meta.url), 'utf8');
    const out: string[] = [];
    await analyzeNdjson(file.split('\n').filter((l) => l !== ''), { texts: false, portfolio: true, write: (l) => void out.push(typeof l === 'string' ? l : new TextDecoder().decode(l)) });
    const last = JSON.parse(out.at(-1) as string);
    expect(validate(last), JSON.stringify(validate.errors)).toBe(true);
    // and a line that is not a view is refused: a cycle's party as a number
    last.portfolio.groups[0].cycles[0][0] = 1001;
    expect(validate(last)).toBe(false);
  });
});
