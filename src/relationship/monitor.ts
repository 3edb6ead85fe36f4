/**
 * Monitoring after disbursement (贷后监测): compare the flows observed on the borrower's account with
 * the deposit expectation, and raise flags like the underwriting rules do. Not an underwriting rule:
 * analyze() does not run it; `monitor()` is its own entry.
 *
 * Checks (formulas; defaults in policy.relationship, docs/relationship.md says where each comes from). They
 * return findings on the check contract (src/rules/types.ts: code, subject, severity, figures, requirement,
 * inputs, params) with the rule id `monitor`; their texts come from the catalogs
 * (src/locales/<lang>/checks/monitor.ts), and a check that cannot run says why with a code.
 *
 * - FLOWS_NOT_MOVED — the business still settles elsewhere (source: 看看是否主要的流水已经在我们这里了).
 *     expectedInflows = Σ_months collections_m × bankSettledShare   (m: the calendar month of each observed month;
 *                       collections from the cash model, docs/capacity.md §4); with an agreed MOVE_SETTLEMENT_ACCOUNT
 *                       condition, Σ_months sales_m × its share
 *     deviation       = (Σ observed inflows − expectedInflows) / expectedInflows
 *     warning below −50%, critical below −80% (xcheck's own choice).
 * - DEPOSIT_BELOW_EXPECTATION — the balances promised before the loan (回报的事情要在放款前明确的说清楚)
 *   are not there.
 *     deviation = (mean observed average balance − mean expected balance) / mean expected balance
 *     warning below −30%, critical below −60% (xcheck's own choice).
 * - SALES_DECLINE — inflows, adjusted for the season, falling beyond the stress threshold found at
 *   underwriting (profile.relationship.stressSalesDecline; policy default 30%).
 *     index_w   = Σ observed inflows_w / Σ expected inflows_w  over a window w of `windowMonths` months
 *     deviation = (index_last − index_first) / index_first
 *     warning below −threshold, critical below −max(threshold, 50%). Needs 2 × windowMonths months.
 *
 * The conditions agreed at disbursement (`options.conditions`: the loan conditions of docs/conditions.md, as
 * `proposeConditions` or the report's recommendation gives them) are checked by the same checks: FLOWS_NOT_MOVED
 * reads MOVE_SETTLEMENT_ACCOUNT's agreed `bankSettledShare` (expected inflows = Σ sales_m × agreed share), and
 * DEPOSIT_BELOW_EXPECTATION adds COMPENSATING_DEPOSIT's agreed `deposit` to each month's expected balance (the flows'
 * average balance counts the client's deposits at the bank, the agreed deposit included); the loan's `cost` is
 * at RATE_FROM_GRID's agreed rate with the agreed deposit. The report's
 * `conditions` says which agreed condition was kept, and whether RENEWAL_IF_NOT_KEPT applies.
 *
 * Never throws: bad input gives `{ ok: false, errors }` with a path for each problem (flows errors under
 * `flows.`, policy errors under `policy.`, conditions errors under `conditions.`).
 */
import { buildSchedule } from '../capacity/schedule.js';
import { addMonths, formatIsoDate } from '../dates/index.js';
import { skipReasonTexts, withTexts } from '../locales/index.js';
import { type Dec, D, ZERO, formatMoney, formatRatio, sum, toDecimal } from '../money/index.js';
import { type InputError, internalError, toInputErrors } from '../profile/errors.js';
import type { Policy } from '../profile/policy.js';
import type { DepositPattern } from '../profile/relationship.js';
import type { Profile } from '../profile/schema.js';
import { type ProfileData, toProfileData } from '../profile/domain.js';
import { parseInput } from '../report/analyze.js';
import { bandRequirement, moneyInput, plainInput, ratioInput, severityFor } from '../rules/flag.js';
import type { Bilingual, Finding, FindingParams, Flag, FlagCode, Requirement, Severity } from '../rules/types.js';
import { buildStatements, type IncomeStatement } from '../statements/index.js';
import { type ContactCalendar, contactCalendar } from './calendar.js';
import { type LoanCost, loanCost } from './cost.js';
import { type DepositExpectation, expectDeposits } from './deposit.js';
import { type Flows, flowsSchema } from './flows.js';
import { type AgreedConditions, agreedConditions, type ConditionsCheck, conditionsKept } from './monitor-conditions.js';
import { agreedConditionsSchema } from '../conditions/schema.js';
import type { LoanCondition } from '../conditions/index.js';

