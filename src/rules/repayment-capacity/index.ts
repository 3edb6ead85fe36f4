/**
 * REPAYMENT_CAPACITY_EXCEEDED — 还款能力不足 (月供占月可支配收入比例超限).
 *
 * Formula: ratio = new instalment ÷ monthly disposable surplus before the new loan (business profit + other
 * income − household expenses − existing instalments), in the worst month of the term (policy.capacity.basis
 * worst-month, default) or over the whole term (whole-term: Σ instalments ÷ Σ surplus). Flags when
 * ratio > limit; a month whose surplus is 0 or less cannot carry any instalment.
 *
 * Default limit 70% (policy.capacity.limit): common lender practice; 50%, India's central bank's limit for
 * micro-loans, by configuration (docs/rules.md, docs/capacity.md). Severity: warning while the instalment is
 * still within the surplus (ratio ≤ 100%), critical when it is not (or the surplus is 0 or less). The
 * requirement is the limit in both cases: it decides whether the finding is raised; 100% is fixed.
 * Reads context.capacity (computed once in runAnalysis); skipped when there is no loan request.
 * Worked example (fixtures/worked-example-agrees.json): 300,000 over 12 months at 1.29%: instalment 27,145.49;
 * 27,145.49 ÷ 29,000 = 93.61% > 70%: a warning.
 */
import { formatMoney, formatRatio } from '../../money/index.js';
import { moneyInput, plainInput, policyValue, ran, ratioInput } from '../flag.js';
import type { Rule } from '../types.js';

/**
 * Params of a REPAYMENT_CAPACITY_EXCEEDED finding: the basis (`worst-month` or `whole-term`), the first and last
 * month (YYYY-MM) of the window the ratio is taken over (the same month for worst-month), the instalment and the
 * surplus of that window (money, two places; sums over the term for whole-term), the requested term in months,
 * the requested amount and the largest affordable amount for that term (money). The ratio and the limit are the
 * finding's `observed` (null when the surplus is 0 or less) and `expected`.
 */
export interface RepaymentCapacityParams {
  readonly basis: string;
  readonly firstMonth: string;
  readonly lastMonth: string;
  readonly payment: string;
  readonly surplus: string;
  readonly termMonths: number;
  readonly amount: string;
  readonly maxAmount: string;
}

export const repaymentCapacityRule: Rule = {
  id: 'repayment-capacity',
  codes: ['REPAYMENT_CAPACITY_EXCEEDED'],
  check({ capacity, policy }) {
    const loan = capacity.loan;
    if (loan === null) return { status: 'skipped', missing: capacity.skipped?.missing ?? ['loanRequest'], reason: { code: 'no-loan-request' } };
    const { check, limit, schedule } = loan;
    if (!check.exceeded) return ran([]);

    const w = check.worst;
    const whole = loan.basis === 'whole-term';
    const months = w.periods.map((k) => check.months[k - 1]?.dueDate.slice(0, 7) ?? String(k));
    const params: RepaymentCapacityParams = {
      basis: loan.basis,
      firstMonth: months[0] ?? '',
      lastMonth: months[months.length - 1] ?? '',
      payment: formatMoney(w.payment),
      surplus: formatMoney(w.surplus),
      termMonths: loan.termMonths,
      amount: formatMoney(loan.amount),
      maxAmount: formatMoney(loan.maxAmount.amount),
    };
    return ran([
      {
        code: 'REPAYMENT_CAPACITY_EXCEEDED',
        subject: {},
        severity: w.ratio === null || w.ratio.gt(1) ? 'critical' : 'warning',
        unit: 'ratio',
        observed: w.ratio === null ? null : formatRatio(w.ratio),
        expected: formatRatio(limit),
        range: { min: null, max: formatRatio(limit) },
        deviation: w.ratio === null ? null : { absolute: formatRatio(w.ratio.minus(limit)), relative: null },
        requirement: { path: 'capacity.limit', value: policyValue(policy.capacity.limit) },
        inputs: [
          moneyInput('amount', 'loanRequest.amount', loan.amount),
          ratioInput('monthlyRate', 'loanRequest.monthlyRate', loan.monthlyRate),
          plainInput('termMonths', 'loanRequest.termMonths', String(loan.termMonths), 'months'),
          plainInput('method', 'loanRequest.method', loan.method, 'text'),
          moneyInput('instalment', 'schedule.instalment', schedule.instalment),
          moneyInput('payment', whole ? 'capacity.months (Σ payment)' : 'capacity.months[worst].payment', w.payment),
          moneyInput('surplus', whole ? 'incomeStatement.months (Σ disposableSurplus)' : 'incomeStatement.months[worst].disposableSurplus', w.surplus),
          ratioInput('limit', 'policy.capacity.limit', limit),
          plainInput('basis', 'policy.capacity.basis', loan.basis, 'text'),
        ],
        params: { ...params },
      },
    ]);
  },
};
