/**
 * `xcheck schedule --amount 100000 --rate 0.0129 --months 12 [--method annuity|equal-principal]
 *  [--start 2026-01-31] [--rounding half-up|half-even] [--format json|md|csv] [--lang en|zh]`
 *
 * Prints a loan schedule on its own. Amount and rate are passed to the schema as decimal strings, so
 * nothing goes through a float. `--rate` takes a fraction (0.0129) or a percentage (1.29%, turned into
 * the fraction 0.0129 by moving the decimal point: docs/capacity.md). Exit 0 printed, 2 invalid input
 * (each path listed) or usage.
 */
import { parseArgs } from 'node:util';
import { scheduleFromInput } from '../capacity/schedule.js';
import { formatInputErrors } from '../profile/errors.js';
import { serializeSchedule } from '../report/capacity-json.js';
import { renderScheduleTable } from '../report/capacity-markdown.js';
import { csvRow } from '../report/escape.js';
import { type CliIO, UsageError } from './io.js';

export const SCHEDULE_USAGE = `Usage:
  xcheck schedule --amount 100000 --rate 0.0129 --months 12 [--method annuity|equal-principal]
                  [--start 2026-01-31] [--rounding half-up|half-even] [--format json|md|csv] [--lang en|zh]
      Print a loan schedule: equal instalments (annuity, 等额本息) or equal principal (等额本金);
      --rate is the monthly rate, as a fraction (0.0129) or a percentage (1.29%): 1.29% a month;
      --start the disbursement date.
`;

/**
 * `--rate` as typed: a percentage (`1.29%`) becomes the fraction as a decimal string (`0.0129`) by moving the
 * decimal point two places, digit for digit (no rounding); anything else is passed on as it is.
 */
export function rateOption(value: string | undefined): string | undefined {
  const percent = value === undefined ? null : /^(\d+)(?:\.(\d+))?%$/.exec(value.trim());
  if (!percent) return value;
  const whole = (percent[1] as string).padStart(3, '0');
  return `${whole.slice(0, -2).replace(/^0+(?=\d)/, '')}.${whole.slice(-2)}${percent[2] ?? ''}`;
}

/** Whole numbers pass to the schema as numbers (it checks them); anything else as the text typed. */
const wholeOrText = (v: string | undefined): string | number | undefined => (v !== undefined && /^\d+$/.test(v) ? Number(v) : v);

export function cmdSchedule(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      amount: { type: 'string' },
      rate: { type: 'string' },
      months: { type: 'string' },
      method: { type: 'string' },
      start: { type: 'string' },
      rounding: { type: 'string' },
      format: { type: 'string', default: 'json' },
      lang: { type: 'string', default: 'en' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(SCHEDULE_USAGE);
    return 0;
  }
  const { format, lang } = values;
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals.join(' ')}`);
  if (format !== 'json' && format !== 'md' && format !== 'csv') throw new UsageError(`--format must be json, md or csv, got ${format}`);
  if (lang !== 'en' && lang !== 'zh') throw new UsageError(`--lang must be en or zh, got ${lang}`);
  const result = scheduleFromInput({
    amount: values.amount,
    monthlyRate: rateOption(values.rate),
    months: wholeOrText(values.months),
    ...(values.method !== undefined ? { method: values.method } : {}),
    ...(values.start !== undefined ? { startDate: values.start } : {}),
    ...(values.rounding !== undefined ? { rounding: values.rounding } : {}),
  });
  if (!result.ok) {
    // name the options as typed on the command line
    const option: Record<string, string> = { monthlyRate: 'rate', startDate: 'start' };
    const errors = result.errors.map((e) => ({ ...e, path: `--${option[e.path] ?? e.path}` }));
    io.stderr(`${formatInputErrors(errors, lang as 'en' | 'zh')}\nsee xcheck schedule --help\n`);
    return 2;
  }
  const json = serializeSchedule(result.schedule, (values.rounding as 'half-up' | 'half-even' | undefined) ?? 'half-up');
  if (format === 'json') io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  else if (format === 'md') io.stdout(renderScheduleTable(json, lang as 'en' | 'zh').join('\n'));
  else {
    const lines = [csvRow(['period', 'dueDate', 'openingBalance', 'payment', 'interest', 'principal', 'closingBalance'])];
    for (const r of json.rows) lines.push(csvRow([r.period, r.dueDate, r.openingBalance, r.payment, r.interest, r.principal, r.closingBalance]));
    io.stdout(`${lines.join('\n')}\n`);
  }
  return 0;
}
