/**
 * The contact calendar (客户维护日历): the dates an officer should be in touch after disbursement, from
 * the source's advice (台州银行工作模式简介, 跟客户保持足够的联系):
 *
 * - onboarding: "set up and teach online banking; in the first two weeks look at the flows often and
 *   phone often" — days 1, 3, 7 and 14 after disbursement (policy.relationship.calendar.onboardingDays);
 * - interest-settlement: "at each quarterly interest settlement get in touch and mention the deposit" —
 *   the 20th of March, June, September and December (policy; the PBOC's 人民币利率管理规定 art. 20 and
 *   the demand-deposit rule 每季末月20日为结息日);
 * - seasonal-peak: before each seasonal peak (lend into the peak), `peakLeadDays` before its first day;
 * - festival: "visit deposit customers at festivals" — `festivalLeadDays` before the Spring Festival and
 *   the Mid-Autumn Festival (table in festivals.ts);
 * - birthday: "the customer's or close family's birthday" — on the day (29 February → 28 February in
 *   common years);
 * - maturity: talk about the renewal (转贷) `maturityLeadDays` before the last due date;
 * - idle-deposits: "ask for deposits in the trough" — on the first day of each run of the client's idle months
 *   (the cash model's season, docs/capacity.md §4), when the peak's money comes back and sits on the account.
 *
 * Only occasions from the disbursement date to the last due date (inclusive) are listed; a task whose
 * lead would fall before the disbursement date is moved to it. Sorted by date, then by the kind order
 * above, then by title (English, then Chinese) compared by Unicode code point, never by the machine's locale.
 * Pure: no clock, no locale, no time zone; dates are calendar fields (src/dates), ISO strings in the output.
 */
import { addDays, type CalendarDate, compareDates, daysInMonth, formatIsoDate, mustParseIsoDate } from '../dates/index.js';
import { type Dec, sum } from '../money/index.js';
import { relationshipTexts } from '../locales/relationship.js';
import type { RelationshipTexts, TaskTexts } from '../locales/sections/relationship.js';
import type { Bilingual } from '../profile/errors.js';
import type { RelationshipPolicy } from '../profile/relationship.js';
import { FESTIVALS } from './festivals.js';

export const CONTACT_KINDS = ['onboarding', 'interest-settlement', 'seasonal-peak', 'festival', 'birthday', 'maturity', 'idle-deposits'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export interface ContactTask {
  /** When to get in touch (ISO). */
  readonly date: string;
  readonly kind: ContactKind;
  /** The date of the occasion itself (the festival, the settlement day, the peak's first day…). */
  readonly occasionDate: string;
  /** Its title and what to do, in both languages (src/locales/<lang>/relationship.ts). */
  readonly title: Bilingual;
  readonly purpose: Bilingual;
}

export interface CalendarRequest {
  /** An ISO date, or a calendar date already parsed (the monitor passes the profile's). */
  readonly disbursementDate: string | CalendarDate;
  /** The last due date of the schedule (an ISO date or a calendar date). */
  readonly maturityDate: string | CalendarDate;
  /** Months (1–12) in which a seasonal peak starts. */
  readonly peakMonths?: readonly number[];
  /** Months (1–12) in which a run of idle months starts (cash accumulates: talk deposits). */
  readonly idleMonths?: readonly number[];
  readonly birthdays?: readonly { readonly name: string; readonly relation?: string | undefined; readonly date: string }[];
  readonly policy: RelationshipPolicy['calendar'];
}

export interface ContactCalendar {
  readonly from: string;
  readonly to: string;
  readonly tasks: readonly ContactTask[];
  /** Years of the span the festival table does not cover (no festival task could be made for them). */
  readonly uncoveredFestivalYears: readonly number[];
}

const ORDER = new Map(CONTACT_KINDS.map((k, i) => [k, i]));

type Calendar = RelationshipTexts['calendar'];

/**
 * -1, 0 or 1: `a` and `b` compared code point by code point (a shorter prefix first). Not `localeCompare`, whose
 * order is the process locale's (da_DK puts `Aa` after `Z`), and not `<` on strings, which compares UTF-16
 * units (a character beyond U+FFFF would sort before U+E000–U+FFFF).
 */
export function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) ?? 0);
  const y = Array.from(b, (c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] ?? 0) < (y[i] ?? 0) ? -1 : 1;
  return Math.sign(x.length - y.length);
}

/**
 * Months in which a seasonal peak starts, from twelve monthly sales (January first): a month above the
 * year's average whose previous month (cyclically) is not. None for a flat profile.
 */
