/**
 * The credit report (征信报告) against what the applicant declared (docs/rules.md, "credit-report"). Six codes:
 *
 * - CREDIT_REPORT_LOAN_UNDECLARED: a report loan whose lender matches no declared debt (`loans[]` or
 *   `household.liabilities[]`; case-insensitive, either name containing the other). Severity
 *   policy.creditReport.undeclaredLoan (default critical).
 * - CREDIT_REPORT_BALANCE_DIFFERS: a report loan matched to a declared debt of its lender (the unused one with the
 *   closest balance) whose balance differs by more than max(balanceTolerance × report balance, balanceMinimum)
 *   (defaults 0.1 and 1,000). Deviation (declared − report) ÷ report.
 * - CREDIT_REPORT_MORE_LENDERS: more distinct lenders in the report than declared (lenders of debts with a
 *   balance above 0, names compared trimmed and case-insensitive).
 * - CREDIT_REPORT_OVERDUE: more overdue events in 24 months than policy.creditReport.overdueCount (default 0), or
 *   a worst delay without a count; critical when the worst delay reached criticalDaysOverdue (90 days).
 * - CREDIT_REPORT_QUERIES: more approval queries in 6 months than policy.creditReport.queries (default 6).
 * - CREDIT_REPORT_GUARANTEES_UNDECLARED: Σ the report's guarantees above Σ household.guaranteesGiven.
 *
 * Skipped when the profile has no `creditReport`. Worked example (fixtures/rules/credit-report.json): a report
 * loan of 200,000 at a lender nobody declared is critical; a declared 280,000 against the report's 350,000 is
 * (280,000 − 350,000) ÷ 350,000 = −20%, beyond 10%: a warning.
 */
import { formatIsoDate } from '../../dates/index.js';
import { D, type Dec, formatMoney, formatRatio, sum, toDecimal } from '../../money/index.js';
import { moneyInput, plainInput, ran } from '../flag.js';
import type { Rule, RuleFinding } from '../types.js';

/** A debt the applicant declared, from either list. */
interface Declared {
  readonly path: string;
  readonly lender: string;
  readonly balance: Dec;
}

/** Params of CREDIT_REPORT_LOAN_UNDECLARED (observed = the report's balance). */
export interface LoanUndeclaredParams {
  readonly lender: string;
  readonly balance: string;
  readonly kind: 'loan' | 'credit-card';
  readonly reportDate: string;
}

/** Params of CREDIT_REPORT_BALANCE_DIFFERS (observed = declared, expected = report balance). */
export interface BalanceDiffersParams {
  readonly lender: string;
  /** `loans[2]` or `household.liabilities[0]`. */
  readonly declaredPath: string;
  readonly declared: string;
  readonly reported: string;
  /** max(tolerance × reported, minimum). */
  readonly allowed: string;
  readonly tolerance: string;
  readonly reportDate: string;
}

/** Params of CREDIT_REPORT_MORE_LENDERS (observed = report lenders, expected = declared lenders). */
export interface MoreLendersParams {
  readonly reportLenders: readonly string[];
  readonly declaredLenders: readonly string[];
  /** Report lenders no declared debt names. */
  readonly extra: readonly string[];
}

/** Params of CREDIT_REPORT_OVERDUE (observed = the overdue count, or null when only the worst delay is given). */
export interface OverdueParams {
  readonly count: number | null;
  readonly worstDays: number | null;
  readonly limit: number;
  readonly criticalDays: number;
}

/** Params of CREDIT_REPORT_QUERIES (observed = queries). */
export interface QueriesParams {
  readonly queries: number;
  readonly limit: number;
}

/** Params of CREDIT_REPORT_GUARANTEES_UNDECLARED (observed = report total, expected = declared total). */
export interface GuaranteesUndeclaredParams {
  readonly reported: string;
  readonly declared: string;
  readonly difference: string;
  readonly count: number;
}

/** Skip code: the profile has no credit report. */
export const NO_CREDIT_REPORT = 'no-credit-report';

const norm = (s: string) => s.trim().toLowerCase();
const sameLender = (a: string, b: string) => norm(a).includes(norm(b)) || norm(b).includes(norm(a));

const bare = { range: null, deviation: null } as const;

