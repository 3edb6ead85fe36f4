/**
 * SALES_TRIANGULATION — 销售额交叉检验: declared monthly sales against every independent estimate the
 * profile allows, each with its own deviation.
 *
 * Estimates (all monthly; `profile.salesEstimates` unless said otherwise):
 * - bank inflows:       (monthly inflows − non-sales inflows) / (1 − cash share)
 * - purchases & margin: purchases.annual / 12 / (1 − grossMargin)  (from the profile's purchases and stated margin)
 * - sampled month:      the ledger or slips of that month (against that month's declared sales when known)
 * - daily sales:        average daily sales × opening days a month
 * - till count:         (till cash − float) / hours open so far × hours a day × opening days / cash share
 * - piece rate:         piece-rate wage bill / rate per unit × unit price
 * - commissions:        commissions / commission rate
 * - 12-month average:   the POS or ledger monthly average
 *
 * Deviation of each: (declared − estimate) / declared (docs/rules.md, SALES_TRIANGULATION). Each estimate
 * beyond the tolerance raises a SALES_TRIANGULATION finding, subject `{ estimate: <id> }`, with its severity
 * from the band (policy.salesTriangulation: 20% / 50%, xcheck's own choice). An estimate agrees when within
 * the tolerance.
 *
 * Corroboration: when fewer than `minAgreeing` (default 2, the source's "two or more concrete proofs")
 * estimates agree, the check raises one more finding under the SAME code, subject
 * `{ corroboration: 'agreeing-estimates' }`, unit `count`: observed = the number agreeing, expected = the
 * minimum. It is the same finding (the declared sales are not confirmed), so it keeps the code; its subject
 * and unit tell it apart. Severity: warning.
 *
 * Worked example (fixtures/rules/sales-triangulation.json): declared 150,000 a month; bank inflows
 * (70,000 − 10,000) / (1 − 0.4) = 100,000, (150,000 − 100,000) / 150,000 = +33.33%: warning.
 *
 * Skipped when the profile allows no estimate at all.
 */
import { type Dec, D, ONE, ZERO, formatMoney } from '../../money/index.js';
import type { Band } from '../../profile/policy.js';
import type { ProfileData } from '../../profile/domain.js';
import type { Statements } from '../../statements/index.js';
import { type Compared, declaredCompare, formatQuantity, moneyInput, plainInput, policyValue, ran, ratioInput } from '../flag.js';
import type { FindingParams, FlagInput, Rule, RuleFinding } from '../types.js';
import type { Comparison } from '../../crosscheck/types.js';

const CODE = 'SALES_TRIANGULATION';

/** The params of each estimate, by id (decimal strings; money with two places). Its value is the estimate's `value`. */
export interface EstimateParamsById {
  /** Monthly inflows, non-sales inflows (money), the cash share (plain decimal). */
  readonly 'bank-inflows': { readonly inflows: string; readonly nonSales: string; readonly cashShare: string };
  /** Annual purchases (money) and the stated gross margin (plain decimal). */
  readonly 'purchases-margin': { readonly purchases: string; readonly margin: string };
  /** The sampled month's total (money), its month (1–12) when given, and the record it was read from (text). */
  readonly 'sampled-month': { readonly amount: string; readonly month: number | null; readonly record: string | null };
  /** Average daily sales (money) and opening days a month. */
  readonly 'daily-sales': { readonly daily: string; readonly days: number };
  /** Till cash, opening float (money), hours open so far, hours a day (plain), opening days, cash share (plain). */
  readonly till: {
    readonly cash: string;
    readonly float: string;
    readonly hoursSoFar: string;
    readonly hoursPerDay: string;
    readonly days: number;
    readonly cashShare: string;
  };
  /** Wage bill (money), rate per unit (plain), units made (quantity), unit price (money). */
  readonly 'piece-rate': { readonly bill: string; readonly rate: string; readonly units: string; readonly price: string };
  /** Commissions paid a month (money) and the commission rate (plain). */
  readonly commissions: { readonly paid: string; readonly rate: string };
  /** Where the 12-month average comes from. */
  readonly 'twelve-month-average': { readonly source: 'pos' | 'ledger' };
}

