/**
 * After the loan (贷后客户维护): what the profile may record about the relationship, and the policy
 * section that holds the relationship assumptions. Both are strict like the rest of the schemas.
 * docs/relationship.md explains each field and where each default comes from.
 */
import * as z from 'zod';
import { daysInMonth } from '../dates/index.js';
import { boundedArray, count, doc, fraction, isoDate, LIST_LIMITS, money, name, text } from './fields.js';

/**
 * How a business's money behaves on its account (the source, 台州银行工作模式简介):
 * - steady: paid on regular cycles (a food supplier to supermarkets): balances stay all year;
 * - pass-through: large flows that do not stay (a contractor, 项目经理类客户);
 * - seasonal-trough: money used in the peak (garment and market traders, May–October) and idle in the
 *   trough (November to the new year), when the balance shows the real own funds;
 * - mixed: none of these clearly (xcheck's fallback).
 */
export const DEPOSIT_PATTERNS = ['steady', 'pass-through', 'seasonal-trough', 'mixed'] as const;
export type DepositPattern = (typeof DEPOSIT_PATTERNS)[number];

const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/** `MM-DD` (a birthday without a year); 02-29 is allowed (celebrated on 02-28 in common years). */
export const monthDay = z.string({ error: 'date' }).refine((s) => {
  const m = MONTH_DAY.exec(s);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2024, month);
}, { error: 'date' });

const calendarMonth = z.int({ error: 'wholeNumber' }).min(1, { error: 'calendarMonth' }).max(12, { error: 'calendarMonth' });

export const birthdaySchema = z.strictObject({
  name: name.meta(doc('Whose birthday: the applicant, a spouse, a child, a parent (直系亲属).')),
  relation: text.optional().meta(doc('Who the person is to the applicant.', { examples: ['daughter'] })),
  date: z.union([monthDay, isoDate], { error: 'date' }).meta(doc('`MM-DD`, or a full ISO date of birth (only the month and day are used).')),
});

export const relationshipProfileSchema = z.strictObject({
  depositPattern: z.enum(DEPOSIT_PATTERNS, { error: 'enum' }).optional().meta(doc('How the business\'s money behaves on its account; default: policy.relationship.patternByKind.')),
  bankSettledShare: fraction.optional().meta(doc('Share of sales expected to settle by transfer into the account at the bank once the flows have moved.')),
  compensatingDeposit: z
    .strictObject({
      share: fraction.meta(doc('Share of the loan amount, e.g. 0.2 (the source\'s borrower kept 20%).')),
      annualRate: fraction.optional().meta(doc('Annual rate paid on the deposit; default policy.relationship.depositRate.')),
    })
    .optional()
    .meta(doc('A compensating deposit (压存款) agreed at disbursement: a share of the loan kept on deposit for the term.')),
  stressSalesDecline: fraction.optional().meta(doc('The fall in sales the underwriting stress test showed the loan can bear (0.3 = 30%).')),
  peakMonths: boundedArray(calendarMonth, 12).optional().meta(doc('Months (1–12) when the seasonal peak starts, if the officer knows them better than the sales profile shows.')),
  birthdays: boundedArray(birthdaySchema, LIST_LIMITS.birthdays).optional().meta(doc('Birthdays the officer recorded (the applicant\'s or close family\'s).')),
});

export type RelationshipProfile = z.output<typeof relationshipProfileSchema>;

function twelve(values: readonly string[]) {
  return z.array(money).length(12, { error: 'twelveMonths' }).default([...values]);
}

function shortfallBand(tolerance: string, critical: string) {
  return z.strictObject({ tolerance: fraction.default(tolerance), critical: fraction.default(critical) }).prefault({});
}

const kindPattern = (p: DepositPattern) => z.enum(DEPOSIT_PATTERNS, { error: 'enum' }).default(p);

