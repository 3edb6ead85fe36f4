/**
 * Pieces shared by the Markdown renderers (the credit memo, its capacity sections, the monitor report):
 * figures as people read them and Markdown tables. Language-independent: the words come from the catalogs.
 */
import { D, groupDigits } from '../money/index.js';
import { mdInline } from './escape.js';

/** "1500000.00" → "1,500,000.00"; null → "—". */
export const g = (s: string | null): string => (s === null ? '—' : groupDigits(s));

/** A ratio as a percentage with two decimals: "0.7333" → "73.33%"; null → "—". */
export const pct = (s: string | null): string => (s === null ? '—' : `${new D(s).times(100).toFixed(2)}%`);

/** A table cell: plain text escaped for Markdown (src/report/escape.ts), `|` and line breaks included. */
export const cell = (s: string): string => mdInline(s);

/** A Markdown table of plain-text cells (each escaped); every column but the first right-aligned unless `alignRight` is false. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], alignRight = true): string {
  const head = `| ${header.map(cell).join(' | ')} |`;
  const sep = `|${header.map((_, i) => (i === 0 || !alignRight ? ' --- ' : ' ---: ')).join('|')}|`;
  return [head, sep, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}
