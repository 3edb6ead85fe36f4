import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { D } from '../../src/money/index.js';
import { defaultPolicy } from '../../src/profile/policy.js';
import { contactCalendar, peakStartMonths } from '../../src/relationship/calendar.js';
import { foldLine, toICalendar } from '../../src/relationship/ics.js';

const policy = defaultPolicy().relationship.calendar;

// The festival table itself (generated, 1900–2100) is tested in festivals.test.ts.

describe('contactCalendar: a 12-month loan disbursed on 2026-01-31', () => {
  const cal = contactCalendar({
    disbursementDate: '2026-01-31',
    maturityDate: '2027-01-31', // 2026-01-31 + 12 months
    peakMonths: [5],
    birthdays: [
      { name: 'Lin', date: '1975-08-08' },
      { name: 'Lin Mei', relation: 'daughter', date: '02-29' },
    ],
    policy,
  });
  const of = (kind: string) => cal.tasks.filter((t) => t.kind === kind);

  test('onboarding on days 1, 3, 7 and 14', () => {
    expect(of('onboarding').map((t) => t.date)).toEqual(['2026-02-01', '2026-02-03', '2026-02-07', '2026-02-14']);
  });
  test('quarterly settlements on 3/20, 6/20, 9/20 and 12/20 of 2026 (2027-03-20 is after maturity)', () => {
    expect(of('interest-settlement').map((t) => t.date)).toEqual(['2026-03-20', '2026-06-20', '2026-09-20', '2026-12-20']);
  });
  test('Spring Festival 2026-02-17 and Mid-Autumn 2026-09-25, visited 3 days before; Spring Festival 2027-02-06 is after maturity', () => {
    expect(of('festival').map((t) => [t.occasionDate, t.date])).toEqual([
      ['2026-02-17', '2026-02-14'],
      ['2026-09-25', '2026-09-22'],
    ]);
  });
  test('before the May peak: 2026-05-01 − 14 days = 2026-04-17', () => {
    expect(of('seasonal-peak').map((t) => t.date)).toEqual(['2026-04-17']);
  });
  test('birthdays, 29 February on the 28th in a common year', () => {
    expect(of('birthday').map((t) => t.date)).toEqual(['2026-02-28', '2026-08-08']);
  });
  test('renewal talk 30 days before maturity: 2027-01-01', () => {
    expect(of('maturity').map((t) => t.date)).toEqual(['2027-01-01']);
  });
  test('sorted by date; on 2026-02-14 onboarding comes before the festival visit', () => {
    const dates = cal.tasks.map((t) => t.date);
    expect(dates).toEqual([...dates].sort());
    expect(cal.tasks.filter((t) => t.date === '2026-02-14').map((t) => t.kind)).toEqual(['onboarding', 'festival']);
    expect(cal.uncoveredFestivalYears).toEqual([]);
  });
});

test('a festival two days after disbursement is visited on the disbursement day', () => {
  const cal = contactCalendar({ disbursementDate: '2026-02-15', maturityDate: '2026-03-15', policy });
  expect(cal.tasks.find((t) => t.kind === 'festival')?.date).toBe('2026-02-15');
});

test('years outside the festival table (1900–2100) are reported', () => {
  const cal = contactCalendar({ disbursementDate: '2100-06-01', maturityDate: '2101-06-01', policy });
  expect(cal.uncoveredFestivalYears).toEqual([2101]);
  // 2100's Mid-Autumn (2100-09-18, lunar-javascript) is the last festival of the table
  expect(cal.tasks.filter((t) => t.kind === 'festival').map((t) => t.occasionDate)).toEqual(['2100-09-18']);
});

test('peakStartMonths: the garment trader rises above the average in May', () => {
  const sales = ['300', '300', '400', '400', '900', '900', '900', '900', '900', '900', '300', '300'].map((s) => new D(s));
  // average 7,400 / 12 = 616.67: May is the first month above it after April
  expect(peakStartMonths(sales)).toEqual([5]);
  expect(peakStartMonths(Array.from({ length: 12 }, () => new D(100)))).toEqual([]);
});

describe('toICalendar', () => {
  const cal = contactCalendar({ disbursementDate: '2026-01-31', maturityDate: '2027-01-31', policy });
  const text = toICalendar(cal.tasks, { dtstamp: '2026-01-31T08:00:00Z', calendarId: 'lin 2026', lang: 'zh', name: '林氏五金, 客户维护' });

  test('CRLF everywhere, no line over 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
  test('parses with an independent iCalendar parser (ical.js) into the same dates and titles', () => {
    const comp = new ICAL.Component(ICAL.parse(text));
    const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toString())).toEqual(cal.tasks.map((t) => t.date));
    expect(events.map((e) => e.summary)).toEqual(cal.tasks.map((t) => t.title.zh));
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });
  test('deterministic: same input, same text; DTSTAMP is the given one', () => {
    expect(toICalendar(cal.tasks, { dtstamp: '20260131T080000Z', calendarId: 'lin 2026', lang: 'zh', name: '林氏五金, 客户维护' })).toBe(text);
    expect(text).toContain('DTSTAMP:20260131T080000Z');
    // FNV-1a 64 of the UTF-8 octets of 'lin 2026', computed with an independent implementation (Python)
    expect(text).toContain('UID:cdb5fb4aaf849d8a-20260320-interest-settlement-1@xcheck');
  });
  test('TEXT escaping survives a round trip through ical.js', () => {
    const odd = 'a, b; c\\d\ne';
    const one = toICalendar(
      [{ date: '2026-02-01', kind: 'birthday', occasionDate: '2026-02-01', title: { en: odd, zh: odd }, purpose: { en: odd, zh: odd } }],
      { dtstamp: '2026-01-31T08:00:00Z', calendarId: 'x' },
    );
    expect(one).toContain('SUMMARY:a\\, b\\; c\\\\d\\ne');
    const ev = new ICAL.Event(new ICAL.Component(ICAL.parse(one)).getFirstSubcomponent('vevent') as ICAL.Component);
    expect(ev.summary).toBe(odd);
    expect(ev.description).toBe(odd);
  });
  test('a bad DTSTAMP is a RangeError', () => {
    expect(() => toICalendar([], { dtstamp: 'now', calendarId: 'x' })).toThrow(RangeError);
  });
});

test('foldLine never splits a multi-byte character and counts octets', () => {
  const line = `SUMMARY:${'春'.repeat(40)}`; // 8 + 120 octets
  const parts = foldLine(line);
  expect(parts.map((p) => new TextEncoder().encode(p).length)).toEqual([74, 55]); // 8 + 22×3 = 74 (a 23rd would make 77); ' ' + 18×3
  expect(parts.join('').replace(/^(.*?) /, '$1').replace(/ /g, '')).toBe(line);
  expect(foldLine('A'.repeat(75))).toEqual(['A'.repeat(75)]);
  expect(foldLine('A'.repeat(76))).toEqual(['A'.repeat(75), ' A']);
});
