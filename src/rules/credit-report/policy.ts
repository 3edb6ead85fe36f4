/** The policy fragment of the check `credit-report`: its settings, each with its default and where that comes from. */
import * as z from 'zod';
import { count, fraction, money } from '../../profile/fields.js';
import { about, severity } from '../../profile/policy-parts.js';

export const creditReportPolicy = {
  creditReport: z
    .strictObject({
      undeclaredLoan: severity
        .default('critical')
        .meta(about("Severity of a loan in the credit report that matches no declared loan or household debt. xcheck's choice: a debt the applicant did not tell the officer of, which the source's method treats as a reason to look again at everything else said.")),
      balanceTolerance: fraction
        .default('0.1')
        .meta(about("A report loan's balance agrees with the declared one within this share of the report's balance. xcheck's choice: the report is updated once a month, so a loan repaid in instalments has moved by one or two instalments.")),
      balanceMinimum: money
        .default('1000')
        .meta(about("A balance difference below this amount never flags (rounding, a month's interest). xcheck's choice.")),
      balanceDiffers: severity
        .default('warning')
        .meta(about("Severity of a report loan whose balance differs from the declared one beyond the tolerance. xcheck's choice.")),
      moreLenders: severity
        .default('warning')
        .meta(about("Severity when the report shows more lenders than were declared (多头借贷). xcheck's choice.")),
      overdueCount: count
        .default(0)
        .meta(about("A warning when the report shows more overdue events than this in the last 24 months. 0: any overdue is asked about (xcheck's choice).")),
      criticalDaysOverdue: count
        .default(90)
        .meta(about('Critical when the worst delay in the last 24 months reached this many days. 90: a loan more than 90 days overdue is at least substandard (次级) under the risk classification of the NFRA/PBoC measures for the risk classification of financial assets of commercial banks (商业银行金融资产风险分类办法, 2023).')),
      queries: count
        .default(6)
        .meta(about("A warning when the report shows more approval queries than this in the last 6 months (a burst of applications elsewhere). xcheck's choice; a bank sets its own.")),
      guaranteesUndeclared: severity
        .default('warning')
        .meta(about("Severity when the report shows guarantees beyond those declared in household.guaranteesGiven. xcheck's choice; their size against the family's net worth is GUARANTEES_EXCEED_NET_WORTH.")),
    })
    .prefault({})
    .meta(about('The credit report (征信): CREDIT_REPORT_LOAN_UNDECLARED, CREDIT_REPORT_BALANCE_DIFFERS, CREDIT_REPORT_MORE_LENDERS, CREDIT_REPORT_OVERDUE, CREDIT_REPORT_QUERIES, CREDIT_REPORT_GUARANTEES_UNDECLARED.')),
};
