/**
 * Gregorian dates of the Spring Festival (春节, 1st day of the 1st lunar month) and the Mid-Autumn
 * Festival (中秋节, 15th day of the 8th lunar month), 2024–2035, in China Standard Time.
 *
 * Source: Hong Kong Observatory, Gregorian–Lunar Calendar Conversion Table (hko.gov.hk, gts/time/
 * conversion.htm), which follows the same astronomical rules as the Purple Mountain Observatory's
 * official almanac (GB/T 33661-2017 《农历的编算和颁行》). Cross-checked in the tests against an
 * independent implementation (the `lunar-javascript` package) for every year.
 * Two known traps, both resolved the official way: the Spring Festival of 2030 is 3 February in the
 * official computation (HKO notes that some folk calendars give another date), and 2033 has its
 * leap month after the 11th month, so its Mid-Autumn Festival is 8 September (not 7 October).
 * A bank that needs later years adds them here (or the calendar reports the years it could not cover).
 */
export interface FestivalDates {
  readonly springFestival: string;
  readonly midAutumn: string;
}

export const FESTIVALS: Readonly<Record<number, FestivalDates>> = {
  2024: { springFestival: '2024-02-10', midAutumn: '2024-09-17' },
  2025: { springFestival: '2025-01-29', midAutumn: '2025-10-06' },
  2026: { springFestival: '2026-02-17', midAutumn: '2026-09-25' },
  2027: { springFestival: '2027-02-06', midAutumn: '2027-09-15' },
  2028: { springFestival: '2028-01-26', midAutumn: '2028-10-03' },
  2029: { springFestival: '2029-02-13', midAutumn: '2029-09-22' },
  2030: { springFestival: '2030-02-03', midAutumn: '2030-09-12' },
  2031: { springFestival: '2031-01-23', midAutumn: '2031-10-01' },
  2032: { springFestival: '2032-02-11', midAutumn: '2032-09-19' },
  2033: { springFestival: '2033-01-31', midAutumn: '2033-09-08' },
  2034: { springFestival: '2034-02-19', midAutumn: '2034-09-27' },
  2035: { springFestival: '2035-02-08', midAutumn: '2035-09-16' },
};

export const FESTIVAL_YEARS = { first: 2024, last: 2035 } as const;
