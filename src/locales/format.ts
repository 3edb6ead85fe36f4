/**
 * Number formatting for the catalogs: every figure of a finding is a decimal string (money with two places,
 * ratios with four), and the catalogs write it for people. Language-independent: the same digits in zh and en.
 */
import { D, groupDigits } from '../money/index.js';

/** "1500000.00" → "1,500,000.00"; null → "—". */
export function money(s: string | null | undefined): string {
  return s === null || s === undefined ? '—' : groupDigits(s);
}

/** A ratio as a percentage with two decimals: "0.7333" → "73.33%"; null → "—". */
export function percent(s: string | null | undefined, places = 2): string {
  return s === null || s === undefined ? '—' : `${new D(s).times(100).toFixed(places)}%`;
}

/** A signed percentage: "+73.33%" / "-64.71%"; null → "—". */
export function signedPercent(s: string | null | undefined): string {
  if (s === null || s === undefined) return '—';
  const p = percent(s);
  return s.startsWith('-') ? p : `+${p}`;
}

/** Percentage points between two ratios, unsigned, two decimals: ("0.375", "0.3") → "7.50". */
export function points(s: string): string {
  return new D(s).abs().times(100).toFixed(2);
}

/** A plain decimal string without trailing zeros: "2.50" → "2.5", "3.0000" → "3". */
export function plain(s: string): string {
  return new D(s).toFixed();
}

/** A ratio with two decimals ("1.8333" → "1.83"), for ratios read as multiples (liabilities ÷ equity). */
export function times(s: string | null | undefined): string {
  return s === null || s === undefined ? '—' : new D(s).toFixed(2);
}