/** The codes the monitor raises (in FLAG_CODES, but raised by monitor(), never by analyze()). */
export const MONITOR_CODES = ['FLOWS_NOT_MOVED', 'DEPOSIT_BELOW_EXPECTATION', 'SALES_DECLINE'] as const satisfies readonly FlagCode[];
export type MonitorCode = (typeof MONITOR_CODES)[number];

/** The rule id stamped on the monitor's findings: the catalogs' texts are under `checks.monitor`. */
export const MONITOR_RULE_ID = 'monitor';

/**
 * What each code's texts need beyond the figures (`params`), by code. Figures: FLOWS_NOT_MOVED and
 * DEPOSIT_BELOW_EXPECTATION in CNY (observed and expected sums or means over the observed months);
 * SALES_DECLINE as ratios (observed = the last window's index, expected = the first window's).
 */
export interface MonitorParams {
  readonly FLOWS_NOT_MOVED: {
    /** How many months were observed. */
    readonly months: number;
    /** The share of sales expected to settle at the bank, as a plain decimal (`0.6`, `1`). */
    readonly bankSettledShare: string;
  };
  readonly DEPOSIT_BELOW_EXPECTATION: {
    readonly months: number;
    /** The deposit pattern behind the expectation. */
    readonly pattern: DepositPattern;
    /** The compensating deposit agreed (money), added to each month's expected balance; only when one was agreed. */
    readonly agreedDeposit?: string;
  };
  readonly SALES_DECLINE: {
    /** The windows compared, `YYYY-MM…YYYY-MM`. */
    readonly firstWindow: string;
    readonly lastWindow: string;
    /** The stress threshold (a fraction, plain decimal: `0.3`). */
    readonly threshold: string;
    readonly windowMonths: number;
  };
}

/**
 * Why a monitor check did not run (the catalogs' `checks.monitor.skips`): `no-expected-inflows` (the sales imply
 * no inflows in the observed months), `no-expected-balance`, `too-few-months` (params needed, window, got),
 * `no-first-window-inflows`.
 */
export type MonitorSkipCode = 'no-expected-inflows' | 'no-expected-balance' | 'too-few-months' | 'no-first-window-inflows';

export interface MonitorOptions {
  /** A policy object (validated; defaults fill what it leaves out). */
  readonly policy?: unknown;
  /** The loan conditions agreed at disbursement (validated: an array of LoanCondition, docs/conditions.md). */
  readonly conditions?: unknown;
}

export interface ObservedMonthJson {
  readonly month: string;
  readonly inflows: string;
  readonly expectedInflows: string;
  readonly outflows: string;
  readonly averageBalance: string;
  readonly expectedBalance: string;
}

export interface DepositExpectationJson {
  readonly pattern: DepositPattern;
  readonly patternSource: 'profile' | 'policy';
  readonly bankSettledShare: string;
  readonly bankSettledShareDefaulted: boolean;
  readonly averageInflows: string;
  readonly averageBalance: string;
  readonly reasoning: Bilingual;
  readonly months: readonly {
    month: number;
    sales: string;
    inflows: string;
    retention: string;
    expectedBalance: string;
    phase: string;
    reason: Bilingual;
  }[];
}

