import { describe, expect, test } from 'vitest';
import { SHEET_FUNCTIONS } from '../../src/sheets/catalog.js';
import { isSheetError } from '../../src/sheets/cells.js';
import { sheetFields } from '../../src/sheets/fields.js';
import {
  analyzeRange,
  callSheetFunction,
  deviation,
  equity,
  installment,
  inventory,
  payables,
  receivables,
  SCHEDULE_HEADER,
  scheduleTable,
  schemaTable,
  SHEET_IMPLEMENTATIONS,
} from '../../src/sheets/functions.js';
import { parseFieldPath, profileFromRange } from '../../src/sheets/profile-range.js';

const message = (v: unknown) => (isSheetError(v) ? `${v.code} ${v.message}` : v);

describe('turnover balances', () => {
  test("the source's worked example: 12,000,000 × 45 / 360 = 1,500,000; × 30 / 360 = 1,000,000", () => {
    expect(receivables(12000000, 45)).toBe(1500000);
    expect(payables(12000000, 30)).toBe(1000000);
  });
  test('365-day basis: 12,000,000 × 45 / 365 = 1,479,452.0547… → 1,479,452.05', () => {
    expect(receivables(12000000, 45, 365)).toBe(1479452.05);
  });
  test('inventory: 10,200,000 × 42 / 360 = 1,190,000', () => {
    expect(inventory(10200000, 42)).toBe(1190000);
  });
  test('text numbers and an empty basis are accepted', () => {
    expect(receivables('12000000', '45', '')).toBe(1500000);
  });
  test('bad arguments give #VALUE! with the argument named', () => {
    expect(message(receivables(12000000, 45.5))).toBe('#VALUE! days must be a whole number, got 45.5');
    expect(message(receivables(-1, 45))).toBe('#VALUE! sales must not be negative, got -1');
    expect(message(receivables(12000000, 45, 300))).toBe('#VALUE! basis must be one of 360, 365, got 300');
    expect(message(receivables('', 45))).toBe('#VALUE! sales must be a number, got an empty cell');
  });
});

