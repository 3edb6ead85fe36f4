/**
 * Readable figures (issue 17, item 5): the allowed range and the deviation as sentences, months over the limit
 * marked, figures grouped, months named. Expected strings written by hand, the arithmetic in comments.
 */
import type { PolicyInput } from '../../src/profile/policy.js';
import { describe, expect, test } from 'vitest';
import { beyondSentence, capacityStatus, deviationSentence, figure, monthName, rangeSentence, type FindingFigures } from '../../src/locales/figures.js';
import { relationshipTexts } from '../../src/locales/relationship.js';
import { analyze } from '../../src/report/analyze.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { underwritingCases } from '../support/cases.js';
import { loadCase } from '../support/profiles.js';

/** The repayment-capacity finding of the worked example: 27,145.49 ÷ 29,000.00 = 93.61%, over the 70% limit. */
const repayment: FindingFigures = {
  unit: 'ratio',
  observed: '0.9361',
  expected: null,
  range: { min: null, max: '0.7000' },
  deviation: { absolute: '0.2361', relative: null },
};

describe('sentences', () => {
  test('the range: open on one side, or both bounds', () => {
    expect(rangeSentence(repayment, 'en')).toBe('at most 70.00%');
    expect(rangeSentence(repayment, 'zh')).toBe('不超过 70.00%');
    const receivables: FindingFigures = { unit: 'CNY', observed: '2600000.00', expected: '1500000.00', range: { min: '1200000.00', max: '1800000.00' }, deviation: { absolute: '1100000.00', relative: '0.7333' } };
    expect(rangeSentence(receivables, 'en')).toBe('from 1,200,000.00 to 1,800,000.00');
    expect(rangeSentence(receivables, 'zh')).toBe('1,200,000.00 至 1,800,000.00');
    expect(rangeSentence({ ...repayment, range: { min: '0.6946', max: null } }, 'en')).toBe('at least 69.46%');
    expect(rangeSentence({ ...repayment, range: { min: '0.6946', max: null } }, 'zh')).toBe('不低于 69.46%');
    expect(rangeSentence({ ...repayment, range: null }, 'en')).toBeNull();
  });

  test('the deviation beyond the limit it crosses: 93.61% − 70.00% = 23.61 points', () => {
    expect(deviationSentence(repayment, 'en')).toBe('above the 70.00% limit by 23.61 points');
    expect(deviationSentence(repayment, 'zh')).toBe('超出70.00%上限23.61个百分点');
  });

  test('the deviation against the expected figure: 2,600,000 − 1,500,000 = 1,100,000, ÷ 1,500,000 = +73.33%', () => {
    const f: FindingFigures = { unit: 'CNY', observed: '2600000.00', expected: '1500000.00', range: { min: '1200000.00', max: '1800000.00' }, deviation: { absolute: '1100000.00', relative: '0.7333' } };
    expect(deviationSentence(f, 'en')).toBe('1,100,000.00 above the expected 1,500,000.00 (+73.33%)');
    expect(deviationSentence(f, 'zh')).toBe('比应为值 1,500,000.00 高 1,100,000.00（+73.33%）');
    // Payables: 300,000 − 850,000 = −550,000, ÷ 850,000 = −64.71%.
    const p: FindingFigures = { unit: 'CNY', observed: '300000.00', expected: '850000.00', range: { min: '680000.00', max: '1020000.00' }, deviation: { absolute: '-550000.00', relative: '-0.6471' } };
    expect(deviationSentence(p, 'en')).toBe('550,000.00 below the expected 850,000.00 (-64.71%)');
    expect(deviationSentence(p, 'zh')).toBe('比应为值 850,000.00 低 550,000.00（-64.71%）');
  });

  test('a ratio against its expected value in points: 52.41% − 99.23% = −46.82 points', () => {
    const f: FindingFigures = { unit: 'ratio', observed: '0.5241', expected: '0.9923', range: { min: '0.6946', max: null }, deviation: { absolute: '-0.4682', relative: '-0.4718' } };
    expect(deviationSentence(f, 'en')).toBe('46.82 points below the expected 99.23% (-47.18%)');
    expect(deviationSentence(f, 'zh')).toBe('比应为值 99.23% 低 46.82 个百分点（-47.18%）');
  });

  test('a count below its minimum, no deviation, a deviation on its own', () => {
    const evidence: FindingFigures = { unit: 'count', observed: '0', expected: null, range: { min: '2', max: null }, deviation: { absolute: '-2', relative: null } };
    expect(deviationSentence(evidence, 'en')).toBe('below the minimum of 2 by 2');
    expect(deviationSentence(evidence, 'zh')).toBe('低于下限 2 达 2');
    expect(deviationSentence({ ...repayment, deviation: { absolute: '0.0000', relative: null } }, 'en')).toBe('none');
    expect(deviationSentence({ ...repayment, deviation: { absolute: '0.0000', relative: null } }, 'zh')).toBe('无');
    expect(deviationSentence({ unit: 'CNY', observed: null, expected: null, range: null, deviation: { absolute: '12581.96', relative: null } }, 'en')).toBe('+12,581.96');
    expect(deviationSentence({ ...repayment, deviation: null }, 'en')).toBeNull();
  });

  test('figures grouped in every unit, a ratio as a percentage', () => {
    expect(figure('units', '26666.67')).toBe('26,666.67');
    expect(figure('count', '19760')).toBe('19,760');
    expect(figure('CNY', '-40000.00')).toBe('-40,000.00');
    expect(figure('ratio', '0.9361')).toBe('93.61%');
    expect(figure('CNY', null)).toBe('—');
    expect(beyondSentence('CNY', '1800000.00', '100000.00', 'en')).toBe('above the 1,800,000.00 limit by 100,000.00');
  });

  test('months by name', () => {
    expect(monthName(9, 'en')).toBe('September');
    expect(monthName(9, 'zh')).toBe('9月');
    expect(relationshipTexts.en.calendar.seasonalPeak(9).title).toBe('Before the seasonal peak (from September)');
    expect(relationshipTexts.zh.calendar.seasonalPeak(9).title).toBe('旺季（9月起）前');
  });

  test('a capacity month over the limit says so; at or under the limit it does not', () => {
    const month = { status: 'covered' as const, ratio: '0.9361', gap: '0.00' };
    expect(capacityStatus(month, '0.7000', 'en')).toBe('covered; above the 70.00% limit by 23.61 points');
    expect(capacityStatus(month, '0.7000', 'zh')).toBe('足额；超出70.00%上限23.61个百分点');
    // 135.05% − 70.00% = 65.05 points; the gap stays first.
    expect(capacityStatus({ status: 'uncovered', ratio: '1.3505', gap: '4696.99' }, '0.7000', 'en')).toBe('NOT covered (4,696.99); above the 70.00% limit by 65.05 points');
    expect(capacityStatus({ ...month, ratio: '0.7000' }, '0.7000', 'en')).toBe('covered');
    expect(capacityStatus({ ...month, ratio: '0.5000' }, '0.7000', 'zh')).toBe('足额');
    expect(capacityStatus({ status: 'buffer', ratio: null, gap: '0.00' }, '0.7000', 'zh')).toBe('靠结余');
  });
});