export interface LoanCostJson {
  readonly amount: string;
  readonly deposit: string;
  readonly depositInterest: string;
  readonly usableAmount: string;
  readonly flows: readonly string[];
  readonly contractMonthlyRate: string;
  readonly contractEffectiveAnnualRate: string;
  readonly monthlyCost: string | null;
  readonly effectiveAnnualCost: string | null;
  readonly bank: Record<keyof LoanCost['bank'], string>;
}

export interface CheckStatus {
  readonly code: MonitorCode;
  readonly status: 'ran' | 'skipped';
  /** For a skipped check: why, as a code the catalogs explain (MonitorSkipCode), with its params. */
  readonly reasonCode?: MonitorSkipCode;
  readonly reasonParams?: FindingParams;
  /** The reason in both languages. */
  readonly reason?: Bilingual;
}

export interface MonitorReport {
  readonly schemaVersion: 1;
  readonly business: { readonly name: string; readonly industry: string; readonly kind: Profile['business']['kind'] };
  /** The relationship policy in force, fully resolved. */
  readonly policy: Policy['relationship'];
  readonly expectation: DepositExpectationJson;
  readonly observed: readonly ObservedMonthJson[];
  readonly summary: { readonly critical: number; readonly warning: number; readonly info: number; readonly months: number };
  /** The findings with their texts in both languages (rule id `monitor`). */
  readonly flags: readonly Flag[];
  readonly checks: readonly CheckStatus[];
  /** The loan's real cost and yield; null without profile.loanRequest. */
  readonly cost: LoanCostJson | null;
  /** The contact calendar; null without loanRequest.disbursementDate. */
  readonly calendar: ContactCalendar | null;
  /** The agreed conditions and whether each was kept; null when no conditions were given. */
  readonly conditions: ConditionsCheck | null;
}

export type MonitorResult =
  | { readonly ok: true; readonly report: MonitorReport }
  | { readonly ok: false; readonly errors: readonly InputError[] };

interface Compared {
  readonly month: string;
  /** The sales of the calendar month (the profile's income statement). */
  readonly sales: Dec;
  readonly inflows: Dec;
  readonly expectedInflows: Dec;
  readonly outflows: Dec;
  readonly averageBalance: Dec;
  readonly expectedBalance: Dec;
}

type CheckOutcome =
  | { readonly finding: Finding | null }
  | { readonly skipped: MonitorSkipCode; readonly params?: FindingParams };

function shortfallSeverity(relative: Dec, tolerance: Dec, critical: Dec): Severity | null {
  if (!relative.isNegative()) return null;
  return severityFor(relative, { tolerance: tolerance.toFixed(), critical: critical.toFixed() });
}

function shortfallFigures(observed: Dec, expected: Dec, relative: Dec, tolerance: Dec) {
  return {
    unit: 'CNY' as const,
    observed: formatMoney(observed),
    expected: formatMoney(expected),
    range: { min: formatMoney(expected.times(tolerance.negated().plus(1))), max: null },
    deviation: { absolute: formatMoney(observed.minus(expected)), relative: formatRatio(relative) },
  };
}

/** The months a list of rows spans, `YYYY-MM…YYYY-MM`. */
const span = (xs: readonly Compared[]) => `${xs[0]?.month}…${xs[xs.length - 1]?.month}`;

/** The observed months, as the subject of the findings on the whole span. */
const spanSubject = (rows: readonly Compared[]) => ({ from: rows[0]?.month ?? '', to: rows[rows.length - 1]?.month ?? '' });

