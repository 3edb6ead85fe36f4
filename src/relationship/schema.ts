/**
 * The monitor report's JSON (`monitor(profile, flows).report`, `xcheck monitor --format json`) as a zod schema, for
 * its published JSON Schema (`xcheck schema --monitor`, docs/relationship.md and docs/profile.md "JSON Schemas").
 * Like the analysis report's (src/report/schema.ts, whose named pieces it shares: ReportMoney, ReportRatio,
 * Bilingual, Flag), it describes what xcheck writes: the code never parses a report with it (a test validates real
 * monitor reports against the JSON Schema with an independent validator). Money is a decimal string with two
 * places, ratios four (the cost's rates six). `schemaVersion` 1; a change of this shape is recorded in the CHANGELOG.
 */
import * as z from 'zod';
import { doc, named } from '../profile/fields.js';
import { DEPOSIT_PATTERNS } from '../profile/relationship.js';
import { amount, bilingual, date, flag, ratio } from '../report/schema.js';
import { CONTACT_KINDS } from './calendar.js';
import { MONITOR_CODES } from './monitor.js';
import { loanConditionSchema } from '../conditions/schema.js';

const str = z.string();
const count = z.int().min(0);
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

const observedMonth = named(
  z.strictObject({
    month: yearMonth.meta(doc('The month observed, `YYYY-MM` (as in the flows).')),
    inflows: amount.meta(doc('Money that came into the account that month (the flows).')),
    expectedInflows: amount.meta(doc("What the cash model implies for that calendar month: its collections (the sales moved by the customer days, docs/capacity.md §4) × bankSettledShare.")),
    outflows: amount.meta(doc('Money that went out of the account that month (the flows).')),
    averageBalance: amount.meta(doc('The average daily balance of that month (the flows).')),
    expectedBalance: amount.meta(doc("The balance the deposit expectation gives that calendar month (expectation.months).")),
  }),
  'ObservedMonth',
  { description: 'One observed month beside what the deposit expectation gives for its calendar month.' },
);

const expectationMonth = named(
  z.strictObject({
    month: z.int().min(1).max(12).meta(doc('The calendar month, 1 (January) to 12.')),
    sales: amount.meta(doc("The month's sales from the profile's 12-month income statement.")),
    inflows: amount.meta(doc("The inflows expected at the bank: the cash model's collections that month × bankSettledShare.")),
    retention: ratio.meta(doc('The share of the average inflows expected to stay on the account that month (policy.relationship.retention[pattern]).')),
    expectedBalance: amount.meta(doc('The average daily balance expected: averageInflows × retention.')),
    phase: z.enum(['trough', 'peak', 'shoulder', 'flat']).meta(doc('Where the month sits in the seasonal-trough year: trough, peak or shoulder; flat for patterns without seasons.')),
    reason: bilingual.meta(doc('Why this balance is expected, in both languages.')),
  }),
  'ExpectationMonth',
  { description: 'One calendar month of the deposit expectation.' },
);

const expectation = named(
  z.strictObject({
    pattern: z.enum(DEPOSIT_PATTERNS).meta(doc('The deposit pattern: steady, pass-through, seasonal-trough or mixed.')),
    patternSource: z.enum(['profile', 'policy']).meta(doc("Whether the pattern was said in the profile or is the policy's default.")),
    bankSettledShare: ratio.meta(doc('The share of sales expected to settle on the account at this bank.')),
    bankSettledShareDefaulted: z.boolean().meta(doc('True when bankSettledShare is the policy default rather than what the profile said.')),
    averageInflows: amount.meta(doc('The mean of the twelve months\' expected inflows.')),
    averageBalance: amount.meta(doc('The mean of the twelve months\' expected balances.')),
    reasoning: bilingual.meta(doc('The reasoning behind the expectation, in both languages.')),
    months: z.array(expectationMonth).length(12).meta(doc('The twelve calendar months, January to December.')),
  }),
  'DepositExpectation',
  { description: 'The deposits expected from the profile before any flow is observed (docs/relationship.md).' },
);

const checkStatus = named(
  z.strictObject({
    code: z.enum(MONITOR_CODES).meta(doc('The code the check raises.')),
    status: z.enum(['ran', 'skipped']).meta(doc('ran, or skipped (with why).')),
    reasonCode: z
      .enum(['no-expected-inflows', 'no-expected-balance', 'too-few-months', 'no-first-window-inflows'])
      .optional()
      .meta(doc('For a skipped check: why, as a code the catalogs explain (MonitorSkipCode).')),
    reasonParams: z
      .record(str, z.unknown())
      .optional()
      .meta(doc('For a skipped check: what the reason\'s text needs (too-few-months: needed, window, got).')),
    reason: bilingual.optional().meta(doc('For a skipped check: the reason in both languages.')),
  }),
  'CheckStatus',
  { description: 'One monitor check: ran, or skipped with a reason code and its text.' },
);

const rate6 = str.regex(/^-?\d+\.\d{6}$/);

