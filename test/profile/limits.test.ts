/**
 * Issue 18, findings 1 (input side), 3, 4 and the first two of 9: bounded inputs (docs/profile.md, "Limits"),
 * many errors capped instead of an internal error, a sane floor on monthly rates, adjusted money rounded to the
 * fen, loans that would end after 9999-12-31 refused. Expected figures are worked out by hand in each test.
 */
import type * as z from 'zod';
import { describe, expect, test } from 'vitest';
import { scheduleFromInput } from '../../src/capacity/schedule.js';
import { catalogs } from '../../src/locales/index.js';
import { inputError, inputErrorsOf, MAX_INPUT_ERRORS } from '../../src/profile/errors.js';
import { defaultPolicy } from '../../src/profile/policy.js';
import type { ProfileInput } from '../../src/profile/schema.js';
import { monitor } from '../../src/relationship/monitor.js';
import { analyze } from '../../src/report/analyze.js';
import { isSheetError } from '../../src/sheets/cells.js';
import { deviation, installment } from '../../src/sheets/functions.js';
import { minimalProfile } from '../support/profiles.js';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function errorsOf(profile: unknown): { path: string; code: string; en: string; zh: string }[] {
  const r = analyze(profile);
  if (r.ok) return [];
  return r.errors.map((e) => ({ path: e.path, code: e.code, en: e.message.en, zh: e.message.zh }));
}

const withRequest = (request: Loose): Loose => ({ ...minimalProfile(), loanRequest: { amount: '100000', termMonths: 12, monthlyRate: '0.0129', ...request } });

describe('amounts: at most 15 digits before the point, 20 after', () => {
  test('a 100,000-digit amount is refused at validation (no analysis runs), naming the path and the limit', () => {
    const p: Loose = minimalProfile();
    p.sales = { annual: '9'.repeat(100_000) };
    expect(errorsOf(p)).toEqual([
      { path: 'sales.annual', code: 'amountTooLarge', en: 'is too large: at most 15 digits before the decimal point', zh: '数值过大：小数点前最多 15 位数字' },
    ]);
  });

  test('a 50-character amount with 49 significant digits is refused, never silently rounded to 40', () => {
    const amount = '123456789012.3456789012345678901234567890123456789';
    expect(amount).toHaveLength(50);
    const p: Loose = minimalProfile();
    p.balances = { cash: amount };
    expect(errorsOf(p)).toEqual([
      { path: 'balances.cash', code: 'tooManyDigits', en: 'has too many decimals: at most 20 digits after the decimal point', zh: '小数位过多：小数点后最多 20 位数字' },
    ]);
  });

  test('the bounds themselves are accepted: 15 integer digits, 20 decimals; 10^15 as a number or a string is not', () => {
    const ok: Loose = minimalProfile();
    ok.balances = { cash: '999999999999999.12345678901234567890', bank: 999_999_999_999_999 };
    expect(errorsOf(ok)).toEqual([]);
    const big: Loose = minimalProfile();
    big.balances = { cash: '1000000000000000', bank: 1e15, otherLiabilities: 1e300 };
    expect(errorsOf(big).map((e) => `${e.path} ${e.code}`)).toEqual([
      'balances.cash amountTooLarge',
      'balances.bank amountTooLarge',
      'balances.otherLiabilities amountTooLarge',
    ]);
  });

  test('a negative amount is measured without its sign; a ratio has the same limits', () => {
    const p: Loose = minimalProfile();
    p.history = [{ date: '2025-01-01', kind: 'revaluation', amount: '-999999999999999' }];
    p.grossMargin = '0.123456789012345678901';
    expect(errorsOf(p).map((e) => `${e.path} ${e.code}`)).toEqual(['grossMargin tooManyDigits']);
  });
});