function checkFlowsMoved(rows: readonly Compared[], e: DepositExpectation, policy: Policy, agreed: AgreedConditions): CheckOutcome {
  const observed = sum(rows.map((r) => r.inflows));
  const share = agreed.settledShare ?? e.bankSettledShare;
  const expected = agreed.settledShare === null ? sum(rows.map((r) => r.expectedInflows)) : sum(rows.map((r) => r.sales.times(share)));
  if (expected.isZero()) return { skipped: 'no-expected-inflows' };
  const band = policy.relationship.flowsNotMoved;
  const tol = toDecimal(band.tolerance);
  const relative = observed.minus(expected).div(expected);
  const severity = shortfallSeverity(relative, tol, toDecimal(band.critical));
  if (severity === null) return { finding: null };
  const n = rows.length;
  const params: MonitorParams['FLOWS_NOT_MOVED'] = { months: n, bankSettledShare: share.toFixed() };
  return {
    finding: {
      code: 'FLOWS_NOT_MOVED',
      ruleId: MONITOR_RULE_ID,
      subject: spanSubject(rows),
      severity,
      ...shortfallFigures(observed, expected, relative, tol),
      requirement: bandRequirement(severity, band, 'relationship.flowsNotMoved'),
      inputs: [
        moneyInput('observedInflows', 'flows.months[].inflows', observed),
        moneyInput('expectedInflows', 'expectation.months[].inflows', expected),
        agreed.settledShare === null
          ? ratioInput('bankSettledShare', 'relationship.bankSettledShare', e.bankSettledShare, e.bankSettledShareDefaulted)
          : ratioInput('bankSettledShare', 'conditions[MOVE_SETTLEMENT_ACCOUNT].params.bankSettledShare', share),
        plainInput('months', 'flows.months', String(n), 'months'),
      ],
      params,
    },
  };
}

function checkDeposit(rows: readonly Compared[], e: DepositExpectation, policy: Policy, agreed: AgreedConditions): CheckOutcome {
  const n = rows.length;
  const observed = sum(rows.map((r) => r.averageBalance)).div(n);
  // the agreed deposit stays on the client's accounts at the bank every month: it adds to each month's expectation
  const expected = sum(rows.map((r) => r.expectedBalance)).div(n).plus(agreed.deposit ?? ZERO);
  if (expected.isZero()) return { skipped: 'no-expected-balance' };
  const band = policy.relationship.depositBelowExpectation;
  const tol = toDecimal(band.tolerance);
  const relative = observed.minus(expected).div(expected);
  const severity = shortfallSeverity(relative, tol, toDecimal(band.critical));
  if (severity === null) return { finding: null };
  const params: MonitorParams['DEPOSIT_BELOW_EXPECTATION'] = {
    months: n,
    pattern: e.pattern,
    ...(agreed.deposit === null ? {} : { agreedDeposit: formatMoney(agreed.deposit) }),
  };
  return {
    finding: {
      code: 'DEPOSIT_BELOW_EXPECTATION',
      ruleId: MONITOR_RULE_ID,
      subject: spanSubject(rows),
      severity,
      ...shortfallFigures(observed, expected, relative, tol),
      requirement: bandRequirement(severity, band, 'relationship.depositBelowExpectation'),
      inputs: [
        moneyInput('observedAverageBalance', 'flows.months[].averageBalance', observed),
        moneyInput('expectedAverageBalance', 'expectation.months[].expectedBalance', expected),
        plainInput('depositPattern', 'relationship.depositPattern', e.pattern, 'text', e.patternSource === 'policy'),
        plainInput('months', 'flows.months', String(n), 'months'),
        ...(agreed.deposit === null ? [] : [moneyInput('agreedDeposit', 'conditions[COMPENSATING_DEPOSIT].params.deposit', agreed.deposit)]),
      ],
      params,
    },
  };
}

/**
 * The setting that decided a SALES_DECLINE's severity. The threshold is the profile's
 * `relationship.stressSalesDecline` when given (path `profile.relationship.stressSalesDecline`: a profile
 * value, not a policy setting), else the policy's `relationship.salesDecline.tolerance`; critical is the larger
 * of the threshold and `relationship.salesDecline.critical`.
 */
