/**
 * The functions in a real spreadsheet engine (HyperFormula, GPL-v3 licence key, dev dependency only):
 * the worked-example workbook from docs/spreadsheets-example.csv, XCHECK.INSTALLMENT against the
 * engine's own PMT, XCHECK.ANALYZE over a range, and errors for bad cells.
 */
import { readFileSync } from 'node:fs';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ANALYZE_ROWS, XcheckPlugin, xcheckTranslations } from './hyperformula-plugin.js';

/** A small CSV reader (quoted fields, doubled quotes), enough for the example workbook. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
        else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') cells.push(cell), (cell = '');
      else cell += ch;
    }
    cells.push(cell);
    rows.push(cells);
  }
  return rows;
}

/** Typed as a spreadsheet would: numbers as numbers, formulas and text as they are. */
const typed = (cell: string): string | number | null =>
  cell === '' ? null : /^-?\d+(?:\.\d+)?$/.test(cell) ? Number(cell) : cell;

let hf: HyperFormula;
const sheet = 0;
const value = (a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, sheet)!);

beforeAll(() => {
  HyperFormula.registerFunctionPlugin(XcheckPlugin, xcheckTranslations);
  const csv = parseCsv(readFileSync(new URL('../../docs/spreadsheets-example.csv', import.meta.url), 'utf8'));
  hf = HyperFormula.buildFromArray(csv.map((r) => r.map(typed)), { licenseKey: 'gpl-v3' });
});

afterAll(() => {
  hf.destroy();
  HyperFormula.unregisterFunctionPlugin(XcheckPlugin);
});

describe('the worked-example workbook (docs/spreadsheets-example.csv)', () => {
  test('12,000,000 sales, customers 45 days: receivables 12,000,000 × 45 / 360 = 1,500,000', () => {
    expect(value('B5')).toBe(1500000);
  });
  test('suppliers 30 days, applied to the sales as the source does: 12,000,000 × 30 / 360 = 1,000,000', () => {
    expect(value('B6')).toBe(1000000);
  });
  test('deviation of the reported 2,600,000: (2,600,000 − 1,500,000) / 2,600,000 = 11/26', () => {
    // The engine rounds what it shows to 10 significant digits (its precisionRounding), as it does its own division.
    expect(value('B8')).toBe(hf.calculateFormula('=(B7-B5)/B7', sheet));
    expect(value('B8')).toBeCloseTo(11 / 26, 10);
  });
  test('inventory 10,200,000 × 42 / 360 = 1,190,000; equity 500,000 + 4,880,000 − 3,300,000 + 100,000 − 72,000 = 2,108,000', () => {
    expect(value('B11')).toBe(1190000);
    expect(value('B17')).toBe(2108000);
  });
  test("XCHECK.INSTALLMENT equals the engine's ROUND(-PMT(…), 2): 9,048.50", () => {
    expect(value('B21')).toBe(9048.5);
    expect(value('B22')).toBe(value('B21'));
  });
  test('XCHECK.SCHEDULE spills a header and 12 months from the DATE(2026,1,31) disbursement', () => {
    expect(value('A25')).toBe('period');
    expect(value('G25')).toBe('closing balance');
    // 100,000 × 1.29% = 1,290; 9,048.50 − 1,290 = 7,758.50
    expect([value('A26'), value('B26'), value('C26'), value('D26'), value('E26'), value('F26'), value('G26')]).toEqual([
      1, '2026-02-28', 100000, 9048.5, 1290, 7758.5, 92241.5,
    ]);
    expect(value('B28')).toBe('2026-04-30');
    expect(value('G37')).toBe(0);
    // months came from a cell, so the engine reserved 360 rows; the rest are empty
    expect(value('A38')).toBe(null);
  });
  test('XCHECK.ANALYZE over I1:J80 (header row, dates from DATE(), empty rows) finds the cross-check and capacity flags', () => {
    const rows: unknown[][] = [];
    for (let r = 1; r <= 1 + ANALYZE_ROWS; r++) rows.push(['L', 'M', 'N', 'O', 'P'].map((c) => value(`${c}${r}`)));
    expect(rows[0]).toEqual(['code', 'severity', 'message', 'expected', 'observed']);
    const flags = rows.filter((r) => r[1] === 'critical' || r[1] === 'warning' || r[1] === 'info');
    expect(flags.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      // 12,000,000 × 45 / 360 = 1,500,000 against 2,600,000 reported
      ['RECEIVABLES_INCONSISTENT', 'critical', 1500000, 2600000],
      // purchases = COGS = 12,000,000 × (1 − 0.15) = 10,200,000; × 30 / 360 = 850,000 against 300,000
      ['PAYABLES_INCONSISTENT', 'critical', 850000, 300000],
      // 500,000 + 4,880,000 − 3,300,000 + 100,000 − 72,000 = 2,108,000 against 4,408,000 − 600,000 = 3,808,000
      ['EQUITY_RECONCILIATION_GAP', 'critical', 2108000, 3808000],
      // 300,000 at 1.29% over 12 months: 27,145.49 ÷ the 29,000 monthly surplus = 0.93605 > the 0.7 limit
      ['REPAYMENT_CAPACITY_EXCEEDED', 'warning', 0.7, 0.9361],
      // In date order: the 2015-05-01 flat of 2,000,000 against 500,000 − 300,000 + 150,000 + 1,400,000 × 76 / 120
      // (76 of the 120 months of the 2009–2018 profit) = 1,236,666.67 (issue 14, dated equity)
      ['EQUITY_EVENT_UNFUNDED', 'warning', 1236666.67, 2000000],
      // the 2021-04-01 down payment of 1,000,000 against −250,000 + 100,000 + 3,000,000 × 27 / 84 = 814,285.71
      ['EQUITY_EVENT_UNFUNDED', 'warning', 814285.71, 1000000],
    ]);
  });
  test('the Apps Script names work as aliases', () => {
    expect(hf.calculateFormula('=XCHECK_RECEIVABLES(12000000, 45)', sheet)).toBe(1500000);
  });
  test('the Google Sheets version (docs/spreadsheets-example-google.csv, XCHECK_ names) shows the same values in every cell', () => {
    const csv = parseCsv(readFileSync(new URL('../../docs/spreadsheets-example-google.csv', import.meta.url), 'utf8'));
    const google = HyperFormula.buildFromArray(csv.map((r) => r.map(typed)), { licenseKey: 'gpl-v3' });
    try {
      expect(hf.getSheetFormulas(sheet).flat().filter((f) => f?.includes('XCHECK.'))).toHaveLength(8);
      expect(google.getSheetFormulas(sheet).flat().filter((f) => f?.includes('XCHECK_'))).toHaveLength(8);
      expect(google.getSheetValues(sheet)).toEqual(hf.getSheetValues(sheet));
    } finally {
      google.destroy();
    }
  });
});