export const creditReportRule: Rule = {
  id: 'credit-report',
  codes: [
    'CREDIT_REPORT_LOAN_UNDECLARED',
    'CREDIT_REPORT_BALANCE_DIFFERS',
    'CREDIT_REPORT_MORE_LENDERS',
    'CREDIT_REPORT_OVERDUE',
    'CREDIT_REPORT_QUERIES',
    'CREDIT_REPORT_GUARANTEES_UNDECLARED',
  ],
  check({ profile, policy }) {
    const report = profile.creditReport;
    if (report === undefined) return { status: 'skipped', missing: ['creditReport'], reason: { code: NO_CREDIT_REPORT } };
    const p = policy.creditReport;
    const reportDate = formatIsoDate(report.reportDate);
    const findings: (RuleFinding | null)[] = [];
    const declared: Declared[] = (profile.loans ?? []).map((l, i) => ({ path: `loans[${i}]`, lender: l.lender, balance: l.balance }));
    (profile.household?.liabilities ?? []).forEach((l, j) => {
      if (l.inLoans !== true) declared.push({ path: `household.liabilities[${j}]`, lender: l.lender, balance: l.balance });
    });

    // 1–2. Each report loan against the declared debts of its lender.
    const tolerance = toDecimal(p.balanceTolerance);
    const minimum = toDecimal(p.balanceMinimum);
    const used = new Set<number>();
    const reportLoans = report.loans ?? [];
    reportLoans.forEach((r, i) => {
      if (!r.balance.gt(0)) return;
      const candidates = declared.map((d, j) => ({ d, j })).filter(({ d, j }) => !used.has(j) && sameLender(d.lender, r.lender));
      if (candidates.length === 0) {
        const params: LoanUndeclaredParams = { lender: r.lender, balance: formatMoney(r.balance), kind: r.kind ?? 'loan', reportDate };
        findings.push({
          code: 'CREDIT_REPORT_LOAN_UNDECLARED',
          subject: { reportLoan: i },
          severity: p.undeclaredLoan,
          unit: 'CNY',
          observed: formatMoney(r.balance),
          expected: null,
          ...bare,
          requirement: { path: 'creditReport.undeclaredLoan', value: p.undeclaredLoan },
          inputs: [moneyInput('reportBalance', `creditReport.loans[${i}].balance`, r.balance)],
          params: { ...params },
        });
        return;
      }
      const best = candidates.reduce((a, b) => (b.d.balance.minus(r.balance).abs().lt(a.d.balance.minus(r.balance).abs()) ? b : a));
      used.add(best.j);
      const difference = best.d.balance.minus(r.balance);
      const allowed = D.max(tolerance.times(r.balance), minimum);
      if (difference.abs().lte(allowed)) return;
      const params: BalanceDiffersParams = {
        lender: r.lender,
        declaredPath: best.d.path,
        declared: formatMoney(best.d.balance),
        reported: formatMoney(r.balance),
        allowed: formatMoney(allowed),
        tolerance: tolerance.toFixed(),
        reportDate,
      };
      findings.push({
        code: 'CREDIT_REPORT_BALANCE_DIFFERS',
        subject: { reportLoan: i },
        severity: p.balanceDiffers,
        unit: 'CNY',
        observed: formatMoney(best.d.balance),
        expected: formatMoney(r.balance),
        range: { min: formatMoney(r.balance.minus(allowed)), max: formatMoney(r.balance.plus(allowed)) },
        deviation: { absolute: formatMoney(difference), relative: formatRatio(difference.div(r.balance)) },
        requirement: { path: 'creditReport.balanceTolerance', value: tolerance.toFixed() },
        inputs: [moneyInput('reportBalance', `creditReport.loans[${i}].balance`, r.balance), moneyInput('declaredBalance', `${best.d.path}.balance`, best.d.balance)],
        params: { ...params },
      });
    });

    // 3. More lenders than declared.
    if (report.loans !== undefined) {
      const distinct = (names: readonly string[]) => {
        const seen = new Map<string, string>();
        for (const n of names) if (!seen.has(norm(n))) seen.set(norm(n), n.trim());
        return [...seen.values()];
      };
      const reportLenders = distinct(reportLoans.filter((r) => r.balance.gt(0)).map((r) => r.lender));
      const declaredLenders = distinct(declared.filter((d) => d.balance.gt(0)).map((d) => d.lender));
      if (reportLenders.length > declaredLenders.length) {
        const params: MoreLendersParams = {
          reportLenders,
          declaredLenders,
          extra: reportLenders.filter((r) => !declaredLenders.some((d) => sameLender(d, r))),
        };
        findings.push({
          code: 'CREDIT_REPORT_MORE_LENDERS',
          subject: {},
          severity: p.moreLenders,
          unit: 'count',
          observed: String(reportLenders.length),
          expected: String(declaredLenders.length),
          range: { min: null, max: String(declaredLenders.length) },
          deviation: { absolute: String(reportLenders.length - declaredLenders.length), relative: null },
          requirement: { path: 'creditReport.moreLenders', value: p.moreLenders },
          inputs: [
            plainInput('reportLenders', 'creditReport.loans', String(reportLenders.length), 'count'),
            plainInput('declaredLenders', 'loans + household.liabilities', String(declaredLenders.length), 'count'),
          ],
          params: { ...params },
        });
      }
    }

    // 4. Overdue in the last 24 months.
    const count = report.overdueCount24Months;
    const worst = report.worstDaysOverdue24Months;
    const overdue = count !== undefined ? count > p.overdueCount : worst !== undefined && worst > 0;
    if (overdue) {
      const critical = worst !== undefined && worst >= p.criticalDaysOverdue;
      const params: OverdueParams = { count: count ?? null, worstDays: worst ?? null, limit: p.overdueCount, criticalDays: p.criticalDaysOverdue };
      findings.push({
        code: 'CREDIT_REPORT_OVERDUE',
        subject: {},
        severity: critical ? 'critical' : 'warning',
        unit: 'count',
        observed: count === undefined ? null : String(count),
        expected: null,
        range: { min: null, max: String(p.overdueCount) },
        deviation: null,
        requirement: critical
          ? { path: 'creditReport.criticalDaysOverdue', value: String(p.criticalDaysOverdue) }
          : { path: 'creditReport.overdueCount', value: String(p.overdueCount) },
        inputs: [
          ...(count === undefined ? [] : [plainInput('overdueCount', 'creditReport.overdueCount24Months', String(count), 'count')]),
          ...(worst === undefined ? [] : [plainInput('worstDaysOverdue', 'creditReport.worstDaysOverdue24Months', String(worst), 'days')]),
        ],
        params: { ...params },
      });
    }

    // 5. A burst of recent queries.
    const queries = report.queries6Months;
    if (queries !== undefined && queries > p.queries) {
      const params: QueriesParams = { queries, limit: p.queries };
      findings.push({
        code: 'CREDIT_REPORT_QUERIES',
        subject: {},
        severity: 'warning',
        unit: 'count',
        observed: String(queries),
        expected: null,
        range: { min: null, max: String(p.queries) },
        deviation: { absolute: String(queries - p.queries), relative: null },
        requirement: { path: 'creditReport.queries', value: String(p.queries) },
        inputs: [plainInput('queries', 'creditReport.queries6Months', String(queries), 'count')],
        params: { ...params },
      });
    }

    // 6. Guarantees in the report beyond those declared.
    if (report.guaranteesGiven !== undefined) {
      const reported = sum(report.guaranteesGiven.map((g) => g.amount));
      const declaredTotal = sum((profile.household?.guaranteesGiven ?? []).map((g) => g.amount));
      if (reported.gt(declaredTotal)) {
        const params: GuaranteesUndeclaredParams = {
          reported: formatMoney(reported),
          declared: formatMoney(declaredTotal),
          difference: formatMoney(reported.minus(declaredTotal)),
          count: report.guaranteesGiven.length,
        };
        findings.push({
          code: 'CREDIT_REPORT_GUARANTEES_UNDECLARED',
          subject: {},
          severity: p.guaranteesUndeclared,
          unit: 'CNY',
          observed: formatMoney(reported),
          expected: formatMoney(declaredTotal),
          range: { min: null, max: formatMoney(declaredTotal) },
          deviation: { absolute: formatMoney(reported.minus(declaredTotal)), relative: declaredTotal.isZero() ? null : formatRatio(reported.minus(declaredTotal).div(declaredTotal)) },
          requirement: { path: 'creditReport.guaranteesUndeclared', value: p.guaranteesUndeclared },
          inputs: [moneyInput('reportGuarantees', 'creditReport.guaranteesGiven', reported), moneyInput('declaredGuarantees', 'household.guaranteesGiven', declaredTotal, profile.household?.guaranteesGiven === undefined)],
          params: { ...params },
        });
      }
    }
    return ran(findings);
  },
};