function salesDeclineRequirement(severity: Severity, threshold: Dec, given: boolean, policyCritical: Dec): Requirement {
  if (severity === 'critical' && policyCritical.gte(threshold)) return { path: 'relationship.salesDecline.critical', value: policyCritical.toFixed() };
  return given
    ? { path: 'profile.relationship.stressSalesDecline', value: threshold.toFixed() }
    : { path: 'relationship.salesDecline.tolerance', value: threshold.toFixed() };
}

function checkSalesDecline(rows: readonly Compared[], profile: ProfileData, policy: Policy): CheckOutcome {
  const w = policy.relationship.windowMonths;
  if (rows.length < 2 * w) return { skipped: 'too-few-months', params: { needed: 2 * w, window: w, got: rows.length } };
  const index = (xs: readonly Compared[]) => {
    const exp = sum(xs.map((r) => r.expectedInflows));
    return exp.isZero() ? null : sum(xs.map((r) => r.inflows)).div(exp);
  };
  const first = rows.slice(0, w);
  const last = rows.slice(rows.length - w);
  const early = index(first);
  const late = index(last);
  if (early === null || late === null || early.isZero()) return { skipped: 'no-first-window-inflows' };
  const given = profile.relationship?.stressSalesDecline;
  const threshold = given ?? toDecimal(policy.relationship.salesDecline.tolerance);
  const policyCritical = toDecimal(policy.relationship.salesDecline.critical);
  const critical = D.max(threshold, policyCritical);
  const relative = late.minus(early).div(early);
  const severity = shortfallSeverity(relative, threshold, critical);
  if (severity === null) return { finding: null };
  const params: MonitorParams['SALES_DECLINE'] = {
    firstWindow: span(first),
    lastWindow: span(last),
    threshold: threshold.toFixed(),
    windowMonths: w,
  };
  return {
    finding: {
      code: 'SALES_DECLINE',
      ruleId: MONITOR_RULE_ID,
      subject: { firstWindow: params.firstWindow, lastWindow: params.lastWindow },
      severity,
      unit: 'ratio',
      observed: formatRatio(late),
      expected: formatRatio(early),
      range: { min: formatRatio(early.times(threshold.negated().plus(1))), max: null },
      deviation: { absolute: formatRatio(late.minus(early)), relative: formatRatio(relative) },
      requirement: salesDeclineRequirement(severity, threshold, given !== undefined, policyCritical),
      inputs: [
        ratioInput('firstWindowIndex', 'flows.months[0..w)', early),
        ratioInput('lastWindowIndex', 'flows.months[n−w..n)', late),
        ratioInput('stressSalesDecline', 'relationship.stressSalesDecline', threshold, given === undefined),
        plainInput('windowMonths', 'policy.relationship.windowMonths', String(w), 'months'),
      ],
      params,
    },
  };
}

function expectationJson(e: DepositExpectation): DepositExpectationJson {
  return {
    pattern: e.pattern,
    patternSource: e.patternSource,
    bankSettledShare: formatRatio(e.bankSettledShare),
    bankSettledShareDefaulted: e.bankSettledShareDefaulted,
    averageInflows: formatMoney(e.averageInflows),
    averageBalance: formatMoney(e.averageBalance),
    reasoning: e.reasoning,
    months: e.months.map((m) => ({
      month: m.month,
      sales: formatMoney(m.sales),
      inflows: formatMoney(m.inflows),
      retention: formatRatio(m.retention),
      expectedBalance: formatMoney(m.expectedBalance),
      phase: m.phase,
      reason: m.reason,
    })),
  };
}

