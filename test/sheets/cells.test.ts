import { afterEach, describe, expect, test } from 'vitest';
import {
  isoDateToSerial,
  isSheetError,
  moneyCell,
  readDate,
  readDecimal,
  readWholeNumber,
  serialToIsoDate,
} from '../../src/sheets/cells.js';
import { D } from '../../src/money/index.js';

describe('date serials (days since 1899-12-30)', () => {
  // Reference serials as Excel and Google Sheets show them for =DATE(…) formatted as a number:
  // DATE(1970,1,1) = 25569 (the Unix epoch), DATE(2024,1,1) = 45292, DATE(1900,3,1) = 61, DATE(9999,12,31) = 2958465.
  test.each([
    [25569, '1970-01-01'],
    [45292, '2024-01-01'],
    // 45292 + 30 (January) + 29 (leap February 2024) = 45351
    [45351, '2024-02-29'],
    [61, '1900-03-01'],
    [2958465, '9999-12-31'],
  ])('%i is %s and back', (serial, iso) => {
    expect(serialToIsoDate(serial)).toBe(iso);
    expect(isoDateToSerial(iso)).toBe(serial);
  });
  test('a time of day (the fraction) is ignored: 45292.75 is still 2024-01-01', () => {
    expect(serialToIsoDate(45292.75)).toBe('2024-01-01');
  });
  test('serials outside 1900-03-01 … 9999-12-31 are not dates (Excel and Sheets disagree below 61)', () => {
    expect(serialToIsoDate(60)).toBeUndefined();
    expect(serialToIsoDate(2958466)).toBeUndefined();
    expect(serialToIsoDate(Number.NaN)).toBeUndefined();
  });
  test('every day of 2000–2030 round-trips and the serial advances by one each day', () => {
    const first = isoDateToSerial('2000-01-01') as number;
    const last = isoDateToSerial('2030-12-31') as number;
    // 31 years with 8 leap years (2000, 2004, …, 2028): 31 × 365 + 8 − 1 days between the ends
    expect(last - first).toBe(31 * 365 + 8 - 1);
    const bad: number[] = [];
    for (let s = first; s <= last; s++) if (isoDateToSerial(serialToIsoDate(s) as string) !== s) bad.push(s);
    expect(bad).toEqual([]);
  });
});

describe('Date objects are read by their local calendar day, in any zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });
  test.each(['America/Los_Angeles', 'Asia/Shanghai', 'UTC'])('%s', (zone) => {
    process.env.TZ = zone;
    // The zone really changed (a test that could not fail otherwise): LA is UTC−8 in January, Shanghai UTC+8.
    const offset = new Date(2024, 0, 31).getTimezoneOffset();
    expect(offset).toBe({ 'America/Los_Angeles': 480, 'Asia/Shanghai': -480, UTC: 0 }[zone]);
    // Apps Script hands a date cell as local midnight of the script's zone.
    expect(readDate(new Date(2024, 0, 31), 'd')).toBe('2024-01-31');
    // A date-time late in the day stays on its day (UTC parts would move it in Shanghai or LA).
    expect(readDate(new Date(2024, 1, 29, 23, 30), 'd')).toBe('2024-02-29');
    expect(readDate(new Date(2024, 1, 29, 0, 15), 'd')).toBe('2024-02-29');
    // Serials do not depend on the zone at all.
    expect(readDate(45351, 'd')).toBe('2024-02-29');
  });
});

describe('reading cells', () => {
  test('numbers enter Decimal through their shortest string: 0.1 + 0.2 = 0.3', () => {
    const a = readDecimal(0.1, 'a');
    const b = readDecimal(0.2, 'b');
    if (isSheetError(a) || isSheetError(b)) throw new Error('unexpected');
    expect(a.plus(b).toString()).toBe('0.3');
  });
  test('decimal text is accepted, other text is a #VALUE! naming the argument', () => {
    expect(String(readDecimal(' 1500000.50 ', 'x'))).toBe('1500000.5');
    const e = readDecimal('12,000,000', 'sales');
    expect(isSheetError(e) && e.code === '#VALUE!' && e.message).toBe('sales must be a number, got the text "12,000,000"');
    expect(isSheetError(readDecimal(true, 'x'))).toBe(true);
    expect(isSheetError(readDecimal(null, 'x'))).toBe(true);
    expect(isSheetError(readDecimal([[1]], 'x'))).toBe(true);
    expect(isSheetError(readDecimal(Number.POSITIVE_INFINITY, 'x'))).toBe(true);
  });
  test('whole numbers', () => {
    expect(readWholeNumber(45, 'days', 0, 3650)).toBe(45);
    expect(readWholeNumber('45', 'days', 0, 3650)).toBe(45);
    expect(readWholeNumber(45.5, 'days', 0, 3650)).toEqual({ type: 'sheet-error', code: '#VALUE!', message: 'days must be a whole number, got 45.5' });
    expect(isSheetError(readWholeNumber(-1, 'days', 0, 3650))).toBe(true);
  });
  test('money comes out rounded half-up to the fen: 9,048.4965… → 9048.5; 0.005 → 0.01', () => {
    expect(moneyCell(new D('9048.49654'))).toBe(9048.5);
    expect(moneyCell(new D('0.005'))).toBe(0.01);
  });
});
