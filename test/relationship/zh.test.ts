/**
 * The Chinese monitoring report and contact calendar are Chinese: rendered for every valid fixture under
 * fixtures/relationship/, they contain no English word (a run of two or more Latin letters) outside flag codes,
 * units and what the applicant supplied (the business's name and industry, birthday names and relations).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { toICalendar } from '../../src/relationship/ics.js';
import { renderMonitorMarkdown } from '../../src/relationship/markdown.js';
import { monitor, type MonitorReport } from '../../src/relationship/monitor.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'relationship');
interface Fixture {
  readonly profile: {
    readonly business: { readonly name: string; readonly industry: string };
    readonly relationship?: { readonly birthdays?: readonly { readonly name: string; readonly relation?: string }[] };
  };
  readonly flows: unknown;
  readonly policy?: unknown;
}
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.monitor.json'))
  .sort()
  .map((file) => ({ file, c: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture }))
  .flatMap(({ file, c }) => {
    const r = monitor(c.profile, c.flows, { policy: c.policy });
    return r.ok ? [{ file, c, report: r.report }] : [];
  });

/** Flag codes (SCREAMING_SNAKE_CASE) and the units the texts may show. */
const CODE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;
const UNITS = /\b(?:CNY|kWh)\b/g;

/** What is not xcheck's own words: the applicant's (names, industry, the people in the birthdays list). */
function allowed(c: Fixture, report: MonitorReport): string[] {
  const b = c.profile.business;
  const people = (c.profile.relationship?.birthdays ?? []).flatMap((x) => [x.name, x.relation ?? '']);
  return [b.name, b.industry, ...people].filter((s) => s.length > 0).sort((x, y) => y.length - x.length);
}

function englishWords(text: string, allow: readonly string[]): string[] {
  let rest = text;
  for (const a of allow) rest = rest.split(a).join(' ');
  rest = rest.replace(CODE, ' ').replace(UNITS, ' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

describe('the zh monitoring report and calendar are Chinese', () => {
  test('there are fixtures with findings, a skipped check, a cost table and a calendar', () => {
    expect(fixtures.some((f) => f.report.flags.length > 0)).toBe(true);
    expect(fixtures.some((f) => f.report.checks.some((c) => c.status === 'skipped'))).toBe(true);
    expect(fixtures.some((f) => f.report.cost !== null && f.report.calendar !== null)).toBe(true);
  });
  test.each(fixtures.map((f) => [f.file, f] as const))('%s: the Markdown report', (_file, { c, report }) => {
    expect(englishWords(renderMonitorMarkdown(report, 'zh'), allowed(c, report))).toEqual([]);
  });
  test.each(fixtures.filter((f) => f.report.calendar !== null).map((f) => [f.file, f] as const))(
    '%s: the calendar (.ics SUMMARY and DESCRIPTION)',
    (_file, { c, report }) => {
      const ics = toICalendar(report.calendar?.tasks ?? [], { dtstamp: '2026-01-31T00:00:00Z', calendarId: 'x', lang: 'zh' });
      // Unfold (RFC 5545 §3.1) and keep the texts: the property names and dates are the format's.
      const texts = ics
        .replace(/\r\n /g, '')
        .split('\r\n')
        .filter((l) => l.startsWith('SUMMARY:') || l.startsWith('DESCRIPTION:'))
        .map((l) => l.slice(l.indexOf(':') + 1));
      expect(texts.length).toBeGreaterThan(0);
      expect(englishWords(texts.join('\n'), allowed(c, report))).toEqual([]);
    },
  );
  test('the English report keeps its words (the allow-list is not what makes the zh one pass)', () => {
    const f = fixtures.find((x) => x.report.calendar !== null);
    expect(f).toBeDefined();
    if (f) expect(englishWords(renderMonitorMarkdown(f.report, 'en'), allowed(f.c, f.report)).length).toBeGreaterThan(20);
  });
});