export const relationshipPolicySchema = z
  .strictObject({
    /**
     * Retention: expected average daily balance ÷ average monthly bank inflows, January to December,
     * per deposit pattern. The shapes follow the source; the levels are xcheck's own choice.
     */
    retention: z
      .strictObject({
        steady: twelve(Array.from({ length: 12 }, () => '0.25')).meta(doc('About a week of inflows stays (7.5 / 30 = 0.25).')),
        'pass-through': twelve(Array.from({ length: 12 }, () => '0.03')).meta(doc('About a day of inflows stays (1 / 30 ≈ 0.03).')),
        'seasonal-trough': twelve(['0.8', '0.6', '0.3', '0.2', '0.05', '0.05', '0.05', '0.05', '0.05', '0.05', '0.6', '0.8']).meta(doc('Peak May–October (money in stock and receivables), idle November–February.')),
        mixed: twelve(Array.from({ length: 12 }, () => '0.12')).meta(doc('Between steady and pass-through.')),
      })
      .prefault({}),
    patternByKind: z
      .strictObject({
        trading: kindPattern('steady'),
        production: kindPattern('mixed'),
        service: kindPattern('mixed'),
        agriculture: kindPattern('mixed'),
      })
      .prefault({})
      .meta(doc('The pattern used when the profile does not name one (xcheck\'s own choice).')),
    bankSettledShare: fraction.default('1').meta(doc('Share of sales settled by transfer into the account (xcheck\'s own choice: all of it).')),
    depositRate: fraction.default('0.015').meta(doc('Annual rate on a compensating deposit: PBOC benchmark 1-year time deposit rate, 1.50% since 2015-10-24.')),
    demandDepositRate: fraction.default('0.0035').meta(doc('Annual rate on operating (demand) balances: PBOC benchmark demand deposit rate, 0.35% since 2015-10-24.')),
    transferRate: fraction.default('0.025').meta(doc('Annual funds-transfer price the bank credits deposits with (xcheck\'s own choice; set the bank\'s FTP).')),
    windowMonths: z.int({ error: 'wholeNumber' }).min(1, { error: 'positive' }).max(12).default(3).meta(doc('Months compared at each end for SALES_DECLINE (xcheck\'s own choice).')),
    flowsNotMoved: shortfallBand('0.5', '0.8').meta(doc('FLOWS_NOT_MOVED: shortfall of inflows against what the sales imply (xcheck\'s own choice).')),
    depositBelowExpectation: shortfallBand('0.3', '0.6').meta(doc('DEPOSIT_BELOW_EXPECTATION: shortfall of average balances against the expectation (xcheck\'s own choice).')),
    salesDecline: shortfallBand('0.3', '0.5').meta(doc('SALES_DECLINE: fall of seasonally adjusted inflows from the first window to the last. `tolerance` is used when the profile does not record the stress threshold found at underwriting (xcheck\'s own choice).')),
    calendar: z
      .strictObject({
        onboardingDays: boundedArray(count, LIST_LIMITS.onboardingDays).default([1, 3, 7, 14]).meta(doc('Days after disbursement to call (source: 前两个礼拜要多看他流水多打电话; the days are xcheck\'s own).')),
        settlementMonths: boundedArray(calendarMonth, 12).default([3, 6, 9, 12]).meta(doc('Quarterly interest settlement (按季结息了要联系): the 20th of the last month of each quarter, per the PBOC\'s 人民币利率管理规定 (1999) art. 20 for loans settled quarterly, and the banks\' rule for demand deposits (活期存款按季结息，每季末月20日为结息日).')),
        settlementDay: z.int({ error: 'wholeNumber' }).min(1).max(31).default(20),
        peakLeadDays: count.default(14).meta(doc('Days before a seasonal peak starts (xcheck\'s own choice).')),
        festivalLeadDays: count.default(3).meta(doc('Days before the Spring Festival and the Mid-Autumn Festival for the visit (xcheck\'s own choice).')),
        maturityLeadDays: count.default(30).meta(doc('Days before maturity to talk about renewal (转贷) (xcheck\'s own choice).')),
      })
      .prefault({}),
  })
  .prefault({});

export type RelationshipPolicy = z.output<typeof relationshipPolicySchema>;
