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
import { seasonalPlanFromInput } from '../capacity/seasonal-plan.js';
import { formatInputErrors } from '../profile/errors.js';
import { type SeasonalPlanScheduleJson, serializeSchedule, serializeSeasonalPlan } from '../report/capacity-json.js';
import { renderScheduleTable } from '../report/capacity-markdown.js';
import { planSummary } from '../report/markdown-plan.js';
import { memoTexts } from '../locales/memo.js';
import { g, table } from '../report/markdown-parts.js';
import { csvRow } from '../report/escape.js';
import { type CliIO, UsageError } from './io.js';

export const SCHEDULE_USAGE = `Usage:
  xcheck schedule --amount 100000 --rate 0.0129 --months 12 [--method annuity|equal-principal]
                  [--start 2026-01-31] [--rounding half-up|half-even] [--format json|md|csv] [--lang en|zh]
      Print a loan schedule: equal instalments (annuity, 等额本息) or equal principal (等额本金);
      --rate is the monthly rate, as a fraction (0.0129) or a percentage (1.29%): 1.29% a month;
      --start the disbursement date.
  xcheck schedule --amount 100000 --rate 0.0129 --months 12 --plan interest-only|grace|proportional|balloon
                  [--interest-only 4,5,6] [--grace 3] [--weights 32000,2000,…] [--balloon-period 9 [--balloon-share 0.5]] …
      Print a seasonal repayment plan (docs/capacity.md §6): interest every month, the principal
      --interest-only: not in the listed periods (equal in the others);
      --grace: not in the first N periods (equal in the others);
      --weights: in proportion to one weight per period (e.g. each month's surplus);
      --balloon-period: that share (default 0.5) in that period, the rest equal in the others;
      the last period repays the balance left. Same options otherwise (no --method).
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
      plan: { type: 'string' },
      'interest-only': { type: 'string' },
      grace: { type: 'string' },
      weights: { type: 'string' },
      'balloon-period': { type: 'string' },
      'balloon-share': { type: 'string' },
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
  if (values.plan !== undefined) return printPlan(values, format, lang, io);
  for (const name of ['interest-only', 'grace', 'weights', 'balloon-period', 'balloon-share'] as const)
    if (values[name] !== undefined) throw new UsageError(`--${name} needs --plan`);
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

/** A comma-separated list as typed: whole numbers become numbers (the schema checks them), the rest stays text. */
const list = (v: string | undefined) => (v === undefined ? undefined : v.split(',').map((x) => wholeOrText(x.trim())));

/** `--plan`: a seasonal plan, validated by its schema (every problem listed, the options named as typed). */
function printPlan(values: Record<string, string | boolean | undefined>, format: 'json' | 'md' | 'csv', lang: 'en' | 'zh', io: CliIO): number {
  const text = (name: string) => values[name] as string | undefined;
  if (text('method') !== undefined) throw new UsageError('--method and --plan do not go together: a plan is its own method');
  const result = seasonalPlanFromInput({
    amount: text('amount'),
    monthlyRate: rateOption(text('rate')),
    months: wholeOrText(text('months')),
    kind: text('plan'),
    ...(text('interest-only') !== undefined ? { interestOnlyPeriods: list(text('interest-only')) } : {}),
    ...(text('grace') !== undefined ? { graceMonths: wholeOrText(text('grace')) } : {}),
    ...(text('weights') !== undefined ? { weights: text('weights')?.split(',').map((x) => x.trim()) } : {}),
    ...(text('balloon-period') !== undefined ? { balloonPeriod: wholeOrText(text('balloon-period')) } : {}),
    ...(text('balloon-share') !== undefined ? { balloonShare: text('balloon-share') } : {}),
    ...(text('start') !== undefined ? { startDate: text('start') } : {}),
    ...(text('rounding') !== undefined ? { rounding: text('rounding') } : {}),
  });
  if (!result.ok) {
    const option: Record<string, string> = {
      monthlyRate: 'rate',
      startDate: 'start',
      kind: 'plan',
      interestOnlyPeriods: 'interest-only',
      graceMonths: 'grace',
      balloonPeriod: 'balloon-period',
      balloonShare: 'balloon-share',
    };
    const errors = result.errors.map((e) => ({ ...e, path: `--${e.path.replace(/^\w+/, (head) => option[head] ?? head)}` }));
    io.stderr(`${formatInputErrors(errors, lang)}\nsee xcheck schedule --help\n`);
    return 2;
  }
  const json = serializeSeasonalPlan(result.plan, (text('rounding') as 'half-up' | 'half-even' | undefined) ?? 'half-up');
  if (format === 'json') io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  else if (format === 'md') io.stdout(planTable(json, lang).join('\n'));
  else {
    const lines = [csvRow(['period', 'dueDate', 'openingBalance', 'payment', 'interest', 'principal', 'closingBalance'])];
    for (const r of json.rows) lines.push(csvRow([r.period, r.dueDate, r.openingBalance, r.payment, r.interest, r.principal, r.closingBalance]));
    io.stdout(`${lines.join('\n')}\n`);
  }
  return 0;
}

/** A plan as a Markdown table with its summary. */
function planTable(p: SeasonalPlanScheduleJson, lang: 'en' | 'zh'): string[] {
  const t = memoTexts[lang].schedule;
  return [
    table(
      [t.period, t.due, t.payment, t.interest, t.principal, t.balance],
      p.rows.map((r) => [String(r.period), r.dueDate ?? '—', g(r.payment), g(r.interest), g(r.principal), g(r.closingBalance)]),
    ),
    '',
    planSummary(p, lang),
    '',
  ];
}