describe('texts and lists', () => {
  test('a name over 200 characters, a text over 500: tooLong with the limit, in both languages', () => {
    const p: Loose = minimalProfile();
    p.business.name = '张'.repeat(201);
    p.business.address = 'a'.repeat(501);
    p.business.industry = 'x'.repeat(200);
    expect(errorsOf(p)).toEqual([
      { path: 'business.name', code: 'tooLong', en: 'is too long: at most 200 characters', zh: '过长：最多 200 个字符' },
      { path: 'business.address', code: 'tooLong', en: 'is too long: at most 500 characters', zh: '过长：最多 500 个字符' },
    ]);
  });

  test('an inventory count of 10,001 lines: tooMany at the list', () => {
    const p: Loose = minimalProfile();
    p.inventoryCount = Array.from({ length: 10_001 }, () => ({ item: 'bolt', quantity: '1', unitCost: '1' }));
    expect(errorsOf(p)).toEqual([{ path: 'inventoryCount', code: 'tooMany', en: 'has too many items: at most 10000', zh: '项目过多：最多 10000 项' }]);
  });

  test('the generic tooLarge (lines and files over a size in bytes) for the batch and the command line', () => {
    expect(inputError({ path: '(root)', code: 'tooLarge', params: { limit: '16777216' } }).message).toEqual({
      en: 'is larger than the limit of 16777216 bytes',
      zh: '超过 16777216 字节的上限',
    });
    expect(catalogs.zh.errors.limits.tooLarge('1')).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('many errors: the first 1,000 and a count, never an internal error', () => {
  test('an inventory of 130,000 bad lines (once 390,000 issues, an internal error): refused early by the list limit', () => {
    const p: Loose = minimalProfile();
    p.inventoryCount = Array.from({ length: 130_000 }, () => ({}));
    expect(errorsOf(p).map((e) => `${e.path} ${e.code}`)).toEqual(['inventoryCount tooMany']);
  });

  test('the after-the-loan monitor: 130,000 bad months of flows, capped the same way', () => {
    const p: Loose = withRequest({ disbursementDate: '2026-07-01' });
    const r = monitor(p, { months: Array.from({ length: 130_000 }, () => null) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.some((e) => e.code === 'internal_error')).toBe(false);
    expect(r.errors).toHaveLength(MAX_INPUT_ERRORS + 1);
    expect(r.errors.at(-1)?.code).toBe('tooManyErrors');
  });

  test('unit: 200,000 issues of two inputs are capped together, in order, without a spread', () => {
    const issue: z.core.$ZodIssue = { code: 'custom', message: 'money', path: ['x'], input: 'a' };
    const many = Array.from({ length: 150_000 }, () => issue);
    const errors = inputErrorsOf([
      [many, []],
      [many.slice(0, 50_000), ['policy']],
    ]);
    expect(errors).toHaveLength(1001);
    expect(errors[999]?.path).toBe('x');
    expect(errors[1000]).toEqual(inputError({ path: '(root)', code: 'tooManyErrors', params: { count: '199000', limit: '1000' } }));
  });
});

describe('monthly rates: zero or at least 1e-12', () => {
  test('loanRequest.monthlyRate below the floor, as a string or a number, is refused with the limit', () => {
    for (const rate of ['0.0000000000009', 1e-41, 5e-324]) {
      const errors = errorsOf(withRequest({ monthlyRate: rate })).filter((e) => e.code === 'rateTooSmall');
      expect(errors).toEqual([
        { path: 'loanRequest.monthlyRate', code: 'rateTooSmall', en: 'must be 0 or at least 1e-12 (a smaller rate cannot be computed exactly)', zh: '应为 0 或不小于 1e-12（更小的利率无法精确计算）' },
      ]);
    }
  });

  test('the floor itself and zero are accepted; a zero rate repays P / n', () => {
    expect(errorsOf(withRequest({ monthlyRate: '0.000000000001' }))).toEqual([]);
    expect(errorsOf(withRequest({ monthlyRate: 1e-12 }))).toEqual([]);
    const r = analyze(withRequest({ monthlyRate: 0 }));
    expect(r.ok).toBe(true);
    const s = scheduleFromInput({ amount: '120000', monthlyRate: '0', months: 12 });
    expect(s.ok && s.schedule.instalment.toFixed(2)).toBe('10000.00'); // 120,000 / 12
  });

  test('xcheck schedule (scheduleFromInput) refuses a tiny rate instead of an Infinity instalment', () => {
    const s = scheduleFromInput({ amount: '100000', monthlyRate: 1e-41, months: 12 });
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['monthlyRate rateTooSmall']);
  });

  test('the spreadsheet INSTALLMENT and DEVIATION return an error, never ±Infinity', () => {
    const i = installment(100000, 1e-41, 12);
    expect(isSheetError(i)).toBe(true);
    const d = deviation(5e-324, 1500000);
    expect(isSheetError(d)).toBe(true);
    // ordinary inputs unchanged: (2,600,000 − 1,500,000) / 2,600,000 = 0.42307692…
    expect(deviation(2600000, 1500000)).toBeCloseTo(0.4230769230769231, 15);
    expect(installment(100000, 0.0129, 12)).toBe(9048.5);
  });
});

describe('the calendar ends at 9999-12-31', () => {
  test('a loan whose last due date would fall after 9999-12-31 is refused at the input', () => {
    expect(errorsOf(withRequest({ disbursementDate: '9999-06-01' })).map((e) => `${e.path} ${e.code} ${e.en}`)).toEqual([
      'loanRequest.disbursementDate afterYear9999 makes the loan run past 9999-12-31: its last due date cannot be written',
    ]);
    // 9998-12-31 + 12 months = 9999-12-31: the last day that can be written
    expect(errorsOf(withRequest({ disbursementDate: '9998-12-31' }))).toEqual([]);
  });

  test('without a disbursement date the schedule starts at the analysis date: checked there', () => {
    const p: Loose = withRequest({});
    p.analysisDate = '9999-06-30';
    expect(errorsOf(p).map((e) => `${e.path} ${e.code}`)).toEqual(['loanRequest.termMonths afterYear9999']);
  });

  test('scheduleFromInput (xcheck schedule --start) as well', () => {
    const s = scheduleFromInput({ amount: '1000', monthlyRate: '0.01', months: 1, startDate: '9999-12-01' });
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['startDate afterYear9999']);
  });
});

describe('the talking-habit factor gives money to the fen', () => {
  test('12 months of 12,345.67 × 0.8 = 9,876.536 → 9,876.54 each; the annual sales are their sum, 118,518.48', () => {
    const p: Loose = minimalProfile();
    p.talkingHabit = 'exaggerating';
    p.sales = { monthly: Array.from({ length: 12 }, () => '12345.67') };
    expect(defaultPolicy().selfReport.exaggerating).toBe('0.8');
    const r = analyze(p as ProfileInput);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const is = r.report.incomeStatement;
    expect(is.months.map((m) => m.sales)).toEqual(Array.from({ length: 12 }, () => '9876.54'));
    expect(is.annual.sales).toBe('118518.48'); // 12 × 9,876.54 (before: 118,518.43, the exact 118,518.432 rounded)
    expect(r.report.selfReport?.adjustments[0]?.adjusted).toBe('9876.54');
  });
});

describe('the policy has bounded lists too', () => {
  test('1,001 industry margin ranges: tooMany at policy.grossMargin.industries', () => {
    const industries = Array.from({ length: 1_001 }, () => ({ match: 'x', min: '0.1', max: '0.2' }));
    const r = analyze(minimalProfile(), { policy: { grossMargin: { industries } } });
    expect(r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code} ${e.message.en}`)).toEqual([
      'policy.grossMargin.industries tooMany has too many items: at most 1000',
    ]);
  });
});

test('an object given for a list, with a `length` that cannot be read as a number, is a type error, not an internal error', () => {
  // Found by the fuzz suite (seed 1146530704, path 854): zod's length check ran on any value with a `length`.
  const r = analyze({ loans: { length: { toString: false } } });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.errors.some((e) => e.code === 'internal_error')).toBe(false);
  expect(r.errors.find((e) => e.path === 'loans')?.code).toBe('invalid_type');
});
