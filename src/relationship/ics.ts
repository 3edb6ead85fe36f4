/**
 * The contact calendar as iCalendar text (RFC 5545), one all-day VEVENT per task.
 *
 * - Lines end with CRLF (RFC 5545 §3.1) and are folded so that no line is longer than 75 octets of
 *   UTF-8, the continuation starting with one space; a multi-byte character is never split.
 * - TEXT values escape `\`, `;`, `,` and newlines (§3.3.11).
 * - Deterministic: DTSTAMP is an input (no clock is read) and each UID is
 *   `<calendarId>-<yyyymmdd>-<kind>-<n>@xcheck`, n counting tasks of the same date and kind, so the
 *   same calendar always gives the same text and a re-import updates rather than duplicates events.
 */
import { addDays, formatIsoDate, mustParseIsoDate } from '../dates/index.js';
import { relationshipTexts } from '../locales/relationship.js';
import type { Lang } from '../locales/types.js';
import type { ContactTask } from './calendar.js';

export interface IcsOptions {
  /** The DTSTAMP of every event, UTC: `2026-01-31T08:00:00Z` or `20260131T080000Z`. */
  readonly dtstamp: string;
  /** Identifies the borrower's calendar inside the UIDs (letters, digits, `-`; anything else becomes `-`). */
  readonly calendarId: string;
  /** The language of SUMMARY and DESCRIPTION (the tasks' titles and purposes, and the occasion's date). Default en. */
  readonly lang?: Lang;
  /** X-WR-CALNAME, shown by most calendar programs. */
  readonly name?: string;
}

const DTSTAMP_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
const DTSTAMP_BASIC = /^\d{8}T\d{6}Z$/;

/** `2026-01-31T08:00:00Z` → `20260131T080000Z`; undefined when neither form. */
export function toIcsDateTime(text: string): string | undefined {
  if (DTSTAMP_BASIC.test(text)) return text;
  const m = DTSTAMP_ISO.exec(text);
  return m ? `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z` : undefined;
}

/** Escapes a TEXT value. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line at 75 octets (RFC 5545 §3.1); returns the physical lines. */
export function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out;
}

const basicDate = (iso: string) => iso.replace(/-/g, '');

/**
 * Renders the tasks as a VCALENDAR.
 *
 * @throws RangeError when `dtstamp` is not a UTC date-time (`YYYY-MM-DDTHH:MM:SSZ`).
 * @example
 * toICalendar(calendar.tasks, { dtstamp: '2026-01-31T00:00:00Z', calendarId: 'lin-2026' })
 * //=> 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…'
 */
export function toICalendar(tasks: readonly ContactTask[], options: IcsOptions): string {
  const stamp = toIcsDateTime(options.dtstamp);
  if (!stamp) throw new RangeError(`dtstamp must be a UTC date-time such as 2026-01-31T00:00:00Z, got ${options.dtstamp}`);
  const lang = options.lang ?? 'en';
  const id = options.calendarId.replace(/[^A-Za-z0-9-]/g, '-') || 'xcheck';
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//xcheck//relationship calendar//EN', 'CALSCALE:GREGORIAN'];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  const seen = new Map<string, number>();
  for (const t of tasks) {
    const key = `${basicDate(t.date)}-${t.kind}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const next = formatIsoDate(addDays(mustParseIsoDate(t.date), 1));
    const occasion = t.occasionDate === t.date ? '' : relationshipTexts[lang].icsOccasion(t.occasionDate);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${id}-${key}-${n}@xcheck`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(t.date)}`,
      `DTEND;VALUE=DATE:${basicDate(next)}`,
      `SUMMARY:${escapeText(t.title[lang])}`,
      `DESCRIPTION:${escapeText(t.purpose[lang] + occasion)}`,
      `CATEGORIES:${t.kind.toUpperCase()}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.flatMap(foldLine).join('\r\n')}\r\n`;
}
