/**
 * The contact calendar as iCalendar text (RFC 5545), one all-day VEVENT per task.
 *
 * - Lines end with CRLF (RFC 5545 §3.1) and are folded so that no line is longer than 75 octets of
 *   UTF-8, the continuation starting with one space; a multi-byte character is never split.
 * - TEXT values escape `\`, `;`, `,` and newlines (§3.3.11); every other control character (a bare CR, the
 *   other C0 controls but TAB, DEL, C1) is removed, so no text can start a line of its own (docs/relationship.md).
 * - Deterministic: DTSTAMP is an input (no clock is read, and it must be a real UTC date-time) and each UID is
 *   `<client>-<yyyymmdd>-<kind>-<n>@xcheck`: `<client>` the FNV-1a 64 hash (hash.ts) of the client's identity
 *   (`calendarId`, any text: clientIdentity() gives the business name and start date), n counting tasks of the
 *   same date and kind. ASCII-only and the same for the same client and event on every machine, so a re-import
 *   updates rather than duplicates events, and two clients never share a UID in a shared calendar.
 */
import { addDays, formatIsoDate, mustParseIsoDate, parseIsoDate } from '../dates/index.js';
import { relationshipTexts } from '../locales/relationship.js';
import type { Lang } from '../locales/types.js';
import type { ContactTask } from './calendar.js';
import { fnv1a64 } from './hash.js';

export interface IcsOptions {
  /** The DTSTAMP of every event, UTC: `2026-01-31T08:00:00Z` or `20260131T080000Z`; a date-time that exists. */
  readonly dtstamp: string;
  /**
   * The client's identity, any text (hashed into the UIDs): clientIdentity(businessName, startDate) for a
   * profile. The same identity gives the same UIDs; different identities, different UIDs.
   */
  readonly calendarId: string;
  /** The language of SUMMARY and DESCRIPTION (the tasks' titles and purposes, and the occasion's date). Default en. */
  readonly lang?: Lang;
  /** X-WR-CALNAME, shown by most calendar programs. */
  readonly name?: string;
}

/** A client's identity for IcsOptions.calendarId: the business's name and start date, unambiguously joined. */
export function clientIdentity(businessName: string, startDate: string): string {
  return JSON.stringify([businessName, startDate]);
}

const DTSTAMP_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
const DTSTAMP_BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/**
 * `2026-01-31T08:00:00Z` → `20260131T080000Z` (the basic form is returned as it is); undefined when neither
 * form or when the date-time does not exist: month 01–12, a day of that month, hour 00–23, minute 00–59,
 * second 00–60 (RFC 5545 §3.3.12 allows a leap second).
 */
export function toIcsDateTime(text: string): string | undefined {
  const m = DTSTAMP_ISO.exec(text) ?? DTSTAMP_BASIC.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m as unknown as [string, string, string, string, string, string, string];
  if (!parseIsoDate(`${y}-${mo}-${d}`)) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return undefined;
  return `${y}${mo}${d}T${h}${mi}${s}Z`;
}

/**
 * Control characters a TEXT value may not carry (RFC 5545 §3.3.11: all C0 but TAB, and LF, escaped as `\\n`), DEL
 * and C1; and the bidirectional overrides and isolates that make a name read backwards (docs/memo-text.md).
 */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Escapes a TEXT value; removes control characters (a CRLF counts as one newline, a bare CR is removed). */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n/g, '\n')
    .replace(CONTROLS, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
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
 * @throws RangeError when `dtstamp` is not a UTC date-time that exists (`YYYY-MM-DDTHH:MM:SSZ`, toIcsDateTime).
 * @example
 * toICalendar(calendar.tasks, { dtstamp: '2026-01-31T00:00:00Z', calendarId: clientIdentity('林氏五金', '2015-03-01') })
 * //=> 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…'
 */
export function toICalendar(tasks: readonly ContactTask[], options: IcsOptions): string {
  const stamp = toIcsDateTime(options.dtstamp);
  if (!stamp) throw new RangeError(relationshipTexts.en.dtstampInvalid('dtstamp', JSON.stringify(options.dtstamp)));
  const lang = options.lang ?? 'en';
  const client = fnv1a64(options.calendarId);
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
      `UID:${client}-${key}-${n}@xcheck`,
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
