/**
 * Issue 18, finding 5: UIDs unique per client and event (a hash of the client's identity), TEXT without
 * control characters (no injected event), DTSTAMP a real date-time. docs/relationship.md, "The .ics file".
 */
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { defaultPolicy } from '../../src/profile/policy.js';
import { contactCalendar } from '../../src/relationship/calendar.js';
import { fnv1a64 } from '../../src/relationship/hash.js';
import { clientIdentity, escapeText, toICalendar, toIcsDateTime } from '../../src/relationship/ics.js';

const policy = defaultPolicy().relationship.calendar;
const cal = contactCalendar({ disbursementDate: '2026-01-31', maturityDate: '2027-01-31', policy });
const dtstamp = '2026-01-31T08:00:00Z';
const uids = (ics: string) => [...ics.matchAll(/^UID:(.*)$/gm)].map((m) => m[1] ?? '');

describe('fnv1a64', () => {
  test('the FNV reference vectors (IETF draft-eastlake-fnv, FNV-1a 64)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325'); // the offset basis: nothing hashed
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
  test('hashes UTF-8 octets (checked against an independent implementation)', () => {
    expect(fnv1a64('["张氏五金加工厂","2015-03-01"]')).toBe('4893956fa60a8991');
    expect(fnv1a64('["李氏服装批发店","2015-03-01"]')).toBe('7e3bdbaa826fbaff');
  });
});

describe('UIDs', () => {
  const zhang = toICalendar(cal.tasks, { dtstamp, calendarId: clientIdentity('张氏五金加工厂', '2015-03-01'), lang: 'zh' });
  const li = toICalendar(cal.tasks, { dtstamp, calendarId: clientIdentity('李氏服装批发店', '2015-03-01'), lang: 'zh' });

  test('two Chinese names get different UIDs; no UID is shared', () => {
    expect(uids(zhang)).toContain('4893956fa60a8991-20260920-interest-settlement-1@xcheck');
    expect(uids(li)).toContain('7e3bdbaa826fbaff-20260920-interest-settlement-1@xcheck');
    const all = [...uids(zhang), ...uids(li)];
    expect(all.length).toBe(2 * cal.tasks.length);
    expect(new Set(all).size).toBe(all.length);
  });
  test('ASCII-only, and the same for the same client', () => {
    for (const uid of uids(zhang)) expect(uid).toMatch(/^[0-9a-f]{16}-\d{8}-[a-z-]+-\d+@xcheck$/);
    expect(toICalendar(cal.tasks, { dtstamp, calendarId: clientIdentity('张氏五金加工厂', '2015-03-01'), lang: 'en' }).match(/^UID:.*$/gm)).toEqual(
      zhang.match(/^UID:.*$/gm),
    );
  });
  test('the same name with another start date is another client', () => {
    const other = toICalendar(cal.tasks, { dtstamp, calendarId: clientIdentity('张氏五金加工厂', '2019-06-01'), lang: 'zh' });
    expect(new Set([...uids(zhang), ...uids(other)]).size).toBe(2 * cal.tasks.length);
  });
});

describe('TEXT values', () => {
  const hostile = 'Lin\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:injected\u0000\u0007\u001b[31m\u007f\u0085';
  const withHostile = contactCalendar({
    disbursementDate: '2026-01-31',
    maturityDate: '2027-01-31',
    birthdays: [{ name: hostile, date: '08-08' }],
    policy,
  });
  const ics = toICalendar(withHostile.tasks, { dtstamp, calendarId: clientIdentity(hostile, '2015-03-01'), name: hostile });

  test('a name with bare CRs does not inject an event (parsed by ical.js)', () => {
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events.length).toBe(withHostile.tasks.length);
    expect(ics.split('\r\n').filter((l) => l === 'BEGIN:VEVENT').length).toBe(withHostile.tasks.length);
    const birthday = events.map((v) => new ICAL.Event(v)).find((e) => e.summary.startsWith('Birthday'));
    expect(birthday?.summary).toBe('Birthday: LinEND:VEVENTBEGIN:VEVENTSUMMARY:injected[31m');
  });
  test('no control character but the CRLF line ends', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
  });
  test('escaping: backslash, semicolon, comma, newline (CRLF or LF) as \\n; TAB kept', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\rg\th')).toBe('a\\\\b\\;c\\,d\\ne\\nfg\th');
  });
  test('lines are still folded at 75 octets', () => {
    const long = toICalendar(withHostile.tasks, { dtstamp, calendarId: 'x', name: '林'.repeat(60) });
    for (const line of long.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(new ICAL.Component(ICAL.parse(long)).getFirstPropertyValue('x-wr-calname')).toBe('林'.repeat(60));
  });
});

describe('DTSTAMP', () => {
  test('a date-time that does not exist is refused', () => {
    for (const bad of ['2026-13-45T99:99:99Z', '2026-02-29T00:00:00Z', '2026-01-31T24:00:00Z', '2026-01-31T23:60:00Z', '20261345T999999Z', '2026-01-31T08:00:00'])
      expect(toIcsDateTime(bad), bad).toBeUndefined();
    expect(() => toICalendar(cal.tasks, { dtstamp: '2026-13-45T99:99:99Z', calendarId: 'x' })).toThrow(/dtstamp .*"2026-13-45T99:99:99Z"/);
  });
  test('real ones are accepted, a leap second too', () => {
    expect(toIcsDateTime('2024-02-29T23:59:60Z')).toBe('20240229T235960Z');
    expect(toIcsDateTime('20260131T080000Z')).toBe('20260131T080000Z');
  });
});
