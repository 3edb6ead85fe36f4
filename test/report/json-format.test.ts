/** The report's one JSON walker (src/report/json-format.ts): per-field formats, the shape's field order, null kept. */
import { describe, expect, test } from 'vitest';
import { type CalendarDate } from '../../src/dates/index.js';
import { D, type Dec } from '../../src/money/index.js';
import { each, type ShapeOf, toJson } from '../../src/report/json-format.js';

interface Line {
  readonly when: CalendarDate;
  readonly label: string;
  readonly amount: Dec;
  readonly share: Dec | null;
}
interface Doc {
  readonly rate: Dec;
  readonly growth: Dec;
  readonly count: number;
  readonly periods: readonly number[];
  readonly lines: readonly Line[];
  readonly extra: { readonly total: Dec } | null;
}

const shape: ShapeOf<Doc> = {
  growth: 'ratio6',
  rate: 'plain',
  count: 'as-is',
  periods: 'as-is',
  lines: each({ label: 'as-is', when: 'date', amount: 'money', share: 'ratio' }),
  extra: { total: 'money' },
};

const doc: Doc = {
  rate: new D('0.0129'),
  growth: new D('0.16623456789'),
  count: 3,
  periods: [1, 2],
  lines: [
    { when: { year: 2026, month: 2, day: 5 }, label: 'a', amount: new D('1234.565'), share: new D('0.12345') },
    { when: { year: 2026, month: 12, day: 31 }, label: 'b', amount: new D('-0.004'), share: null },
  ],
  extra: null,
};

describe('toJson', () => {
  test('each field in its format, in the order of the shape (not of the object)', () => {
    expect(JSON.stringify(toJson(doc, shape, 'half-up'))).toBe(
      JSON.stringify({
        // 0.16623456789 to six places, half-up: 0.166235
        growth: '0.166235',
        rate: '0.0129',
        count: 3,
        periods: [1, 2],
        lines: [
          // 1234.565 half-up to the fen: 1234.57; 0.12345 to four places half-up: 0.1235
          { label: 'a', when: '2026-02-05', amount: '1234.57', share: '0.1235' },
          // -0.004 rounds to -0.00, written 0.00; a null ratio stays null
          { label: 'b', when: '2026-12-31', amount: '0.00', share: null },
        ],
        extra: null,
      }),
    );
  });

  test('money follows the rounding mode; ratios stay half-up', () => {
    const json = toJson(doc, shape, 'half-even');
    // 1234.565 half-even: the fen digit 6 is even, so 1234.56; the ratio 0.12345 stays 0.1235
    expect(json.lines[0]).toEqual({ label: 'a', when: '2026-02-05', amount: '1234.56', share: '0.1235' });
  });

  test('a nested object when present; a date string passes as it is', () => {
    const json = toJson({ ...doc, extra: { total: new D('10') } }, shape, 'half-up');
    expect(json.extra).toEqual({ total: '10.00' });
    const asText = toJson({ on: '2026-01-31' }, { on: 'date' }, 'half-up');
    expect(asText).toEqual({ on: '2026-01-31' });
  });
});
