import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/report/analyze.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { workedExample } from '../rules/base-profile.js';

function report(p: unknown) {
  const r = analyze(p);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.report;
}

describe('talking-habit section of the report and the memo', () => {
  test('original and adjusted side by side', () => {
    const p = workedExample();
    p.talkingHabit = 'exaggerating';
    p.evidence.sales = [{ kind: 'applicant-word' }];
    const r = report(p);
    // 12,000,000 × 0.8 = 9,600,000; change −2,400,000.
    expect(r.selfReport).toEqual({
      talkingHabit: 'exaggerating',
      factor: '0.8000',
      adjustments: [
        { figure: 'sales', path: 'sales.annual', original: '12000000.00', factor: '0.8000', adjusted: '9600000.00', change: '-2400000.00' },
      ],
    });
    const en = renderMarkdown(r, 'en');
    expect(en).toContain('## Figures adjusted for the talking habit');
    expect(en).toContain('| sales.annual | 12,000,000.00 | 0.8000 | 9,600,000.00 | -2,400,000.00 |');
    expect(renderMarkdown(r, 'zh')).toContain('说话习惯：夸大型，调整系数 0.8000');
  });

  test('a neutral habit says nothing needed adjusting; no habit, no section', () => {
    expect(renderMarkdown(report(workedExample()), 'en')).toContain('No figure needed adjusting.');
    const p = workedExample();
    delete p.talkingHabit;
    const r = report(p);
    expect(r.selfReport).toEqual({ talkingHabit: null, factor: null, adjustments: [] });
    expect(renderMarkdown(r, 'en')).not.toContain('## Figures adjusted for the talking habit');
  });

  test('the input profile is not changed by the analysis', () => {
    const p = workedExample();
    p.talkingHabit = 'exaggerating';
    p.evidence.sales = [{ kind: 'applicant-word' }];
    const before = structuredClone(p);
    report(p);
    expect(p).toEqual(before);
  });
});