describe('the memos', () => {
  test('the zh worked example marks every month over the 70% limit and writes range and deviation in words', () => {
    const r = analyze(loadCase('worked-example-disagrees').profile);
    if (!r.ok) throw new Error('invalid');
    const zh = renderMarkdown(r.report, 'zh');
    // 27,145.49 ÷ 29,000.00 = 93.61%; 93.61 − 70.00 = 23.61 points; 29,000.00 − 27,145.49 = 1,854.51.
    expect(zh).toContain('| 1 | 2026-08-10 | 29,000.00 | 27,145.49 | 93.61% | 1,854.51 | 1,854.51 | 足额；超出70.00%上限23.61个百分点 |');
    expect(zh).toContain('- 允许范围: 不超过 70.00%\n- 偏差: 超出70.00%上限23.61个百分点');
    expect(zh).toContain('- 偏差: 比应为值 1,500,000.00 高 1,100,000.00（+73.33%）');
    const en = renderMarkdown(r.report, 'en');
    expect(en).toContain('| 1 | 2026-08-10 | 29,000.00 | 27,145.49 | 93.61% | 1,854.51 | 1,854.51 | covered; above the 70.00% limit by 23.61 points |');
    expect(en).toContain('- Allowed range: at most 70.00%\n- Deviation: above the 70.00% limit by 23.61 points');
  });

  test('the monthly surplus input is grouped figure by figure', () => {
    const r = analyze(loadCase('corpus/garment-stall-seasonal-shortfall').profile);
    if (!r.ok) throw new Error('invalid');
    expect(renderMarkdown(r.report, 'en')).toMatch(/monthly disposable surplus by month = 13,400\.00; 10,600\.00; 10,600\.00; 21,800\.00/);
    expect(renderMarkdown(r.report, 'zh')).toMatch(/各月月可支配收入 = 13,400\.00；10,600\.00；10,600\.00；21,800\.00/);
  });

  test('no memo of a case file writes an open range or a missing relative deviation as a dash', () => {
    for (const c of underwritingCases()) {
      const r = analyze(c.profile, { policy: c.policy as PolicyInput, extras: true });
      if (!r.ok) continue;
      for (const lang of ['en', 'zh'] as const) {
        const memo = renderMarkdown(r.report, lang);
        expect(memo, `${c.name} ${lang}`).not.toMatch(/— –|– —|（—）|\(—\)/);
        // No ungrouped figure of five digits or more outside code.
        expect(memo.replace(/`[^`]*`/g, '').replace(/\d{4}-\d{2}-\d{2}/g, ''), `${c.name} ${lang}`).not.toMatch(/(?<![\d,.])\d{5,}(?:\.\d+)?(?![\d-])/);
      }
    }
  });
});
