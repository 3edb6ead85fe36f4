/**
 * INITIAL_CAPITAL_UNEXPLAINED — 初始资金来源不明.
 *
 * The source: an apprentice since 2002 who put 500,000 into his own business in 2005 "surely had social
 * debt" (该客户初始资金肯定具备社会负债): what matters is where the money came from and what kind of money
 * it is. xcheck compares the capital with what the earlier history can explain:
 *
 *   months worked   = whole months from owner.workStartDate to the start event's date
 *   savings         = months worked × owner.monthlySavings
 *                     (or × owner.monthlyIncome × policy.initialCapital.savingsRate when savings are not given)
 *   explained       = savings + owner.familySupport + start.borrowed
 *   unexplained     = capital − explained;   relative = unexplained / capital
 *
 * Fires when relative > policy.initialCapital.tolerance (default 0.1), critical beyond .critical (0.3):
 * xcheck's choice, the source gives no tolerance. More than enough explained money never flags.
 * Skipped when there is no start event, or when savings are needed but the owner's work start or
 * income/savings are missing.
 *
 * The source's apprentice: 500,000 put in, 36 months (2002-03 → 2005-03) × 1,500 saved = 54,000 explained,
 * no borrowing or family support declared: 446,000 / 500,000 = 89.2% unexplained, critical.
 */
import { formatIsoDate, wholeMonthsBetween } from '../../dates/index.js';
import { type Dec, formatMoney, formatRatio, ONE, toDecimal, ZERO } from '../../money/index.js';
import { bandRequirement, moneyInput, plainInput, ran, ratioInput, severityFor } from '../flag.js';
import type { FlagInput, Rule } from '../types.js';

/** How the savings before the start were worked out (money as decimal strings with two places). */
export type SavingsParams =
  /** Not needed: borrowing and family support explain the capital within the tolerance. */
  | { readonly basis: 'none' }
  /** months × owner.monthlySavings. */
  | { readonly basis: 'savings'; readonly months: number; readonly monthlySavings: string }
  /** months × owner.monthlyIncome × policy.initialCapital.savingsRate. */
  | { readonly basis: 'income'; readonly months: number; readonly monthlyIncome: string; readonly savingsRate: string };

/**
 * The params of INITIAL_CAPITAL_UNEXPLAINED. The figures: observed = the capital, expected = what is explained,
 * deviation = the unexplained part and its share of the capital.
 */
export interface InitialCapitalParams {
  /** The start event's date (ISO) and year. */
  readonly startDate: string;
  readonly year: string;
  readonly familySupport: string;
  readonly borrowed: string;
  readonly savings: SavingsParams;
}

/** Skip code: the history has no start event with a positive amount. */
export const NO_START_CAPITAL = 'no-start-capital';

/** Skip code: borrowing and family support leave too much unexplained, and the owner's earlier work is not recorded. */
export const SAVINGS_NEEDED = 'savings-needed';

export const initialCapitalRule: Rule = {
  id: 'initial-capital',
  codes: ['INITIAL_CAPITAL_UNEXPLAINED'],
  check({ profile, policy }) {
    const index = (profile.history ?? []).findIndex((e) => e.kind === 'start');
    const start = profile.history?.[index];
    const capital = start ? start.amount : ZERO;
    if (!start || !capital.gt(0)) return { status: 'skipped', missing: ['history[kind=start]'], reason: { code: NO_START_CAPITAL } };
    const band = policy.initialCapital;
    const tol = toDecimal(band.tolerance);
    const owner = profile.owner ?? {};
    const borrowed = start.borrowed ?? ZERO;
    const family = owner.familySupport ?? ZERO;
    const at = `history[${index}]`;
    const startDate = formatIsoDate(start.date);

    // Savings are needed only when borrowing and family support leave more than the tolerance unexplained.
    // Their params and inputs are written only for a finding.
    let savings = ZERO;
    let savingsParams = (): SavingsParams => ({ basis: 'none' });
    let savingsInputs = (): FlagInput[] => [];
    const withoutSavings = capital.minus(borrowed).minus(family).div(capital);
    if (withoutSavings.gt(tol)) {
      const missing: string[] = [];
      if (owner.workStartDate === undefined) missing.push('owner.workStartDate');
      if (owner.monthlySavings === undefined && owner.monthlyIncome === undefined) missing.push('owner.monthlySavings');
      if (owner.workStartDate === undefined || missing.length > 0)
        return { status: 'skipped', missing, reason: { code: SAVINGS_NEEDED, params: { missing } } };
      const months = wholeMonthsBetween(owner.workStartDate, start.date);
      let perMonth: Dec;
      if (owner.monthlySavings !== undefined) {
        const saved = owner.monthlySavings;
        perMonth = saved;
        savingsParams = () => ({ basis: 'savings', months, monthlySavings: formatMoney(saved) });
        savingsInputs = () => [moneyInput('monthlySavings', 'owner.monthlySavings', saved)];
      } else {
        const income = owner.monthlyIncome ?? ZERO;
        const rate = toDecimal(band.savingsRate);
        perMonth = income.times(rate);
        savingsParams = () => ({ basis: 'income', months, monthlyIncome: formatMoney(income), savingsRate: rate.toFixed() });
        savingsInputs = () => [moneyInput('monthlyIncome', 'owner.monthlyIncome', income), ratioInput('savingsRate', 'policy.initialCapital.savingsRate', rate, true)];
      }
      const workStart = formatIsoDate(owner.workStartDate);
      const own = savingsInputs;
      savingsInputs = () => [...own(), plainInput('monthsWorked', `owner.workStartDate → ${at}.date`, `${months} (${workStart} – ${startDate})`, 'months')];
      savings = perMonth.times(months);
    }

    const explained = savings.plus(family).plus(borrowed);
    const unexplained = capital.minus(explained);
    const relative = unexplained.div(capital);
    const severity = unexplained.gt(0) ? severityFor(relative, band) : null;
    if (severity === null) return ran([]);

    const params: InitialCapitalParams = {
      startDate,
      year: startDate.slice(0, 4),
      familySupport: formatMoney(family),
      borrowed: formatMoney(borrowed),
      savings: savingsParams(),
    };
    return ran([
      {
        code: 'INITIAL_CAPITAL_UNEXPLAINED',
        subject: {},
        severity,
        unit: 'CNY',
        observed: formatMoney(capital),
        expected: formatMoney(explained),
        range: { min: '0.00', max: tol.gte(ONE) ? null : formatMoney(explained.div(ONE.minus(tol))) },
        deviation: { absolute: formatMoney(unexplained), relative: formatRatio(relative) },
        requirement: bandRequirement(severity, band, 'initialCapital'),
        inputs: [
          moneyInput('capital', `${at}.amount`, capital),
          moneyInput('borrowed', `${at}.borrowed`, borrowed, start.borrowed === undefined),
          moneyInput('familySupport', 'owner.familySupport', family, owner.familySupport === undefined),
          ...savingsInputs(),
        ],
        params: { ...params },
      },
    ]);
  },
};
