/**
 * SEASONAL_SHORTFALL — 淡季还款缺口.
 *
 * Formula: for each period k from the disbursement date, net = surplus of its month − new instalment;
 * buffer after = buffer before + net. A period with net < 0 is a shortfall; it is covered when the buffer carried
 * from earlier months pays the difference (buffer after ≥ 0). Every period whose buffer after is below 0 is
 * uncovered: the deficit is carried forward until the surplus repays it (the gap must come from outside the business). The buffer starts at 0 (policy.capacity.openingBuffer = none, default)
 * or at cash + bank (cash-and-bank): see docs/rules.md and docs/capacity.md for why 0 is the default.
 *
 * Severity: info when every shortfall month is covered by the carried buffer (the peak carries the trough, as the
 * source expects of a seasonal trader — but only if the peak's surplus is kept: the officer should see it in the
 * trough's deposits), critical when a month is not covered. The requirement is policy.capacity.openingBuffer, the
 * one setting that decides whether a shortfall is covered. One finding for all the shortfall months (subject `{}`).
 * Reads context.capacity (computed once in runAnalysis); skipped when there is no loan request.
 * Worked example (fixtures/capacity/seasonal-garment-trader.json): disbursed at the end of the peak, November to
 * January are covered by October's 22,951.50; February (gap 15,242.50) and March (7,048.50) are not: critical.
 */
import { formatMoney } from '../../money/index.js';
import { moneyInput, plainInput, ran } from '../flag.js';
import type { Rule } from '../types.js';

/** One shortfall month in the params (money, two places; `month` is the due month, YYYY-MM). A type alias, not an interface, so it fits ParamValue's index signature. */
export type ShortfallMonthParams = {
  readonly month: string;
  readonly surplus: string;
  readonly payment: string;
  readonly net: string;
  readonly bufferBefore: string;
  /** Covered by the buffer carried from earlier months. */
  readonly covered: boolean;
  /** For a month not covered: what must come from outside the business. */
  readonly gap: string;
};

/**
 * Params of a SEASONAL_SHORTFALL finding: the term in months, the number of shortfall months, the opening buffer
 * (money) and its source (`none` or `cash-and-bank`, policy.capacity.openingBuffer), the months covered by the
 * buffer (YYYY-MM), the months not covered with their gaps, and every shortfall month's arithmetic. The total
 * shortfall, the part covered and the uncovered gap are the finding's `observed`, `expected` and `deviation.absolute`.
 */
export interface SeasonalShortfallParams {
  readonly termMonths: number;
  readonly shortfallMonths: number;
  readonly openingBuffer: string;
  readonly openingBufferSource: string;
  readonly covered: readonly string[];
  readonly uncovered: readonly { readonly month: string; readonly gap: string }[];
  readonly shortfalls: readonly ShortfallMonthParams[];
}

export const seasonalShortfallRule: Rule = {
  id: 'seasonal-shortfall',
  codes: ['SEASONAL_SHORTFALL'],
  check({ capacity, policy }) {
    const loan = capacity.loan;
    if (loan === null) return { status: 'skipped', missing: capacity.skipped?.missing ?? ['loanRequest'], reason: { code: 'no-loan-request' } };
    const { check } = loan;
    if (check.shortfallPeriods.length === 0) return ran([]);

    const label = (k: number) => check.months[k - 1]?.dueDate.slice(0, 7) ?? String(k);
    const shortfalls: ShortfallMonthParams[] = [];
    for (const k of check.shortfallPeriods) {
      const m = check.months[k - 1];
      if (!m) continue;
      shortfalls.push({
        month: label(k),
        surplus: formatMoney(m.surplus),
        payment: formatMoney(m.payment),
        net: formatMoney(m.net),
        bufferBefore: formatMoney(m.bufferBefore),
        covered: m.status === 'buffer',
        gap: formatMoney(m.gap),
      });
    }
    const params: SeasonalShortfallParams = {
      termMonths: loan.termMonths,
      shortfallMonths: check.shortfallPeriods.length,
      openingBuffer: formatMoney(loan.openingBuffer),
      openingBufferSource: loan.openingBufferSource,
      covered: check.bufferPeriods.map(label),
      // the deficit carried at the end of each uncovered month (docs/capacity.md §2)
      uncovered: check.uncoveredPeriods.map((k) => ({ month: label(k), gap: formatMoney(check.months[k - 1]?.bufferAfter.negated() ?? loan.amount) })),
      shortfalls,
    };
    return ran([
      {
        code: 'SEASONAL_SHORTFALL',
        subject: {},
        severity: check.uncoveredPeriods.length > 0 ? 'critical' : 'info',
        unit: 'CNY',
        observed: formatMoney(check.totalShortfall),
        expected: formatMoney(check.totalShortfall.minus(check.uncoveredGap)),
        range: null,
        deviation: { absolute: formatMoney(check.uncoveredGap), relative: null },
        requirement: { path: 'capacity.openingBuffer', value: policy.capacity.openingBuffer },
        inputs: [
          moneyInput('amount', 'loanRequest.amount', loan.amount),
          plainInput('termMonths', 'loanRequest.termMonths', String(loan.termMonths), 'months'),
          plainInput('startDate', loan.startSource === 'disbursementDate' ? 'loanRequest.disbursementDate' : 'analysisDate', loan.startDate, 'text', loan.startSource !== 'disbursementDate'),
          moneyInput('openingBuffer', 'policy.capacity.openingBuffer', loan.openingBuffer),
          plainInput('surplusByMonth', 'incomeStatement.months[].disposableSurplus', check.months.map((m) => formatMoney(m.surplus)).join(' '), 'text'),
        ],
        params: { ...params },
      },
    ]);
  },
};