export function loanCostJson(c: LoanCost): LoanCostJson {
  const r = (x: Dec | null) => (x === null ? null : formatRatio(x, 6));
  return {
    amount: formatMoney(c.amount),
    deposit: formatMoney(c.deposit),
    depositInterest: formatMoney(c.depositInterest),
    usableAmount: formatMoney(c.usableAmount),
    flows: c.flows.map((f) => formatMoney(f)),
    contractMonthlyRate: formatRatio(c.contractMonthlyRate, 6),
    contractEffectiveAnnualRate: formatRatio(c.contractEffectiveAnnualRate, 6),
    monthlyCost: r(c.monthlyCost),
    effectiveAnnualCost: r(c.effectiveAnnualCost),
    bank: {
      averageOutstanding: formatMoney(c.bank.averageOutstanding),
      loanInterest: formatMoney(c.bank.loanInterest),
      compensatingDepositValue: formatMoney(c.bank.compensatingDepositValue),
      operatingDepositValue: formatMoney(c.bank.operatingDepositValue),
      depositValue: formatMoney(c.bank.depositValue),
      loanYield: formatRatio(c.bank.loanYield, 6),
      relationshipYield: formatRatio(c.bank.relationshipYield, 6),
    },
  };
}

/** The cost and the calendar of the requested loan, when the profile has one. */
function loanParts(
  profile: ProfileData,
  policy: Policy,
  e: DepositExpectation,
  monthly: IncomeStatement,
  agreed: AgreedConditions,
): { cost: LoanCostJson | null; calendar: ContactCalendar | null } {
  const req = profile.loanRequest;
  if (!req) return { cost: null, calendar: null };
  const rp = policy.relationship;
  const schedule = buildSchedule({
    amount: req.amount,
    // the contract's rate: the grid's when a RATE_FROM_GRID condition was agreed
    monthlyRate: agreed.monthlyRate ?? req.monthlyRate,
    months: req.termMonths,
    method: req.method ?? 'annuity',
    ...(req.disbursementDate ? { startDate: formatIsoDate(req.disbursementDate) } : {}),
    rounding: policy.rounding,
  });
  const start = req.disbursementDate;
  // The balance expected in period t: the expectation for the calendar month the period starts in.
  const expectedBalances = schedule.rows.map((_, i) =>
    start ? (e.months[addMonths(start, i).month - 1]?.expectedBalance ?? ZERO) : e.averageBalance,
  );
  const cd = profile.relationship?.compensatingDeposit;
  const cost = loanCost({
    schedule,
    depositShare: cd?.share ?? ZERO,
    // the agreed COMPENSATING_DEPOSIT, when there is one, is the deposit (the profile's share otherwise)
    ...(agreed.deposit === null ? {} : { deposit: agreed.deposit }),
    depositRate: cd?.annualRate ?? toDecimal(rp.depositRate),
    transferRate: toDecimal(rp.transferRate),
    demandDepositRate: toDecimal(rp.demandDepositRate),
    expectedBalances,
    rounding: policy.rounding,
  });
  // the schedule's last due date: disbursement + term (src/capacity/schedule.ts adds months to the start)
  const calendar =
    start && schedule.rows.length > 0
      ? contactCalendar({
          disbursementDate: start,
          maturityDate: addMonths(start, schedule.rows.length),
          // the client's own cycle (docs/capacity.md §4): visit before the money-using months, talk deposits in the idle ones
          peakMonths: profile.relationship?.peakMonths ?? (monthly.seasonal ? e.season.useStartMonths : []),
          idleMonths: monthly.seasonal ? e.season.idleStartMonths : [],
          birthdays: profile.relationship?.birthdays ?? [],
          policy: rp.calendar,
        })
      : null;
  return { cost: loanCostJson(cost), calendar };
}

