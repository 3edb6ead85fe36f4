/**
 * REPAYMENT_CAPACITY_EXCEEDED — 还款能力不足 (月供占可支配盈余比例超限).
 *
 * Formula: ratio = new instalment ÷ monthly disposable surplus before the new loan (business profit + other
 * income − household expenses − existing instalments), in the worst month of the term (policy.capacity.basis
 * worst-month, default) or over the whole term (whole-term: Σ instalments ÷ Σ surplus). Flags when
 * ratio > limit; a month whose surplus is 0 or less cannot carry any instalment.
 *
 * Default limit 70% (policy.capacity.limit): common lender practice; 50%, India's central bank's limit for
 * micro-loans, by configuration (DESIGN.md §6). Severity: warning while the instalment is still within the
 * surplus (ratio ≤ 100%), critical when it is not (or the surplus is 0 or less).
 * Reads context.capacity (computed once in runAnalysis); skipped when there is no loan request.
 */
import { formatMoney, formatPercent, formatRatio } from '../../money/index.js';
import { writeFlag, groupMoney, moneyInput, plainInput, ratioInput, skipped } from '../legacy.js';
import type { Rule } from '../legacy.js';

const title = { en: 'Repayment capacity exceeded', zh: '还款能力不足' };

export const repaymentCapacityRule: Rule = {
  id: 'repayment-capacity',
  codes: ['REPAYMENT_CAPACITY_EXCEEDED'],
  title,
  check({ capacity }) {
    const loan = capacity.loan;
    if (loan === null) return skipped(capacity.skipped?.missing ?? ['loanRequest'], capacity.skipped?.reason);
    const { check, limit, schedule } = loan;
    if (!check.exceeded) return { status: 'ran', flags: [] };

    const w = check.worst;
    const severity = w.ratio === null || w.ratio.gt(1) ? 'critical' : 'warning';
    return {
      status: 'ran',
      flags: [
        writeFlag({ code: 'REPAYMENT_CAPACITY_EXCEEDED', severity, ruleId: 'repayment-capacity', title, unit: 'ratio' }, () => {
          const whole = loan.basis === 'whole-term';
          const months = w.periods.map((k) => check.months[k - 1]?.dueDate.slice(0, 7) ?? String(k));
          const where = whole ? `${months[0]} – ${months[months.length - 1]}` : (months[0] ?? '');
          const ratioText = w.ratio === null ? 'all (surplus ≤ 0)' : formatPercent(w.ratio);
          const ratioZh = w.ratio === null ? '全部（盈余 ≤ 0）' : formatPercent(w.ratio);
          const max = loan.maxAmount.amount;
          return {
            observed: w.ratio === null ? null : formatRatio(w.ratio),
            expected: formatRatio(limit),
            range: { min: null, max: formatRatio(limit) },
            deviation: w.ratio === null ? null : { absolute: formatRatio(w.ratio.minus(limit)), relative: null },
            formula: whole
              ? 'ratio = Σ new instalments ÷ Σ disposable surplus (before the new loan) over the term; flag when ratio > limit'
              : 'ratio = new instalment ÷ disposable surplus (before the new loan) of its month; flag when the worst month’s ratio > limit',
            computation:
              `${groupMoney(w.payment)} ÷ ${groupMoney(w.surplus)} = ${ratioText} > ${formatPercent(limit)} (${where}); ` +
              `largest affordable amount over ${loan.termMonths} months: ${groupMoney(max)}`,
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
            evidence: [
              { en: 'bank statements for the last 12 months, to confirm the monthly takings and the slow months', zh: '近 12 个月银行流水，核实每月进账和淡季情况' },
              { en: 'contracts and repayment records of every existing loan, including private ones', zh: '所有现有借款（含民间借款）的合同和还款记录' },
              { en: "the household's regular spending (rent, school fees, support of parents)", zh: '家庭固定开支（房租、学费、赡养父母等）' },
            ],
            questions: [
              { en: 'How do you plan to meet the instalment in your slowest month?', zh: '生意最淡的月份，您打算怎么安排还款？' },
              { en: 'Besides the business, what other income does the family have?', zh: '除了生意，家里还有哪些收入？' },
              { en: 'How much of this money do you need right now, and how much could wait?', zh: '这笔钱里哪些是眼下马上要用的，哪些可以晚一点？' },
            ],
            message: {
              en:
                `The new instalment takes ${ratioText} of the disposable surplus${whole ? ' over the term' : ` in ${where}`}, above the ${formatPercent(limit)} limit. ` +
                `The largest affordable amount over ${loan.termMonths} months is ${groupMoney(max)} (asked ${groupMoney(loan.amount)}).`,
              zh:
                `新增月供占可支配盈余的 ${ratioZh}${whole ? '（整个贷款期）' : `（${where}）`}，超过 ${formatPercent(limit)} 的上限。` +
                `${loan.termMonths} 个月期可负担的最高金额为 ${groupMoney(max)} 元（申请 ${groupMoney(loan.amount)} 元）。`,
            },
          };
        }),
      ],
    };
  },
};
