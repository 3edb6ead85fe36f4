/**
 * The built-in industry table (src/industry/table.ts) keeps its own rules, and the lookup finds the row a bank
 * or the table gives for a GB/T 4754-2017 code (docs/industry.md, "How a row is found").
 */
import { describe, expect, test } from 'vitest';
import { D } from '../../src/money/index.js';
import { GRADES, INDUSTRY_TABLE, gradeOf, industryBenchmark, usualRange } from '../../src/industry/index.js';
import { defaultPolicy, policySchema } from '../../src/profile/policy.js';

const REQUIRED_TRADES = ['5132', '5232', '5174', '3482', '3484', '512', '621', '5212', '5219', '5165', '5431', '0141', '0412', '0421'];

describe('the table', () => {
  test('covers the common micro-enterprise trades, each code once and well formed', () => {
    const codes = INDUSTRY_TABLE.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^\d{2,4}$/);
    for (const c of REQUIRED_TRADES) expect(codes).toContain(c);
  });

  test('every graded metric runs in grade order (margins and supplier days fall, stock and customer days rise)', () => {
    for (const r of INDUSTRY_TABLE) {
      const falling = [r.grossMargin, r.supplierDays];
      const rising = [r.stockMonths, r.customerDays];
      for (const g of falling) if (g) for (let i = 1; i < 5; i++) expect(new D(g[i]!).lte(g[i - 1]!), `${r.code} ${g.join(',')}`).toBe(true);
      for (const g of rising) if (g) for (let i = 1; i < 5; i++) expect(new D(g[i]!).gte(g[i - 1]!), `${r.code} ${g.join(',')}`).toBe(true);
      if (r.grossMargin) for (const v of r.grossMargin) expect(new D(v).gte(0) && new D(v).lt(1)).toBe(true);
    }
  });

  test('seasonal indices are twelve with a mean of 1 (they add up to 12 exactly)', () => {
    for (const r of INDUSTRY_TABLE)
      for (const s of [r.salesSeasonality, r.purchaseSeasonality])
        if (s) {
          expect(s).toHaveLength(12);
          expect(s.reduce((a, v) => a.plus(v), new D(0)).toFixed(), r.code).toBe('12');
        }
  });

  test('stock months give whole days at 30 days a month (the stocking-days fallback)', () => {
    for (const r of INDUSTRY_TABLE) if (r.stockMonths) for (const v of r.stockMonths) expect(new D(v).times(30).isInteger(), `${r.code} ${v}`).toBe(true);
  });

  test('every row says where it comes from', () => {
    for (const r of INDUSTRY_TABLE) {
      expect(r.source.length).toBeGreaterThan(20);
      if (r.basis === 'indicative') expect(r.source).toMatch(/^Indicative/);
    }
  });
});

describe('industryBenchmark', () => {
  const policy = defaultPolicy();

  test('a class finds its own row, with or without its section letter', () => {
    expect(industryBenchmark('5132', policy)?.code).toBe('5132');
    expect(industryBenchmark('F5132', policy)?.code).toBe('5132');
    expect(industryBenchmark('5132', policy)?.grossMargin?.average.toFixed()).toBe('0.12');
  });

  test('a class without its own row takes its group’s; an unknown trade has none', () => {
    // 5121 米、面制品及食用油批发 has no row: the group 512 食品、饮料及烟草制品批发 answers
    expect(industryBenchmark('5121', policy)?.code).toBe('512');
    expect(industryBenchmark('7010', policy)).toBeNull();
  });

  test("a bank's row overrides the built-in row of the same code; table none keeps only the bank's rows", () => {
    const bank = policySchema.parse({ industry: { benchmarks: [{ code: '5132', grossMargin: ['0.3', '0.25', '0.2', '0.15', '0.1'], source: 'our portfolio 2025' }] } });
    const b = industryBenchmark('5132', bank);
    expect([b?.origin, b?.index, b?.basis, b?.grossMargin?.poor.toFixed(), b?.customerDays]).toEqual(['policy', 0, 'bank', '0.1', null]);
    // another trade still comes from the table
    expect(industryBenchmark('5174', bank)?.origin).toBe('built-in');
    const replaced = policySchema.parse({ industry: { table: 'none', benchmarks: [{ code: '51' }] } });
    expect(industryBenchmark('5174', replaced)?.code).toBe('51');
    expect(industryBenchmark('6210', replaced)).toBeNull();
  });

  test('the usual range runs from the poor to the excellent value; a value gets the best grade it reaches', () => {
    const b = industryBenchmark('5132', policy)!;
    const r = usualRange(b.grossMargin!);
    expect([r.min.toFixed(), r.max.toFixed()]).toEqual(['0.05', '0.25']);
    // margins: 0.15 reaches 良好? no (0.18); 平均 0.12 yes
    expect(gradeOf(new D('0.15'), b.grossMargin!)).toBe('average');
    // customer days (fewer is better): 40 is within 平均 45
    expect(gradeOf(new D(40), b.customerDays!)).toBe('average');
    expect(gradeOf(new D(200), b.customerDays!)).toBe('poor');
    expect(GRADES).toEqual(['excellent', 'good', 'average', 'low', 'poor']);
  });
});