/** Runs the monitoring on a validated profile, policy and flows (the profile converted once, src/profile/domain.ts). */
export function runMonitor(validated: Profile, policy: Policy, flows: Flows, conditions?: readonly LoanCondition[]): MonitorReport {
  const profile = toProfileData(validated);
  const agreed = agreedConditions(conditions);
  const statements = buildStatements(profile, policy.rounding, policy.stockCount);
  const e = expectDeposits(profile, policy, statements.incomeStatement);
  const rows: Compared[] = flows.months.map((m) => {
    const calendarMonth = Number(m.month.slice(5, 7));
    const exp = e.months[calendarMonth - 1];
    return {
      month: m.month,
      sales: exp?.sales ?? ZERO,
      inflows: toDecimal(m.inflows),
      expectedInflows: exp?.inflows ?? ZERO,
      outflows: toDecimal(m.outflows),
      averageBalance: toDecimal(m.averageBalance),
      expectedBalance: exp?.expectedBalance ?? ZERO,
    };
  });
  const outcomes: [MonitorCode, CheckOutcome][] = [
    ['FLOWS_NOT_MOVED', checkFlowsMoved(rows, e, policy, agreed)],
    ['DEPOSIT_BELOW_EXPECTATION', checkDeposit(rows, e, policy, agreed)],
    ['SALES_DECLINE', checkSalesDecline(rows, profile, policy)],
  ];
  const flags = outcomes.flatMap(([, o]) => ('finding' in o && o.finding ? [withTexts(o.finding)] : []));
  const checks: CheckStatus[] = outcomes.map(([code, o]) => {
    if (!('skipped' in o)) return { code, status: 'ran' };
    const reason = { code: o.skipped, ...(o.params ? { params: o.params } : {}) };
    return {
      code,
      status: 'skipped',
      reasonCode: o.skipped,
      ...(o.params ? { reasonParams: o.params } : {}),
      reason: skipReasonTexts(reason, [], MONITOR_RULE_ID),
    };
  });
  const count = (s: Severity) => flags.filter((f) => f.severity === s).length;
  return {
    schemaVersion: 1,
    business: { name: profile.business.name, industry: profile.business.industry, kind: profile.business.kind },
    policy: policy.relationship,
    expectation: expectationJson(e),
    observed: rows.map((r) => ({
      month: r.month,
      inflows: formatMoney(r.inflows),
      expectedInflows: formatMoney(r.expectedInflows),
      outflows: formatMoney(r.outflows),
      averageBalance: formatMoney(r.averageBalance),
      expectedBalance: formatMoney(r.expectedBalance),
    })),
    summary: { critical: count('critical'), warning: count('warning'), info: count('info'), months: rows.length },
    flags,
    checks,
    ...loanParts(profile, policy, e, statements.incomeStatement, agreed),
    conditions: conditions === undefined ? null : conditionsKept(conditions, agreed, checks, flags),
  };
}

/**
 * Monitors a borrower after disbursement: any JSON values in, a report or input errors out.
 *
 * @example
 * const r = monitor(profile, { months: [{ month: '2026-02', inflows: 0, outflows: 0, averageBalance: 0 }] });
 * if (r.ok) r.report.flags.map((f) => f.code) //=> ['FLOWS_NOT_MOVED', 'DEPOSIT_BELOW_EXPECTATION']
 */
export function monitor(profileInput: unknown, flowsInput: unknown, options: MonitorOptions = {}): MonitorResult {
  try {
    const parsed = parseInput(profileInput, options.policy);
    const flows = flowsSchema.safeParse(flowsInput, { reportInput: true });
    const conditions = options.conditions === undefined ? undefined : agreedConditionsSchema.safeParse(options.conditions, { reportInput: true });
    // concat, never push(...spread): a spread of 100,000+ errors overflows the call stack (each list is capped)
    let errors: InputError[] = parsed.ok ? [] : parsed.errors;
    if (!flows.success) errors = errors.concat(toInputErrors(flows.error.issues, ['flows']));
    if (conditions && !conditions.success) errors = errors.concat(toInputErrors(conditions.error.issues, ['conditions']));
    if (!parsed.ok || !flows.success || (conditions && !conditions.success)) return { ok: false, errors };
    return { ok: true, report: runMonitor(parsed.profile, parsed.policy, flows.data, conditions?.data) };
  } catch (error) {
    return { ok: false, errors: [internalError(error)] };
  }
}