/** Stable id of an estimate. */
export type EstimateId = keyof EstimateParamsById;

/**
 * One independent estimate of monthly sales: data only (its texts come from the catalogs, by id and params).
 * Every estimate the profile allows, whether it agrees or not.
 */
export type SalesEstimate = {
  readonly [K in EstimateId]: {
    /** Stable id: bank-inflows, purchases-margin, sampled-month, daily-sales, till, piece-rate, commissions, twelve-month-average. */
    readonly id: K;
    /** The estimate of monthly sales (exact). */
    readonly value: Dec;
    /** The declared sales it is compared with (the monthly average, or one month's). */
    readonly declared: Dec;
    /** Where `declared` comes from (`incomeStatement.monthlyAverage.sales`, `incomeStatement.months[11].sales`). */
    readonly declaredSource: string;
    /** The inputs of the estimate, with their profile paths. */
    readonly inputs: readonly FlagInput[];
    /** What the estimate's texts need beyond its value. */
    readonly params: EstimateParamsById[K];
  };
}[EstimateId];

/**
 * The params of the corroboration finding (subject `{ corroboration: 'agreeing-estimates' }`): the declared
 * monthly sales (money), the band's tolerance (plain decimal), and every estimate in order, whether it agrees,
 * with what its name needs (`month` of a sampled month, `source` of a 12-month average).
 */
export interface CorroborationParams {
  readonly declared: string;
  readonly tolerance: string;
  readonly estimates: readonly EstimateRef[];
}

/** An estimate as the corroboration finding names it. */
export interface EstimateRef {
  readonly id: EstimateId;
  readonly agrees: boolean;
  readonly month?: number | null;
  readonly source?: 'pos' | 'ledger';
}

const MONTHLY_AVERAGE = 'incomeStatement.monthlyAverage.sales';

