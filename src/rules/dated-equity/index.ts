/**
 * EQUITY_EVENT_UNFUNDED — 权益交叉检验（按时间）: a withdrawal the equity accumulated by its date could not fund.
 * EQUITY_REVALUATION_SUGGESTED — a fixed asset appraised above its depreciated cost with no revaluation recorded.
 *
 * The walk (src/equity/walk.ts, docs/rules.md): running equity(d) = initial + profits to d − withdrawals to d +
 * injections to d − depreciation to d. At each withdrawal: needed = amount − declared borrowed part; available =
 * max(0, running equity just before it); shortfall = max(0, needed − available); relative = shortfall / needed.
 * The source reads the history "to find where social debt may have come from" (发现其可能的社会负债来源): end totals
 * that balance do not show money borrowed for a purchase at a date and repaid from later profits, or still owed.
 *
 * Profits accrue by whole months over each profit event's period (from the previous profit event to its date).
 * Severity: the band policy.datedEquity (warning beyond 10%, critical beyond 50% of the part to fund, xcheck's
 * choice); at most a warning when no profit is dated (the walk then spreads
 * today's monthly profit evenly, a rough guess). One finding per withdrawal, subject `{ event: <history index> }`:
 * observed = needed, expected = available, deviation = shortfall and shortfall / needed. The lenders to ask
 * about: the event's own lender, then every loan starting within policy.datedEquity.lenderWindowMonths of it
 * (or with no start date).
 *
 * A fixed asset appraised above its depreciated cost while the history has no revaluation event raises
 * EQUITY_REVALUATION_SUGGESTED (info, subject `{ asset: <index> }`): the premium raised balance-sheet equity with
 * no profit behind it, so it belongs in the history as a revaluation rather than in an unexplained gap.
 *
 * Worked example (fixtures/rules/dated-equity-unfunded-flat.json): start capital 100,000 (2015-03-01), retained
 * profit 200,000 by 2018-12-31, a 1,000,000 flat on 2019-01-15 "from business profit": available 100,000 +
 * 200,000 = 300,000; shortfall 1,000,000 − 300,000 = 700,000; 700,000 / 1,000,000 = 70% > 50%: critical.
 *
 * Skipped when the equity reconciliation is (no start event, or no opening equity for that window).
 */
import { type Dec, formatMoney, formatRatio, toDecimal } from '../../money/index.js';
import { type CalendarDate, compareDates, wholeMonthsBetween } from '../../dates/index.js';
import type { ProfileData } from '../../profile/domain.js';
import { bandRequirement, moneyInput, plainInput, ran, severityFor } from '../flag.js';
import { equitySkipped } from '../equity-gap/index.js';
import type { Rule, RuleFinding, RuleOutcome, Severity } from '../types.js';

/**
 * The params of EQUITY_EVENT_UNFUNDED (money as decimal strings with two places). The figures: observed = needed,
 * expected = available, deviation = the shortfall and shortfall / needed.
 */
export interface EventUnfundedParams {
  /** The event's date (ISO) and its year. */
  readonly date: string;
  readonly year: number;
  readonly amount: string;
  readonly borrowed: string;
  /** The running terms just before the event. */
  readonly initialEquity: string;
  readonly profitsToDate: string;
  readonly withdrawalsBefore: string;
  readonly injectionsToDate: string;
  readonly depreciationToDate: string;
  readonly equityBefore: string;
  /** What was bought (house, vehicle, equipment, other), the event's description and funding source (applicant text), or null. */
  readonly asset: string | null;
  readonly description: string | null;
  readonly fundingSource: string | null;
  /** The lenders to ask about (applicant text), possibly none. */
  readonly lenders: readonly string[];
  /** true when no profit is dated and the walk spread today's monthly profit evenly. */
  readonly profitsEstimated: boolean;
}

/** The params of EQUITY_REVALUATION_SUGGESTED: the asset's name (applicant text), the premium, and the reconciliation's gap. */
export interface RevaluationParams {
  readonly name: string;
  readonly premium: string;
  readonly gap: string;
}

/** The event's lender, then the lenders of loans starting within `window` months of `date` (or with no start date), each once. */
function lendersToAsk(profile: ProfileData, date: CalendarDate, own: string | undefined, window: number): string[] {
  const out: string[] = own === undefined ? [] : [own];
  for (const loan of profile.loans ?? []) {
    const s = loan.startDate;
    const near = s === undefined || (compareDates(s, date) <= 0 ? wholeMonthsBetween(s, date) : wholeMonthsBetween(date, s)) <= window;
    if (near && !out.includes(loan.lender)) out.push(loan.lender);
  }
  return out;
}

