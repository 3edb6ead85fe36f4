/**
 * The published JSON Schemas (issue 19, item 2) against what xcheck really reads and writes, checked by an
 * independent validator (ajv, draft 2020-12, with ajv-formats for `format: date`): every fixture's input (case
 * file, profile, policy, flows) and the report of each valid one (also as an NDJSON result line). A fixture whose
 * profile xcheck rejects must be rejected by the profile schema too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/report/analyze.js';
import { monitor } from '../../src/relationship/monitor.js';
import type { PolicyInput } from '../../src/profile/policy.js';
import { DECIMAL_PATTERNS, jsonSchemaOf, publishedSchemaId, SCHEMA_NAMES, type SchemaName } from '../../src/schemas/json-schemas.js';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'fixtures');
const files = (readdirSync(fixtures, { recursive: true }) as string[]).filter((f) => f.endsWith('.json')).sort();

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats.default(ajv);
  ajv.addKeyword({ keyword: 'unit', schemaType: 'string' });
  for (const name of SCHEMA_NAMES) ajv.addSchema(jsonSchemaOf(name));
  return (name: SchemaName, value: unknown): string[] => {
    const validate = ajv.getSchema(publishedSchemaId(name));
    if (validate === undefined) throw new Error(`no schema ${name}`);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
  };
}
const check = validator();

interface CaseFile {
  profile: unknown;
  policy?: unknown;
  flows?: unknown;
  expect: { invalidPaths?: string[] };
}

describe('the published schemas', () => {
  test('each has an $id, a title and a description, and the named types are in $defs', () => {
    for (const name of SCHEMA_NAMES) {
      const s = jsonSchemaOf(name);
      expect([s.$id, typeof s.title, typeof s.description, s.$schema]).toEqual([publishedSchemaId(name), 'string', 'string', 'https://json-schema.org/draft/2020-12/schema']);
    }
    expect(Object.keys(jsonSchemaOf('profile').$defs as object)).toEqual(expect.arrayContaining(['Money', 'Ratio', 'Date', 'Count', 'EvidenceItem']));
    expect(Object.keys(jsonSchemaOf('report').$defs as object)).toEqual(expect.arrayContaining(['Flag', 'ReportMoney', 'Bilingual']));
    expect(jsonSchemaOf('monitor').$id).toBe('https://xcheck.invalid/schema/monitor-report.json');
    expect(Object.keys(jsonSchemaOf('monitor').$defs as object)).toEqual(
      expect.arrayContaining(['Flag', 'ReportMoney', 'ReportRatio', 'Bilingual', 'ObservedMonth', 'DepositExpectation', 'CheckStatus', 'LoanCost', 'ContactCalendar']),
    );
  });

  test.each(files)('%s: its input follows the schemas; its report too', (file) => {
    const c = JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as CaseFile;
    expect(check('case', c)).toEqual([]);
    const result = c.flows === undefined ? analyze(c.profile, { policy: c.policy as PolicyInput }) : monitor(c.profile, c.flows, { policy: c.policy });
    if (c.expect.invalidPaths !== undefined) {
      // xcheck rejects it: the profile schema (with the flows and policy schemas) must not accept everything
      expect(result.ok).toBe(false);
      const flowsOk = c.flows === undefined || check('flows', c.flows).length === 0;
      expect(check('profile', c.profile).length > 0 || !flowsOk).toBe(true);
      return;
    }
    expect(check('profile', c.profile)).toEqual([]);
    if (c.policy !== undefined) expect(check('policy', c.policy)).toEqual([]);
    if (c.flows !== undefined) expect(check('flows', c.flows)).toEqual([]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    if (c.flows !== undefined) {
      expect(check('monitor', JSON.parse(JSON.stringify(result.report)))).toEqual([]);
      return;
    }
    const report = JSON.parse(JSON.stringify(result.report)) as Record<string, unknown>;
    expect(check('report', report)).toEqual([]);
    const { policy: _, ...withoutPolicy } = report;
    expect(check('ndjson-line', { line: 1, ok: true, report: withoutPolicy })).toEqual([]);
    const figures = analyze(c.profile, { policy: c.policy as PolicyInput, texts: false });
    expect(figures.ok && check('report', JSON.parse(JSON.stringify(figures.report)))).toEqual([]);
  });

  test('what xcheck rejects, the schemas reject: a few of the issue\'s examples', () => {
    const c = JSON.parse(readFileSync(join(fixtures, 'worked-example-agrees.json'), 'utf8')) as { profile: Record<string, any> };
    const p = c.profile;
    expect(check('profile', p)).toEqual([]);
    const broken = [
      { ...p, balances: { ...p.balances, cash: '-1' } },
      { ...p, sales: { ...p.sales, creditShare: '2' } },
      { ...p, sales: {} },
      { ...p, loanRequest: { ...p.loanRequest, amount: '0' } },
      { ...p, loanRequest: { ...p.loanRequest, termMonths: 361 } },
      { ...p, analysisDate: '2023-02-29' },
      { ...p, business: { ...p.business, nickname: 'x' } },
      { ...p, balances: { ...p.balances, cash: '1e5' } },
      { ...p, balances: { ...p.balances, cash: '1234567890123456' } },
    ];
    for (const [i, b] of broken.entries()) {
      expect(analyze(b).ok, JSON.stringify(b).slice(0, 0)).toBe(false);
      expect(check('profile', b).length, `broken[${i}]`).toBeGreaterThan(0);
    }
    expect(check('ndjson-line', { line: 2, ok: false, errors: [{ path: '(root)', code: 'caseFile', message: { en: 'a', zh: 'b' } }] })).toEqual([]);
    expect(check('ndjson-line', { line: 2, ok: false, errors: [{ path: '(root)', code: 'nope', message: { en: 'a', zh: 'b' } }] })).not.toEqual([]);
  });

  test('a broken monitor report is rejected: money as a number, a required field missing, an unknown key', () => {
    const c = JSON.parse(readFileSync(join(fixtures, 'relationship', 'supermarket-supplier-flows-moved.monitor.json'), 'utf8')) as CaseFile;
    const result = monitor(c.profile, c.flows, { policy: c.policy });
    if (!result.ok) throw new Error('the fixture is valid');
    const good = JSON.parse(JSON.stringify(result.report)) as Record<string, any>;
    expect(check('monitor', good)).toEqual([]);
    expect(good.cost).not.toBeNull(); // so that the cost's and the calendar's schemas are exercised too
    expect(good.calendar).not.toBeNull();
    const copy = (): Record<string, any> => structuredClone(good);
    const broken: [string, Record<string, any>][] = [];
    let b = copy();
    b.observed[0].inflows = Number(b.observed[0].inflows);
    broken.push(['observed money as a number', b]);
    b = copy();
    b.cost.bank.depositValue = Number(b.cost.bank.depositValue);
    broken.push(['cost money as a number', b]);
    b = copy();
    b.expectation.months[0].sales = '1500000.5';
    broken.push(['money with one place', b]);
    b = copy();
    delete b.summary;
    broken.push(['summary missing', b]);
    b = copy();
    delete b.expectation.months[3].expectedBalance;
    broken.push(['a month without its expected balance', b]);
    b = copy();
    b.expectation.months.pop();
    broken.push(['eleven months of expectation', b]);
    b = copy();
    b.checks[2].code = 'RECEIVABLES_INCONSISTENT';
    broken.push(['a check the monitor does not run', b]);
    b = copy();
    b.policy.bankSettledShare = '2';
    broken.push(['a policy the policy schema rejects', b]);
    b = copy();
    b.extra = true;
    broken.push(['an unknown key', b]);
    for (const [what, report] of broken) expect(check('monitor', report).length, what).toBeGreaterThan(0);
    // the analysis report is not a monitor report, nor the other way round
    expect(check('report', good).length).toBeGreaterThan(0);
  });

  test('every field of the monitor report\'s own types has a description (the shared Flag and Bilingual are the report\'s)', () => {
    const s = jsonSchemaOf('monitor') as { properties: object; $defs: Record<string, object> };
    const undocumented: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties !== undefined) {
        for (const [key, value] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          if (typeof value.description !== 'string' || value.description === '') undocumented.push(`${at}.${key}`);
          walk(value, `${at}.${key}`);
        }
      }
      for (const key of ['items', 'anyOf', 'oneOf']) if (n[key] !== undefined) walk(n[key], at);
      if (Array.isArray(node)) for (const item of node) walk(item, at);
    };
    walk(s, '');
    const shared = new Set(['Flag', 'Bilingual', 'ReportMoney', 'ReportRatio', 'ReportDecimal']);
    for (const [name, def] of Object.entries(s.$defs)) if (!shared.has(name)) walk(def, name);
    expect(undocumented).toEqual([]);
    expect(Object.keys(s.properties).length).toBe(11); // … conditions (docs/conditions.md, "After the loan")
  });

  test('the decimal patterns accept exactly the canonical decimal strings xcheck accepts for each type', () => {
    const cases: Record<string, [string[], string[]]> = {
      Money: [['0', '0.00', '1500000.00', '999999999999999.99999999999999999999'], ['-1', '1e5', '01', '1,000', '1000000000000000', '1.000000000000000000001', '.5', '']],
      SignedMoney: [['-150000.00', '0', '12'], ['--1', '+1', '1.']],
      Ratio: [['0', '1', '1.000', '0.15', '0.99999'], ['1.01', '2', '-0.1', '01']],
      PositiveDecimal: [['0.01', '2', '1000'], ['0', '0.00', '-1']],
      MonthlyRate: [['0', '0.0129', '0.000000000001', '1', '0.00'], ['0.0000000000001', '1.1', '-0.01']],
      RatioBelowOne: [['0', '0.99'], ['1', '1.0']],
      PositiveRatio: [['0.5', '1', '0.001'], ['0', '0.000', '1.5']],
    };
    for (const [name, [good, bad]] of Object.entries(cases)) {
      const re = new RegExp(DECIMAL_PATTERNS[name]!, 'u');
      expect(good.filter((v) => !re.test(v)), name).toEqual([]);
      expect(bad.filter((v) => re.test(v)), name).toEqual([]);
    }
  });
});