describe('deviation, equity', () => {
  test('(2,600,000 − 1,500,000) / 2,600,000 = 11/26', () => {
    // 11 / 26 = 0.42307692307692307… ; the double nearest to it
    expect(deviation(2600000, 1500000)).toBe(11 / 26);
  });
  test('(0.1 − 0.3) / 0.1 is exactly −2 (in binary floating point it would be −1.9999999999999998)', () => {
    expect(deviation(0.1, 0.3)).toBe(-2);
  });
  test('declared 0 is #DIV/0!', () => {
    expect(message(deviation(0, 1))).toMatch(/^#DIV\/0! declared is zero/);
  });
  test('500,000 + 4,880,000 − 3,300,000 + 100,000 − 72,000 = 2,108,000', () => {
    expect(equity(500000, 4880000, 3300000, 100000, 72000)).toBe(2108000);
  });
  test('a loss is a negative profit: 100 + (−30.5) − 0 + 0 − 0.25 = 69.25', () => {
    expect(equity(100, -30.5, 0, 0, 0.25)).toBe(69.25);
  });
  test('an error names the first bad term', () => {
    expect(message(equity(1, 2, 'x', 4, 5))).toBe('#VALUE! withdrawals must be a number, got the text "x"');
  });
});

describe('instalment and schedule', () => {
  test('PMT(1.29%, 12, 100000) = 9,048.4965… → 9,048.50', () => {
    expect(installment(100000, 0.0129, 12)).toBe(9048.5);
    expect(installment(100000, 0.0129, 12, '等额本息')).toBe(9048.5);
  });
  test('equal principal: 12,000 / 12 + 12,000 × 1% = 1,120', () => {
    expect(installment(12000, 0.01, 12, 'equal-principal')).toBe(1120);
    expect(installment(12000, 0.01, 12, '等额本金')).toBe(1120);
  });
  test('bad loan arguments', () => {
    expect(message(installment(100000, 0.0129, 0))).toBe('#VALUE! months must be between 1 and 360, got 0');
    expect(message(installment(100000, 1.5, 12))).toMatch(/^#VALUE! monthlyRate must be a fraction between 0 and 1/);
    expect(message(installment(0, 0.01, 12))).toMatch(/^#VALUE! amount must be greater than zero/);
    expect(message(installment(100, 0.01, 12, 'balloon'))).toBe('#VALUE! method must be one of annuity, equal-principal, got the text "balloon"');
  });
  test('the schedule spills a header and one row per month; a 31 January start falls due on 28 February 2026', () => {
    const t = scheduleTable(100000, 0.0129, 12, undefined, 46053) as unknown[][];
    expect(t).toHaveLength(13);
    expect(t[0]).toEqual(SCHEDULE_HEADER);
    // 100,000 × 1.29% = 1,290 interest; 9,048.50 − 1,290 = 7,758.50 principal; 92,241.50 left
    expect(t[1]).toEqual([1, '2026-02-28', 100000, 9048.5, 1290, 7758.5, 92241.5]);
    expect(t[12]?.[6]).toBe(0);
  });
  test('no start date: the due-date column is empty', () => {
    const t = scheduleTable(1000, 0, 2) as unknown[][];
    expect(t[1]).toEqual([1, '', 1000, 500, 0, 500, 500]);
  });
  test('a bad start date', () => {
    expect(message(scheduleTable(1000, 0, 2, '', 'tomorrow'))).toBe('#VALUE! startDate must be a date, got the text "tomorrow"');
  });
});

const profileRows: unknown[][] = [
  ['field', 'value'],
  ['analysisDate', 46203], // 2026-06-30: 46053 (2026-01-31) + 28 + 31 + 30 + 31 + 30 = 46203
  ['business.name', 'Lin'],
  ['business.industry', 'hardware wholesale'],
  ['business.kind', 'trading'],
  ['business.startDate', '2005-03-01'],
  ['sales.annual', 12000000],
  ['settlement.customerDays', 45],
  ['settlement.supplierDays', '30'],
  ['grossMargin', 0.15],
  ['# a comment row', 'ignored'],
  ['', ''],
  ['balances.receivables', 2600000],
  ['balances.payables', 300000],
  ['fixedAssets[0].name', 'van'],
  ['fixedAssets[0].purchaseDate', new Date(2024, 5, 30)],
  ['fixedAssets[0].cost', 180000],
  ['fixedAssets[0].usefulLifeMonths', 60],
];

describe('ANALYZE over a range', () => {
  test('flags with their figures, then the rules that could not run', () => {
    const t = analyzeRange(profileRows) as unknown[][];
    expect(t[0]).toEqual(['code', 'severity', 'message', 'expected', 'observed']);
    const byCode = new Map(t.slice(1).map((r) => [r[0], r]));
    // 12,000,000 × 45 / 360 = 1,500,000 expected; 2,600,000 observed: +73% → critical
    expect(byCode.get('RECEIVABLES_INCONSISTENT')?.slice(1, 2).concat(byCode.get('RECEIVABLES_INCONSISTENT')?.slice(3))).toEqual([
      'critical',
      1500000,
      2600000,
    ]);
    // purchases = COGS = 12,000,000 × 0.85 = 10,200,000; × 30 / 360 = 850,000 expected
    expect(byCode.get('PAYABLES_INCONSISTENT')?.[3]).toBe(850000);
    // no history: the equity rule cannot run, and says so
    const skipped = t.filter((r) => r[1] === 'skipped');
    expect(skipped.map((r) => r[0])).toContain('EQUITY_RECONCILIATION_GAP');
  });
  test('messages in Chinese', () => {
    const t = analyzeRange(profileRows, 'zh') as unknown[][];
    expect(String(t[1]?.[2])).toMatch(/[\u4e00-\u9fff]/);
  });
  test('policy rows: policy.dayBasis 365 changes the expected receivables to 12,000,000 × 45 / 365 = 1,479,452.05', () => {
    const t = analyzeRange([...profileRows, ['policy.dayBasis', 365]]) as unknown[][];
    expect(t.find((r) => r[0] === 'RECEIVABLES_INCONSISTENT')?.[3]).toBe(1479452.05);
  });
  test('input errors name each path', () => {
    const rows = profileRows.map((r) => (r[0] === 'business.kind' ? ['business.kind', 'shop'] : r));
    rows.push(['sales.anual', 5]);
    const e = analyzeRange(rows);
    expect(isSheetError(e)).toBe(true);
    expect(message(e)).toContain('business.kind: is not one of the allowed values');
    expect(message(e)).toContain('sales.anual: is not a field xcheck knows');
  });
  test('bad rows: malformed paths, duplicates, clashes, bad dates', () => {
    const e = analyzeRange([
      ['sales annual', 1],
      ['sales.annual', 1],
      ['sales.annual', 2],
      ['sales.annual.x', 3],
      ['analysisDate', 12],
      ['__proto__.x', 1],
    ]);
    expect(message(e)).toBe(
      '#VALUE! row 1 (sales annual): not a field path (write it like sales.annual or fixedAssets[0].cost); ' +
        'row 3 (sales.annual): given twice, or clashes with another row; ' +
        'row 4 (sales.annual.x): given twice, or clashes with another row; ' +
        'row 5 (analysisDate) must be a date (a serial between 61 and 2958465, 1900-03-01 to 9999-12-31), got 12; ' +
        'row 6 (__proto__.x): not a field path (write it like sales.annual or fixedAssets[0].cost)',
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
  test('not a range, or an empty one', () => {
    expect(isSheetError(analyzeRange(5))).toBe(true);
    expect(isSheetError(analyzeRange([[1]]))).toBe(true);
    expect(message(analyzeRange([['', '']]))).toBe('#VALUE! profile has no rows with a field path and a value');
  });
  test('the range is not mutated', () => {
    const copy = structuredClone(profileRows);
    analyzeRange(profileRows);
    expect(profileRows).toEqual(copy);
  });
  test('values are read by the field kind: decimals as plain strings, whole numbers as numbers, dates as ISO', () => {
    const r = profileFromRange(
      [
        ['sales.annual', 0.1],
        ['settlement.customerDays', '45'],
        ['analysisDate', 46203],
        ['business.name', 8],
        ['fixedAssets[1].cost', 1e-7],
      ],
      sheetFields(),
    );
    expect(r).toEqual({
      profile: {
        sales: { annual: '0.1' },
        settlement: { customerDays: 45 },
        analysisDate: '2026-06-30',
        business: { name: '8' },
        fixedAssets: [undefined, { cost: '0.0000001' }],
      },
      policy: {},
    });
  });
  test('field paths', () => {
    expect(parseFieldPath('fixedAssets[10].cost')).toEqual(['fixedAssets', 10, 'cost']);
    expect(parseFieldPath('a..b')).toBeUndefined();
    expect(parseFieldPath('a[x]')).toBeUndefined();
    expect(parseFieldPath('constructor')).toBeUndefined();
  });
});

describe('SCHEMA', () => {
  const t = schemaTable() as unknown[][];
  const paths = t.slice(1).map((r) => r[0]);
  test('lists profile and policy fields read from the schemas, with kinds', () => {
    expect(t[0]).toEqual(['field', 'type', 'required', 'default']);
    expect(t.find((r) => r[0] === 'sales.annual')?.[1]).toBe('decimal');
    expect(t.find((r) => r[0] === 'settlement.customerDays')?.[1]).toBe('whole number');
    expect(t.find((r) => r[0] === 'analysisDate')?.slice(1, 3)).toEqual(['date', 'yes']);
    expect(t.find((r) => r[0] === 'business.kind')?.[1]).toBe('one of: trading, production, service, agriculture');
    expect(t.find((r) => r[0] === 'fixedAssets[0].cost')?.[2]).toBe('no');
    expect(t.find((r) => r[0] === 'policy.dayBasis')?.slice(1)).toEqual(['one of: 360, 365', 'no', 360]);
    expect(paths).toContain('sales.monthly[0]');
    expect(new Set(paths).size).toBe(paths.length);
  });
  test('every listed profile path is accepted by ANALYZE as a known field (no unknown_key)', () => {
    const rows = t.slice(1).map((r) => [r[0], r[1] === 'date' ? '2026-06-30' : 1]);
    const e = analyzeRange(rows);
    expect(isSheetError(e)).toBe(true);
    expect(message(e)).not.toContain('is not a field xcheck knows');
    // and the check can fail:
    expect(message(analyzeRange([...rows, ['sales.anual', 1]]))).toContain('sales.anual: is not a field xcheck knows');
  });
});

describe('the catalog and the implementations agree', () => {
  test('every id has an implementation whose arity matches', () => {
    expect(Object.keys(SHEET_IMPLEMENTATIONS).sort()).toEqual(SHEET_FUNCTIONS.map((f) => f.id).sort());
    for (const f of SHEET_FUNCTIONS) expect(SHEET_IMPLEMENTATIONS[f.id].length).toBe(f.parameters.length);
  });
  test('callSheetFunction never throws: unknown ids and extra arguments are errors', () => {
    expect(message(callSheetFunction('NOPE', []))).toBe('#VALUE! unknown function NOPE');
    expect(message(callSheetFunction('DEVIATION', [1, 2, 3]))).toBe('#VALUE! DEVIATION takes at most 2 arguments');
    expect(callSheetFunction('RECEIVABLES', [12000000, 45])).toBe(1500000);
  });
});

describe('SEASONAL_SCHEDULE', () => {
  test('balloon: 12,000 at 1%, half in period 2 → principal 3,000, 6,000, 3,000; interest 120, 90, 30', () => {
    const t = callSheetFunction('SEASONAL_SCHEDULE', [12000, 0.01, 3, 'balloon', 2]) as unknown[][];
    expect(t[0]).toEqual(SCHEDULE_HEADER);
    expect(t.slice(1).map((r) => r[3])).toEqual([3120, 6090, 3030]);
  });

  test('proportional from a range of weights (a column), with a start date', () => {
    const t = callSheetFunction('SEASONAL_SCHEDULE', [100, 0, 3, 'proportional', [[1], [1], [1]], '2026-01-31']) as unknown[][];
    // 100 × 1/3 rounded down = 33.33 twice, the last 33.34
    expect(t.slice(1).map((r) => [r[1], r[5]])).toEqual([['2026-02-28', 33.33], ['2026-03-31', 33.33], ['2026-04-30', 33.34]]);
  });

  test('a grace as long as the term is a #VALUE! naming the shape', () => {
    const e = callSheetFunction('SEASONAL_SCHEDULE', [100, 0, 3, 'grace', 3]);
    expect(isSheetError(e) && e.message).toMatch(/^shape /);
  });
});