export const datedEquityRule: Rule = {
  id: 'dated-equity',
  codes: ['EQUITY_EVENT_UNFUNDED', 'EQUITY_REVALUATION_SUGGESTED'],
  check({ equity, policy, profile }): RuleOutcome {
    if (equity.status === 'skipped') return equitySkipped(equity, policy);
    const r = equity.reconciliation;
    const band = policy.datedEquity;
    const tol = toDecimal(band.tolerance);
    const history = profile.history ?? [];
    const findings: RuleFinding[] = [];
    for (const step of r.walk.steps) {
      const f = step.funding;
      const event = history[step.index];
      if (f === null || event === undefined || f.shortfall.isZero() || f.needed.isZero()) continue;
      const relative: Dec = f.shortfall.div(f.needed);
      let severity: Severity | null = severityFor(relative, band);
      if (severity === null) continue;
      if (r.profitsEstimated && severity === 'critical') severity = 'warning';
      const params: EventUnfundedParams = {
        date: step.date,
        year: event.date.year,
        amount: formatMoney(step.amount),
        borrowed: formatMoney(f.borrowed),
        initialEquity: formatMoney(r.initialEquity),
        profitsToDate: formatMoney(step.profitsToDate),
        withdrawalsBefore: formatMoney(step.withdrawalsToDate.minus(step.amount)),
        injectionsToDate: formatMoney(step.injectionsToDate),
        depreciationToDate: formatMoney(step.depreciationToDate),
        equityBefore: formatMoney(step.equityBefore),
        asset: event.asset ?? null,
        description: event.description ?? null,
        fundingSource: event.fundingSource ?? null,
        lenders: lendersToAsk(profile, event.date, event.lender, band.lenderWindowMonths),
        profitsEstimated: r.profitsEstimated,
      };
      findings.push({
        code: 'EQUITY_EVENT_UNFUNDED',
        subject: { event: step.index },
        severity,
        unit: 'CNY',
        observed: formatMoney(f.needed),
        expected: formatMoney(f.available),
        range: { min: null, max: tol.gte(1) ? null : formatMoney(f.available.div(tol.negated().plus(1))) },
        deviation: { absolute: formatMoney(f.shortfall), relative: formatRatio(relative) },
        requirement: bandRequirement(severity, band, 'datedEquity'),
        inputs: [
          moneyInput('eventAmount', `history[${step.index}].amount`, step.amount),
          moneyInput('borrowed', `history[${step.index}].borrowed`, f.borrowed, event.borrowed === undefined),
          moneyInput('initialEquity', 'equity.initialEquity', r.initialEquity),
          moneyInput('profits', r.profitsEstimated ? 'incomeStatement.monthlyAverage (estimated)' : 'history[kind=profit]', step.profitsToDate, r.profitsEstimated),
          moneyInput('withdrawals', 'history[kind=withdrawal]', step.withdrawalsToDate.minus(step.amount)),
          moneyInput('injections', 'history[kind=injection|revaluation]', step.injectionsToDate),
          moneyInput('depreciation', 'balanceSheet.fixedAssetLines', step.depreciationToDate),
          plainInput('eventDate', `history[${step.index}].date`, step.date, 'text'),
        ],
        params: { ...params, lenders: [...params.lenders] },
      });
    }
    for (const s of r.walk.suggestedRevaluations) {
      const params: RevaluationParams = { name: s.name, premium: formatMoney(s.premium), gap: formatMoney(r.gap) };
      findings.push({
        code: 'EQUITY_REVALUATION_SUGGESTED',
        subject: { asset: s.asset },
        severity: 'info',
        unit: 'CNY',
        observed: formatMoney(s.appraisedValue),
        expected: formatMoney(s.depreciatedCost),
        range: null,
        deviation: { absolute: formatMoney(s.premium), relative: null },
        requirement: null,
        inputs: [
          moneyInput('appraisedValue', `fixedAssets[${s.asset}].appraisedValue`, s.appraisedValue),
          moneyInput('depreciatedCost', `fixedAssets[${s.asset}]`, s.depreciatedCost),
        ],
        params: { ...params },
      });
    }
    return ran(findings);
  },
};