export function peakStartMonths(monthlySales: readonly Dec[]): number[] {
  if (monthlySales.length === 0) return [];
  const average = sum(monthlySales).div(monthlySales.length);
  const out: number[] = [];
  monthlySales.forEach((sales, i) => {
    const prev = monthlySales[(i + monthlySales.length - 1) % monthlySales.length];
    if (prev && sales.gt(average) && prev.lte(average)) out.push(i + 1);
  });
  return out;
}

const asDate = (d: string | CalendarDate): CalendarDate => (typeof d === 'string' ? mustParseIsoDate(d) : d);

/**
 * Builds the calendar.
 *
 * @example
 * contactCalendar({ disbursementDate: '2026-01-31', maturityDate: '2027-01-31', policy })
 *   .tasks.filter((t) => t.kind === 'interest-settlement').map((t) => t.date)
 * //=> ['2026-03-20', '2026-06-20', '2026-09-20', '2026-12-20']
 */
export function contactCalendar(req: CalendarRequest): ContactCalendar {
  const start = asDate(req.disbursementDate);
  const end = asDate(req.maturityDate);
  const p = req.policy;
  const tasks: ContactTask[] = [];
  const inSpan = (d: CalendarDate) => compareDates(d, start) >= 0 && compareDates(d, end) <= 0;
  const add = (kind: ContactKind, occasion: CalendarDate, leadDays: number, texts: (t: Calendar) => TaskTexts) => {
    if (!inSpan(occasion)) return;
    let date = addDays(occasion, -leadDays);
    if (compareDates(date, start) < 0) date = start;
    const en = texts(relationshipTexts.en.calendar);
    const zh = texts(relationshipTexts.zh.calendar);
    tasks.push({
      date: formatIsoDate(date),
      kind,
      occasionDate: formatIsoDate(occasion),
      title: { en: en.title, zh: zh.title },
      purpose: { en: en.purpose, zh: zh.purpose },
    });
  };

  for (const days of [...new Set(p.onboardingDays)].sort((a, b) => a - b)) {
    add('onboarding', addDays(start, days), 0, (t) => t.onboarding(days, days <= 1));
  }

  const years: number[] = [];
  for (let y = start.year; y <= end.year; y++) years.push(y);

  for (const y of years) {
    for (const month of [...new Set(p.settlementMonths)].sort((a, b) => a - b)) {
      const day = Math.min(p.settlementDay, daysInMonth(y, month));
      add('interest-settlement', { year: y, month, day }, 0, (t) => t.interestSettlement);
    }
  }

  for (const y of years) {
    for (const month of [...new Set(req.peakMonths ?? [])].sort((a, b) => a - b)) {
      add('seasonal-peak', { year: y, month, day: 1 }, p.peakLeadDays, (t) => t.seasonalPeak(month));
    }
  }

  for (const y of years) {
    for (const month of [...new Set(req.idleMonths ?? [])].sort((a, b) => a - b)) {
      add('idle-deposits', { year: y, month, day: 1 }, 0, (t) => t.idleDeposits(month));
    }
  }

  const uncovered: number[] = [];
  for (const y of years) {
    const f = FESTIVALS[y];
    if (!f) {
      uncovered.push(y);
      continue;
    }
    add('festival', mustParseIsoDate(f.springFestival), p.festivalLeadDays, (t) => t.springFestival(f.springFestival));
    add('festival', mustParseIsoDate(f.midAutumn), p.festivalLeadDays, (t) => t.midAutumn(f.midAutumn));
  }

  for (const b of req.birthdays ?? []) {
    const md = b.date.length === 5 ? b.date : b.date.slice(5);
    const month = Number(md.slice(0, 2));
    const day = Number(md.slice(3, 5));
    for (const y of years) {
      add('birthday', { year: y, month, day: Math.min(day, daysInMonth(y, month)) }, 0, (t) => t.birthday(b.name, b.relation));
    }
  }

  const maturity = formatIsoDate(end);
  add('maturity', end, p.maturityLeadDays, (t) => t.maturity(maturity));

  tasks.sort(
    (a, b) =>
      compareCodePoints(a.date, b.date) ||
      (ORDER.get(a.kind) ?? 0) - (ORDER.get(b.kind) ?? 0) ||
      compareCodePoints(a.title.en, b.title.en) ||
      compareCodePoints(a.title.zh, b.title.zh),
  );
  return { from: formatIsoDate(start), to: formatIsoDate(end), tasks, uncoveredFestivalYears: uncovered };
}