/** Every estimate the profile allows, in a fixed order: data only (ids, values, inputs, params). */
export function salesEstimates(profile: ProfileData, statements: Statements): SalesEstimate[] {
  const average = statements.incomeStatement.monthlyAverage.sales;
  const e = profile.salesEstimates ?? {};
  const out: SalesEstimate[] = [];

  const bank = e.bankInflows;
  if (bank) {
    const inflows = bank.monthlyAverage;
    const nonSales = bank.nonSales ?? ZERO;
    const cashShare = bank.cashShare ?? ZERO;
    out.push({
      id: 'bank-inflows',
      value: D.max(inflows.minus(nonSales), ZERO).div(ONE.minus(cashShare)),
      declared: average,
      declaredSource: MONTHLY_AVERAGE,
      inputs: [
        moneyInput('monthlyInflows', 'salesEstimates.bankInflows.monthlyAverage', inflows),
        moneyInput('nonSalesInflows', 'salesEstimates.bankInflows.nonSales', nonSales, bank.nonSales === undefined),
        ratioInput('cashShare', 'salesEstimates.bankInflows.cashShare', cashShare, bank.cashShare === undefined),
      ],
      params: { inflows: formatMoney(inflows), nonSales: formatMoney(nonSales), cashShare: cashShare.toFixed() },
    });
  }

  if (profile.purchases !== undefined && profile.grossMargin !== undefined) {
    const purchases = profile.purchases.annual;
    const margin = profile.grossMargin;
    if (margin.lt(1))
      out.push({
        id: 'purchases-margin',
        value: purchases.div(12).div(ONE.minus(margin)),
        declared: average,
        declaredSource: MONTHLY_AVERAGE,
        inputs: [moneyInput('annualPurchases', 'purchases.annual', purchases), ratioInput('grossMargin', 'grossMargin', margin)],
        params: { purchases: formatMoney(purchases), margin: margin.toFixed() },
      });
  }

  const sampled = e.sampledMonth;
  if (sampled) {
    const amount = sampled.amount;
    const month = sampled.month;
    const monthLine = month !== undefined && statements.incomeStatement.salesBasis === 'monthly' ? statements.incomeStatement.months[month - 1] : undefined;
    out.push({
      id: 'sampled-month',
      value: amount,
      declared: monthLine?.sales ?? average,
      declaredSource: monthLine ? `incomeStatement.months[${month! - 1}].sales` : MONTHLY_AVERAGE,
      inputs: [
        moneyInput('sampledMonthSales', 'salesEstimates.sampledMonth.amount', amount),
        ...(month !== undefined ? [plainInput('month', 'salesEstimates.sampledMonth.month', String(month), 'months')] : []),
      ],
      params: { amount: formatMoney(amount), month: month ?? null, record: sampled.source ?? null },
    });
  }

  if (e.dailySales) {
    const daily = e.dailySales.averageDaily;
    const days = e.dailySales.openingDaysPerMonth;
    out.push({
      id: 'daily-sales',
      value: daily.times(days),
      declared: average,
      declaredSource: MONTHLY_AVERAGE,
      inputs: [
        moneyInput('averageDailySales', 'salesEstimates.dailySales.averageDaily', daily),
        plainInput('openingDaysPerMonth', 'salesEstimates.dailySales.openingDaysPerMonth', String(days), 'days'),
      ],
      params: { daily: formatMoney(daily), days },
    });
  }

  const till = e.till;
  if (till) {
    const cash = till.cash;
    const float = till.openingFloat ?? ZERO;
    const hoursSoFar = till.hoursOpenSoFar;
    const hoursPerDay = till.hoursPerDay;
    const days = till.openingDaysPerMonth;
    const cashShare = till.cashShare ?? ONE;
    out.push({
      id: 'till',
      value: D.max(cash.minus(float), ZERO).div(hoursSoFar).times(hoursPerDay).times(days).div(cashShare),
      declared: average,
      declaredSource: MONTHLY_AVERAGE,
      inputs: [
        moneyInput('tillCash', 'salesEstimates.till.cash', cash),
        moneyInput('openingFloat', 'salesEstimates.till.openingFloat', float, till.openingFloat === undefined),
        plainInput('hoursOpenSoFar', 'salesEstimates.till.hoursOpenSoFar', hoursSoFar.toFixed(), 'text'),
        plainInput('hoursPerDay', 'salesEstimates.till.hoursPerDay', hoursPerDay.toFixed(), 'text'),
        plainInput('openingDaysPerMonth', 'salesEstimates.till.openingDaysPerMonth', String(days), 'days'),
        ratioInput('cashShare', 'salesEstimates.till.cashShare', cashShare, till.cashShare === undefined),
      ],
      params: {
        cash: formatMoney(cash),
        float: formatMoney(float),
        hoursSoFar: hoursSoFar.toFixed(),
        hoursPerDay: hoursPerDay.toFixed(),
        days,
        cashShare: cashShare.toFixed(),
      },
    });
  }

  if (e.pieceRate) {
    const bill = e.pieceRate.monthlyWageBill;
    const rate = e.pieceRate.ratePerUnit;
    const price = e.pieceRate.unitPrice;
    const units = bill.div(rate);
    out.push({
      id: 'piece-rate',
      value: units.times(price),
      declared: average,
      declaredSource: MONTHLY_AVERAGE,
      inputs: [
        moneyInput('monthlyWageBill', 'salesEstimates.pieceRate.monthlyWageBill', bill),
        plainInput('ratePerUnit', 'salesEstimates.pieceRate.ratePerUnit', rate.toFixed(), 'CNY'),
        moneyInput('unitPrice', 'salesEstimates.pieceRate.unitPrice', price),
      ],
      params: { bill: formatMoney(bill), rate: rate.toFixed(), units: formatQuantity(units), price: formatMoney(price) },
    });
  }

  if (e.commissions) {
    const paid = e.commissions.monthly;
    const rate = e.commissions.rate;
    out.push({
      id: 'commissions',
      value: paid.div(rate),
      declared: average,
      declaredSource: MONTHLY_AVERAGE,
      inputs: [moneyInput('monthlyCommissions', 'salesEstimates.commissions.monthly', paid), ratioInput('commissionRate', 'salesEstimates.commissions.rate', rate)],
      params: { paid: formatMoney(paid), rate: rate.toFixed() },
    });
  }

  if (e.twelveMonthAverage) {
    const value = e.twelveMonthAverage.monthlyAverage;
    out.push({
      id: 'twelve-month-average',
      value,
      declared: average,
      declaredSource: MONTHLY_AVERAGE,
      inputs: [moneyInput('twelveMonthAverage', 'salesEstimates.twelveMonthAverage.monthlyAverage', value)],
      params: { source: e.twelveMonthAverage.source },
    });
  }
  return out;
}

