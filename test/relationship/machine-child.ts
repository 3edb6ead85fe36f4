/**
 * Child process of machine.test.ts: builds contact calendars, the monitoring report's JSON and Markdown and
 * the .ics under whatever LANG and TZ it was started with, and prints them as JSON. Not a test file itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPolicy } from '../../src/profile/policy.js';
import { contactCalendar } from '../../src/relationship/calendar.js';
import { clientIdentity, toICalendar } from '../../src/relationship/ics.js';
import { renderMonitorMarkdown } from '../../src/relationship/markdown.js';
import { monitor } from '../../src/relationship/monitor.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'relationship');
// Same-day birthdays whose order differs between locales: da_DK sorts `Aa` after `Z`, and lower case before upper.
const birthdays = ['Zoe', 'Aase', 'bob', 'Carl', 'Ærø', 'Øster', '张氏五金加工厂', '李氏服装批发店', '𠀀 (U+20000)', '\uFF21 (U+FF21)'].map((name) => ({
  name,
  date: '08-08',
}));
const dtstamp = '2026-01-31T08:00:00Z';
const out: unknown[] = [];
for (const f of readdirSync(dir).filter((n) => n.endsWith('.monitor.json')).sort()) {
  const c = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { profile: { business: { name: string; startDate: string }; relationship?: object }; flows: unknown };
  const profile = { ...c.profile, relationship: { ...c.profile.relationship, birthdays } };
  const r = monitor(profile, c.flows);
  if (!r.ok) {
    out.push(r);
    continue;
  }
  const tasks = r.report.calendar?.tasks ?? [];
  const calendarId = clientIdentity(profile.business.name, profile.business.startDate);
  out.push({
    json: r.report,
    md: { en: renderMonitorMarkdown(r.report, 'en'), zh: renderMonitorMarkdown(r.report, 'zh') },
    ics: { en: toICalendar(tasks, { dtstamp, calendarId, lang: 'en' }), zh: toICalendar(tasks, { dtstamp, calendarId, lang: 'zh' }) },
  });
}
// Pacific/Kiritimati skipped 1994-12-31 (UTC−10 to UTC+14): a loan disbursed the day before.
const policy = defaultPolicy().relationship.calendar;
const kiritimati = contactCalendar({ disbursementDate: '1994-12-30', maturityDate: '1995-12-30', birthdays, policy });
out.push({ kiritimati, ics: toICalendar(kiritimati.tasks, { dtstamp, calendarId: 'k' }) });

const env = Intl.DateTimeFormat().resolvedOptions();
process.stdout.write(JSON.stringify({ zone: env.timeZone, locale: env.locale, out }));