const cost = named(
  z.strictObject({
    amount: amount.meta(doc('The loan amount.')),
    deposit: amount.meta(doc('The compensating deposit kept at the bank: amount × relationship.compensatingDeposit.share (0 without one).')),
    depositInterest: amount.meta(doc('The interest the deposit earns, paid back at maturity: round_fen(deposit × depositRate × n / 12).')),
    usableAmount: amount.meta(doc('What the borrower can use: amount − deposit.')),
    flows: z.array(amount).meta(doc("The borrower's cash flows, t = 0 … n (positive: received): the usable amount, then − each payment, the last with the deposit and its interest back.")),
    contractMonthlyRate: rate6.meta(doc('The contract monthly rate, six places.')),
    contractEffectiveAnnualRate: rate6.meta(doc('(1 + monthly rate)^12 − 1, six places.')),
    monthlyCost: rate6.nullable().meta(doc('The internal rate of return of the flows, per month, six places; null only when the flows have no rate.')),
    effectiveAnnualCost: rate6.nullable().meta(doc('(1 + monthlyCost)^12 − 1, six places; null when monthlyCost is.')),
    bank: z
      .strictObject({
        averageOutstanding: amount.meta(doc('Σ opening balance_t / n.')),
        loanInterest: amount.meta(doc("Σ interest_t: the loan's interest over the term.")),
        compensatingDepositValue: amount.meta(doc('What the compensating deposit is worth to the bank: deposit × (transferRate − depositRate) × n / 12.')),
        operatingDepositValue: amount.meta(doc('What the expected operating balances are worth to the bank: Σ_t expectedBalance_t × (transferRate − demandDepositRate) / 12.')),
        depositValue: amount.meta(doc('compensatingDepositValue + operatingDepositValue.')),
        loanYield: rate6.meta(doc('loanInterest / averageOutstanding × 12 / n, six places.')),
        relationshipYield: rate6.meta(doc('(loanInterest + depositValue) / averageOutstanding × 12 / n, six places.')),
      })
      .meta(doc("The bank's side: what the loan and the deposits are worth to it.")),
  }),
  'LoanCost',
  { description: "The requested loan's real cost to the borrower and its yield to the bank (docs/relationship.md)." },
);

const contactTask = named(
  z.strictObject({
    date: date.meta(doc('When to get in touch (ISO date).')),
    kind: z.enum(CONTACT_KINDS).meta(doc('The occasion: onboarding, interest-settlement, seasonal-peak, festival, birthday, maturity or idle-deposits.')),
    occasionDate: date.meta(doc('The date of the occasion itself (the festival, the settlement day, the peak\'s first day…).')),
    title: bilingual.meta(doc('The task\'s title in both languages.')),
    purpose: bilingual.meta(doc('What to do, in both languages.')),
  }),
  'ContactTask',
  { description: 'One contact with the borrower on the calendar.' },
);

const calendar = named(
  z.strictObject({
    from: date.meta(doc('The first day of the span: the disbursement date.')),
    to: date.meta(doc('The last day of the span: the last due date.')),
    tasks: z.array(contactTask).meta(doc('The contacts, by date.')),
    uncoveredFestivalYears: z.array(z.int()).meta(doc('Years of the span the festival table does not cover (no festival task could be made for them).')),
  }),
  'ContactCalendar',
  { description: 'The contact calendar from disbursement to maturity.' },
);

/**
 * The monitor report, as `monitor` returns it and `xcheck monitor --format json` writes it. `policy` is filled in by
 * the published schema (a `$ref` to the policy schema's `relationship`).
 */
export const monitorReportSchema = z.strictObject({
  schemaVersion: z.literal(1).meta(doc('The version of this format: 1. A change of the monitor report JSON is recorded in the CHANGELOG.')),
  business: z
    .strictObject({
      name: str.meta(doc("The business's name (the profile).")),
      industry: str.meta(doc('Its industry (the profile).')),
      kind: z.enum(['trading', 'production', 'service', 'agriculture']).meta(doc('Its kind (the profile).')),
    })
    .meta(doc('The business monitored.')),
  policy: z.unknown().meta(doc('The relationship policy in force (policy.relationship), fully resolved (defaults filled in), for audit.')),
  expectation: expectation.meta(doc('What the profile led the bank to expect, month by month, before any flow was observed.')),
  observed: z.array(observedMonth).meta(doc('Each month of the flows, in order, beside its expectation.')),
  summary: z
    .strictObject({
      critical: count.meta(doc('Flags of severity critical.')),
      warning: count.meta(doc('Flags of severity warning.')),
      info: count.meta(doc('Flags of severity info.')),
      months: count.meta(doc('How many months were observed.')),
    })
    .meta(doc('Flags by severity, and the months observed.')),
  flags: z.array(flag).meta(doc('The findings with their texts in both languages (rule id `monitor`).')),
  checks: z.array(checkStatus).meta(doc('Every monitor check, in order: FLOWS_NOT_MOVED, DEPOSIT_BELOW_EXPECTATION, SALES_DECLINE.')),
  cost: cost.nullable().meta(doc("The loan's real cost and yield; null without profile.loanRequest.")),
  calendar: calendar.nullable().meta(doc('The contact calendar; null without loanRequest.disbursementDate.')),
  conditions: z
    .strictObject({
      agreed: z.array(loanConditionSchema).meta(doc('The loan conditions agreed at disbursement, as given (docs/conditions.md).')),
      kept: z
        .array(
          z.strictObject({
            code: str.meta(doc('The condition.')),
            checkedBy: z.enum(MONITOR_CODES).nullable().meta(doc('The monitor check that verifies it; null for a condition the flows do not show (rate, guarantor, renewal).')),
            kept: z.boolean().nullable().meta(doc('false: its check raised a flag; true: its check ran without one; null: not checked.')),
          }),
        )
        .meta(doc('Each agreed condition, in order, and whether it was kept.')),
      renewalApplies: z.boolean().meta(doc('True when RENEWAL_IF_NOT_KEPT was agreed and a checked condition was not kept.')),
    })
    .nullable()
    .meta(doc('The agreed conditions and whether each was kept; null when none were given (`monitor(profile, flows, { conditions })`).')),
});