/** An estimate against the declared sales: the comparison, and the finding when beyond the tolerance (subject `{ estimate: <id> }`, params the estimate's). */
function estimateFinding(est: SalesEstimate, band: Band): Compared {
  return declaredCompare({
    code: CODE,
    subject: { estimate: est.id },
    unit: 'CNY',
    declared: est.declared,
    estimate: est.value,
    band,
    bandPath: 'salesTriangulation',
    inputs: () => [moneyInput('declaredMonthlySales', est.declaredSource, est.declared), ...est.inputs],
    params: (): FindingParams => ({ ...est.params }),
  }, 'sales');
}

/** What an estimate's name needs, for the corroboration finding. */
function refOf(est: SalesEstimate, agrees: boolean): EstimateRef {
  if (est.id === 'sampled-month') return { id: est.id, agrees, month: est.params.month };
  if (est.id === 'twelve-month-average') return { id: est.id, agrees, source: est.params.source };
  return { id: est.id, agrees };
}

export const salesTriangulationRule: Rule = {
  id: 'sales-triangulation',
  codes: [CODE],
  check({ profile, policy, statements }) {
    const estimates = salesEstimates(profile, statements);
    if (estimates.length === 0) return { status: 'skipped', missing: ['salesEstimates'], reason: { code: 'no-estimates' } };
    const band = policy.salesTriangulation;
    const findings: RuleFinding[] = [];
    const refs: EstimateRef[] = [];
    const comparisons: Comparison[] = [];
    for (const est of estimates) {
      const { finding, comparison } = estimateFinding(est, band);
      comparisons.push(comparison);
      if (finding) findings.push(finding);
      refs.push(refOf(est, finding === null));
    }
    const agreeing = refs.filter((r) => r.agrees).length;
    const min = band.minAgreeing;
    if (agreeing < min) {
      const declared = statements.incomeStatement.monthlyAverage.sales;
      const params: CorroborationParams = { declared: formatMoney(declared), tolerance: policyValue(band.tolerance), estimates: refs };
      findings.push({
        code: CODE,
        subject: { corroboration: 'agreeing-estimates' },
        severity: 'warning',
        unit: 'count',
        observed: String(agreeing),
        expected: String(min),
        range: { min: String(min), max: null },
        deviation: { absolute: String(agreeing - min), relative: null },
        requirement: { path: 'salesTriangulation.minAgreeing', value: String(min) },
        inputs: [
          moneyInput('declaredMonthlySales', MONTHLY_AVERAGE, declared),
          plainInput('estimates', 'salesEstimates', estimates.map((est) => est.id).join(', '), 'text'),
          plainInput('minAgreeing', 'policy.salesTriangulation.minAgreeing', String(min), 'count'),
        ],
        params: { ...params, estimates: refs.map((r) => ({ ...r })) },
      });
    }
    return ran(findings, comparisons);
  },
};
