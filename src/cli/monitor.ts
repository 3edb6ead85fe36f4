/**
 * `xcheck monitor PROFILE FLOWS [--format json|md|html|ics] [--lang en|zh] [--policy FILE] [--dtstamp UTC]`:
 * monitoring after disbursement (src/relationship). `--format ics` prints the contact calendar as
 * iCalendar text and needs `--dtstamp` (the calendar's DTSTAMP: the CLI never reads the clock either); a
 * `--dtstamp` that is not a real UTC date-time is a usage error naming the option, whatever the format. The
 * UIDs hash the client's identity: the business's name and start date (docs/relationship.md).
 *
 * Exit codes: 0 monitored (flags or not), 2 invalid input or usage, 1 internal failure.
 */
import { parseArgs } from 'node:util';
import { renderMonitorMarkdown } from '../relationship/markdown.js';
import { monitor } from '../relationship/monitor.js';
import { clientIdentity, toICalendar, toIcsDateTime } from '../relationship/ics.js';
import { relationshipTexts } from '../locales/relationship.js';
import { loadHtmlWriter } from './html-loader.js';
import { type CliIO, langOption, readJson, reportInputErrors, UsageError } from './io.js';

export const MONITOR_USAGE = `  xcheck monitor PROFILE FLOWS [--format json|md|html|ics] [--lang en|zh] [--policy FILE] [--dtstamp 2026-01-31T00:00:00Z]
      Compare the flows observed after disbursement with the deposit expectation (docs/relationship.md).`;

export function cmdMonitor(args: string[], io: CliIO): number | Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      lang: { type: 'string', default: 'en' },
      policy: { type: 'string' },
      dtstamp: { type: 'string' },
    },
  });
  const { format } = values;
  if (format !== 'json' && format !== 'md' && format !== 'html' && format !== 'ics') throw new UsageError(`--format must be json, md, html or ics, got ${format}`);
  const lang = langOption(values.lang);
  if (positionals.length !== 2) throw new UsageError(`monitor takes PROFILE and FLOWS\n\n${MONITOR_USAGE}`);
  if ((format === 'ics' || values.dtstamp !== undefined) && toIcsDateTime(values.dtstamp ?? '') === undefined)
    throw new UsageError(relationshipTexts[lang].dtstampInvalid('--dtstamp', values.dtstamp === undefined ? '—' : JSON.stringify(values.dtstamp)));
  const [profileFile, flowsFile] = positionals as [string, string];
  const inputs = [readJson(io, profileFile), readJson(io, flowsFile)];
  let policy: unknown;
  if (values.policy !== undefined) inputs.push(readJson(io, values.policy));
  const bad = inputs.filter((r) => !r.ok);
  if (bad.length > 0) {
    for (const r of bad) if (!r.ok) io.stderr(`${r.message}\n`);
    return 2;
  }
  const [profile, flows, pol] = inputs.map((r) => (r.ok ? r.value : undefined));
  if (values.policy !== undefined) policy = pol;
  const result = monitor(profile, flows, { policy });
  if (!result.ok) return reportInputErrors(io, `${profileFile}, ${flowsFile}`, result.errors, lang);
  const report = result.report;
  if (format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (format === 'md') io.stdout(renderMonitorMarkdown(report, lang));
  else if (format === 'html') return loadHtmlWriter().then((h) => (io.stdout(h.renderMonitorHtml(report, lang)), 0));
  else {
    if (!report.calendar) {
      io.stderr(`${profileFile}: no calendar: the profile needs loanRequest.disbursementDate\n`);
      return 2;
    }
    // The profile passed validation, so business.startDate is an ISO date.
    const startDate = (profile as { business: { startDate: string } }).business.startDate;
    const calendarId = clientIdentity(report.business.name, startDate);
    io.stdout(toICalendar(report.calendar.tasks, { dtstamp: values.dtstamp ?? '', calendarId, lang, name: report.business.name }));
  }
  return 0;
}
