/**
 * Figures as people read them, for every renderer of the memo and the monitor report (Markdown today, HTML
 * later): a finding's figure in its unit, the allowed range and the deviation as sentences, a month by name, a
 * capacity month's status with the limit it crosses. Plain text (each renderer escapes it for its format);
 * the words come from the `memo` catalog section (src/locales/<lang>/memo.ts: `flags.rangeText`,
 * `flags.beyond`, `flags.deviationText`, `capacity.overLimit`, `month`), the digits from src/locales/format.ts.
 * Nothing here computes a figure of the report: it only compares figures to choose the words.
 */
import { D } from '../money/index.js';
import type { FlagUnit } from '../rules/types.js';
import { money, percent, points, signedPercent } from './format.js';
import { memoTexts } from './memo.js';
import type { Lang } from './types.js';

/** The figures of a finding the sentences read. */
export interface FindingFigures {
  readonly unit: FlagUnit;
  readonly observed: string | null;
  readonly expected: string | null;
  readonly range: { readonly min: string | null; readonly max: string | null } | null;
  readonly deviation: { readonly absolute: string; readonly relative: string | null } | null;
}

/** A figure in its unit: money and counts with thousands separators ("26,666.67"), a ratio as a percentage; null → "—". */
export function figure(unit: FlagUnit, s: string | null): string {
  if (s === null) return '—';
  return unit === 'ratio' ? percent(s) : money(s);
}

/** A calendar month by name, 1 = January: "September" / "9月". */
export function monthName(month: number, lang: Lang): string {
  return memoTexts[lang].month(month);
}

/** How far a figure is beyond a bound: a ratio in percentage points ("23.61"), anything else in its unit, unsigned. */
function distance(unit: FlagUnit, s: string): string {
  return unit === 'ratio' ? points(s) : figure(unit, s.replace(/^-/, ''));
}

/**
 * The figure beyond a bound: "above the 70.00% limit by 23.61 points" / "超出70.00%上限23.61个百分点".
 * `by` is the signed distance (figure − bound) as a decimal string.
 */
export function beyondSentence(unit: FlagUnit, bound: string, by: string, lang: Lang): string {
  const side = by.startsWith('-') ? 'below' : 'above';
  return memoTexts[lang].flags.beyond(side, figure(unit, bound), distance(unit, by), unit === 'ratio');
}

/** The allowed range in words ("at most 70.00%", "from 1,200,000.00 to 1,800,000.00"); null without a range. */
export function rangeSentence(f: FindingFigures, lang: Lang): string | null {
  if (f.range === null || (f.range.min === null && f.range.max === null)) return null;
  const { min, max } = f.range;
  return memoTexts[lang].flags.rangeText(min === null ? null : figure(f.unit, min), max === null ? null : figure(f.unit, max));
}

/**
 * The deviation in words; null without one. When the deviation is the distance from the bound of the allowed
 * range that the observed figure crosses (and there is no relative deviation), against that bound ("above the
 * 70.00% limit by 23.61 points"); else against the expected figure when there is one ("1,100,000.00 above the
 * expected 1,500,000.00 (+73.33%)"); else the signed deviation on its own; a zero deviation as none.
 */
export function deviationSentence(f: FindingFigures, lang: Lang): string | null {
  const d = f.deviation;
  if (d === null) return null;
  const t = memoTexts[lang].flags;
  const relative = d.relative === null ? null : signedPercent(d.relative);
  const side = d.absolute.startsWith('-') ? 'below' : 'above';
  const isRatio = f.unit === 'ratio';
  if (new D(d.absolute).isZero()) return t.deviationText({ side: 'none', by: figure(f.unit, d.absolute), points: isRatio, expected: null, relative: null });
  if (relative === null && f.observed !== null && f.range !== null) {
    const observed = new D(f.observed);
    for (const [side, bound] of [['above', f.range.max], ['below', f.range.min]] as const) {
      if (bound === null) continue;
      const beyond = observed.minus(bound);
      const crosses = side === 'above' ? beyond.gt(0) : beyond.lt(0);
      if (crosses && beyond.eq(d.absolute)) return beyondSentence(f.unit, bound, d.absolute, lang);
    }
  }
  return t.deviationText({ side, by: distance(f.unit, d.absolute), points: isRatio, expected: f.expected === null ? null : figure(f.unit, f.expected), relative });
}

/** The status of a capacity month, marked when its ratio is over the limit. */
export function capacityStatus(
  m: { readonly status: 'covered' | 'buffer' | 'uncovered'; readonly ratio: string | null; readonly gap: string },
  limit: string,
  lang: Lang,
): string {
  const t = memoTexts[lang].capacity;
  const status = m.status === 'covered' ? t.covered : m.status === 'buffer' ? t.byBuffer : t.uncovered(money(m.gap));
  if (m.ratio === null || !new D(m.ratio).gt(limit)) return status;
  return t.overLimit(status, beyondSentence('ratio', limit, new D(m.ratio).minus(limit).toFixed(4), lang));
}