describe("XCHECK.INSTALLMENT against the engine's PMT", () => {
  test.each([
    [100000, 0.0129, 12],
    [300000, 0.0129, 12],
    [2000, 0.015, 6],
    [1000000, 0.008, 36],
    [55555.55, 0.0099, 24],
    [100, 0.007901833333, 6],
    [80000, 0.012, 360],
  ])('amount %d, rate %d, %d months', (amount, rate, months) => {
    const ours = hf.calculateFormula(`=XCHECK.INSTALLMENT(${amount}, ${rate}, ${months})`, sheet);
    const pmt = hf.calculateFormula(`=ROUND(-PMT(${rate}, ${months}, ${amount}), 2)`, sheet);
    expect(typeof ours).toBe('number');
    expect(ours).toBe(pmt);
  });
  test('a zero rate: 1,200 / 12 = 100, as PMT gives', () => {
    expect(hf.calculateFormula('=XCHECK.INSTALLMENT(1200, 0, 12)', sheet)).toBe(100);
    expect(hf.calculateFormula('=ROUND(-PMT(0, 12, 1200), 2)', sheet)).toBe(100);
  });
});

describe('errors for bad cells', () => {
  const error = (formula: string) => {
    const v = hf.calculateFormula(formula, sheet);
    expect(v).toBeInstanceOf(DetailedCellError);
    const e = v as DetailedCellError;
    return `${e.value} ${e.message}`;
  };
  test('text where a number belongs is #VALUE! with the reason', () => {
    expect(error('=XCHECK.RECEIVABLES("twelve million", 45)')).toBe('#VALUE! sales must be a number, got the text "twelve million"');
  });
  test('a fractional day count, an unknown basis, a zero declared figure', () => {
    expect(error('=XCHECK.RECEIVABLES(A1, 45.5)')).toMatch(/^#VALUE! sales must be a number, got the text "Worked example/);
    expect(error('=XCHECK.PAYABLES(B2, 45.5)')).toBe('#VALUE! days must be a whole number, got 45.5');
    expect(error('=XCHECK.INVENTORY(B9, B10, 364)')).toBe('#VALUE! basis must be one of 360, 365, got 364');
    expect(error('=XCHECK.DEVIATION(0, B5)')).toMatch(/^#DIV\/0! declared is zero/);
  });
  test('an empty cell', () => {
    expect(error('=XCHECK.EQUITY(B12, B13, B14, B15, C1)')).toBe('#VALUE! depreciation must be a number, got an empty cell');
  });
  test("an engine error in an argument propagates as the engine's error", () => {
    expect(error('=XCHECK.RECEIVABLES(1/0, 45)')).toMatch(/^#DIV\/0!/);
  });
  test('ANALYZE on a range that is not a profile names the problems', () => {
    expect(error('=XCHECK.ANALYZE(A1:B3)')).toMatch(/^#VALUE! row 2 \(Annual sales\): not a field path/);
  });
  test('a bad start date for SCHEDULE', () => {
    expect(error('=XCHECK.SCHEDULE(1000, 0.01, 2, "annuity", "soon")')).toBe('#VALUE! startDate must be a date, got the text "soon"');
  });
});
