/**
 * Monitoring after disbursement (贷后监测): compare the flows observed on the borrower's account with
 * the deposit expectation, and raise flags like the underwriting rules do. Not an underwriting rule:
 * analyze() does not run it; `monitor()` is its own entry.
 *
 * Checks (formulas; defaults in policy.relationship, docs/relationship.md says where each comes from):
 *
 * - FLOWS_NOT_MOVED — the business still settles elsewhere (source: 看看是否主要的流水已经在我们这里了).
 *     expectedInflows = Σ_months sales_m × bankSettledShare   (m: the calendar month of each observed month)
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
 * Never throws: bad input gives `{ ok: false, errors }` with a path for each problem (flows errors under
 * `flows.`, policy errors under `policy.`).
 */
import { buildSchedule } from '../capacity/schedule.js';
import { addMonths, mustParseIsoDate } from '../dates/index.js';
import { type Dec, D, ZERO, formatMoney, formatRatio, sum, toDecimal, groupMoney } from '../money/index.js';
import { type InputError, internalError, toInputErrors } from '../profile/errors.js';
import type { Policy } from '../profile/policy.js';
import type { Profile } from '../profile/schema.js';
import { parseInput } from '../report/analyze.js';
import { moneyInput, plainInput, ratioInput, severityFor, signedPercent } from '../rules/legacy.js';
import type { Bilingual, Flag, Severity } from '../rules/legacy.js';
import { buildStatements, type IncomeStatement } from '../statements/index.js';
import { type ContactCalendar, contactCalendar, peakStartMonths } from './calendar.js';
import { type LoanCost, loanCost } from './cost.js';
import { type DepositExpectation, expectDeposits } from './deposit.js';
import { type Flows, flowsSchema } from './flows.js';

export const MONITOR_CODES = ['FLOWS_NOT_MOVED', 'DEPOSIT_BELOW_EXPECTATION', 'SALES_DECLINE'] as const;

export interface MonitorOptions {
  /** A policy object (validated; defaults fill what it leaves out). */
  readonly policy?: unknown;
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
  readonly pattern: string;
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
  readonly code: string;
  readonly status: 'ran' | 'skipped';
  readonly reason?: Bilingual;
}

export interface MonitorReport {
  readonly schemaVersion: 1;
  readonly business: { readonly name: string; readonly industry: string; readonly kind: string };
  /** The relationship policy in force, fully resolved. */
  readonly policy: Policy['relationship'];
  readonly expectation: DepositExpectationJson;
  readonly observed: readonly ObservedMonthJson[];
  readonly summary: { readonly critical: number; readonly warning: number; readonly info: number; readonly months: number };
  readonly flags: readonly Flag[];
  readonly checks: readonly CheckStatus[];
  /** The loan's real cost and yield; null without profile.loanRequest. */
  readonly cost: LoanCostJson | null;
  /** The contact calendar; null without loanRequest.disbursementDate. */
  readonly calendar: ContactCalendar | null;
}

export type MonitorResult =
  | { readonly ok: true; readonly report: MonitorReport }
  | { readonly ok: false; readonly errors: readonly InputError[] };

interface Compared {
  readonly month: string;
  readonly inflows: Dec;
  readonly expectedInflows: Dec;
  readonly outflows: Dec;
  readonly averageBalance: Dec;
  readonly expectedBalance: Dec;
}

type CheckOutcome = { flag: Flag | null } | { skipped: Bilingual };

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

function checkFlowsMoved(rows: readonly Compared[], e: DepositExpectation, policy: Policy): CheckOutcome {
  const observed = sum(rows.map((r) => r.inflows));
  const expected = sum(rows.map((r) => r.expectedInflows));
  if (expected.isZero()) return { skipped: { en: 'the sales imply no inflows in the observed months', zh: '观察月份按销售额推算无进账' } };
  const band = policy.relationship.flowsNotMoved;
  const tol = toDecimal(band.tolerance);
  const relative = observed.minus(expected).div(expected);
  const severity = shortfallSeverity(relative, tol, toDecimal(band.critical));
  if (severity === null) return { flag: null };
  const n = rows.length;
  return {
    flag: {
      code: 'FLOWS_NOT_MOVED',
      severity,
      ruleId: 'flows-moved',
      title: { en: 'The business flows have not moved to the bank', zh: '主要流水未转到我行' },
      ...shortfallFigures(observed, expected, relative, tol),
      formula: 'expected inflows = Σ sales_m × bankSettledShare over the observed months; deviation = (observed − expected) / expected',
      computation: `Σ sales × ${e.bankSettledShare.toFixed()} over ${n} months = ${groupMoney(expected)}; (${groupMoney(observed)} − ${groupMoney(expected)}) / ${groupMoney(expected)} = ${signedPercent(relative)}`,
      inputs: [
        moneyInput('observedInflows', 'flows.months[].inflows', observed),
        moneyInput('expectedInflows', 'expectation.months[].inflows', expected),
        ratioInput('bankSettledShare', 'relationship.bankSettledShare', e.bankSettledShare, e.bankSettledShareDefaulted),
        plainInput('months', 'flows.months', String(n), 'months'),
      ],
      evidence: [
        { en: "the customer's statements from the other banks it uses, for the same months", zh: '客户在其他银行账户同期的流水' },
        { en: "two or three of its main customers' recent payment slips: which account they pay into", zh: '两三家主要下游客户最近的付款凭证：款项付到哪个账户' },
        { en: 'whether online banking is set up and used (log-ins, transfers)', zh: '网银是否开通并在使用（登录、转账记录）' },
      ],
      questions: [
        { en: 'How do your customers pay you these days, and into which account?', zh: '现在客户一般怎么给您付款？付到哪个账户？' },
        { en: 'What has made it hard to move your settlements to this account so far?', zh: '把结算转到这个账户，目前有什么不方便的地方？' },
        { en: 'Which of your suppliers and customers would we need to tell about the new account?', zh: '哪些上下游需要通知改用新账户？' },
      ],
      message: {
        en: `Inflows of ${groupMoney(observed)} over ${n} months, where the sales imply about ${groupMoney(expected)} (${signedPercent(relative)}): the business still settles elsewhere.`,
        zh: `${n} 个月进账 ${groupMoney(observed)}，按销售额应有约 ${groupMoney(expected)}（偏差 ${signedPercent(relative)}）：客户主要流水仍在他行。`,
      },
    },
  };
}

function checkDeposit(rows: readonly Compared[], e: DepositExpectation, policy: Policy): CheckOutcome {
  const n = rows.length;
  const observed = sum(rows.map((r) => r.averageBalance)).div(n);
  const expected = sum(rows.map((r) => r.expectedBalance)).div(n);
  if (expected.isZero()) return { skipped: { en: 'no balance is expected in the observed months', zh: '观察月份无存款预期' } };
  const band = policy.relationship.depositBelowExpectation;
  const tol = toDecimal(band.tolerance);
  const relative = observed.minus(expected).div(expected);
  const severity = shortfallSeverity(relative, tol, toDecimal(band.critical));
  if (severity === null) return { flag: null };
  return {
    flag: {
      code: 'DEPOSIT_BELOW_EXPECTATION',
      severity,
      ruleId: 'deposit-expectation',
      title: { en: 'Average balances below the deposit expectation', zh: '存款日均低于预期' },
      ...shortfallFigures(observed, expected, relative, tol),
      formula: 'expected balance_m = averageInflows × retention[pattern]_m; deviation = (mean observed − mean expected) / mean expected',
      computation: `mean expected over ${n} months = ${groupMoney(expected)} (${e.pattern}); (${groupMoney(observed)} − ${groupMoney(expected)}) / ${groupMoney(expected)} = ${signedPercent(relative)}`,
      inputs: [
        moneyInput('observedAverageBalance', 'flows.months[].averageBalance', observed),
        moneyInput('expectedAverageBalance', 'expectation.months[].expectedBalance', expected),
        plainInput('depositPattern', 'relationship.depositPattern', e.pattern, 'text', e.patternSource === 'policy'),
        plainInput('months', 'flows.months', String(n), 'months'),
      ],
      evidence: [
        { en: 'daily balances of the account for the months concerned', zh: '相关月份账户的每日余额' },
        { en: 'where large outflows went (transfers to other own accounts, private lenders, property)', zh: '大额转出的去向（转到本人他行账户、民间借贷、购房等）' },
      ],
      questions: [
        { en: 'When money comes in, where does it usually go next?', zh: '钱进账以后，一般接下来用在哪里？' },
        { en: 'How have stock and customer credit changed since the loan?', zh: '贷款以后，存货和给客户的赊账有什么变化？' },
        { en: 'What balance did we agree before the loan, and how does it look to you now?', zh: '放款前我们约定的存款，您看现在做得怎么样？' },
      ],
      message: {
        en: `Average balance ${groupMoney(observed)} over ${n} months against an expected ${groupMoney(expected)} (${signedPercent(relative)}).`,
        zh: `${n} 个月日均存款 ${groupMoney(observed)}，预期 ${groupMoney(expected)}（偏差 ${signedPercent(relative)}）。`,
      },
    },
  };
}

function checkSalesDecline(rows: readonly Compared[], profile: Profile, policy: Policy): CheckOutcome {
  const w = policy.relationship.windowMonths;
  if (rows.length < 2 * w)
    return {
      skipped: {
        en: `needs at least ${2 * w} months of flows (two windows of ${w}); got ${rows.length}`,
        zh: `至少需要 ${2 * w} 个月流水（两个 ${w} 个月的窗口）；现有 ${rows.length} 个月`,
      },
    };
  const index = (xs: readonly Compared[]) => {
    const exp = sum(xs.map((r) => r.expectedInflows));
    return exp.isZero() ? null : sum(xs.map((r) => r.inflows)).div(exp);
  };
  const first = rows.slice(0, w);
  const last = rows.slice(rows.length - w);
  const early = index(first);
  const late = index(last);
  if (early === null || late === null || early.isZero())
    return { skipped: { en: 'no inflows to compare in the first window', zh: '第一个窗口没有可比较的进账' } };
  const given = profile.relationship?.stressSalesDecline;
  const threshold = toDecimal(given ?? policy.relationship.salesDecline.tolerance);
  const critical = D.max(threshold, toDecimal(policy.relationship.salesDecline.critical));
  const relative = late.minus(early).div(early);
  const severity = shortfallSeverity(relative, threshold, critical);
  if (severity === null) return { flag: null };
  const span = (xs: readonly Compared[]) => `${xs[0]?.month}…${xs[xs.length - 1]?.month}`;
  return {
    flag: {
      code: 'SALES_DECLINE',
      severity,
      ruleId: 'sales-decline',
      title: { en: 'Inflows falling beyond the stress threshold', zh: '进账下滑超过压力测试阈值' },
      unit: 'ratio',
      observed: formatRatio(late),
      expected: formatRatio(early),
      range: { min: formatRatio(early.times(threshold.negated().plus(1))), max: null },
      deviation: { absolute: formatRatio(late.minus(early)), relative: formatRatio(relative) },
      formula: 'index = Σ observed inflows / Σ expected inflows over a window; deviation = (index_last − index_first) / index_first',
      computation: `${span(first)}: ${formatRatio(early)}; ${span(last)}: ${formatRatio(late)}; (${formatRatio(late)} − ${formatRatio(early)}) / ${formatRatio(early)} = ${signedPercent(relative)}`,
      inputs: [
        ratioInput('firstWindowIndex', 'flows.months[0..w)', early),
        ratioInput('lastWindowIndex', 'flows.months[n−w..n)', late),
        ratioInput('stressSalesDecline', 'relationship.stressSalesDecline', threshold, given === undefined),
        plainInput('windowMonths', 'policy.relationship.windowMonths', String(w), 'months'),
      ],
      evidence: [
        { en: 'sales records or delivery notes for the recent months', zh: '近几个月的销售记录或送货单' },
        { en: 'inflows on other accounts for the same months (did settlement move away?)', zh: '同期他行账户进账（结算是否转走了？）' },
        { en: 'a site visit: stock, workers, activity compared with the underwriting visit', zh: '实地走访：存货、工人、经营情况与贷前调查时对比' },
      ],
      questions: [
        { en: 'How has business been these last months compared with when we first met?', zh: '最近几个月生意和我们第一次见面时比怎么样？' },
        { en: 'What has changed with your main customers?', zh: '主要客户那边有什么变化？' },
        { en: 'How are you planning the next few months?', zh: '接下来几个月您是怎么打算的？' },
      ],
      message: {
        en: `Season-adjusted inflows fell from ${formatRatio(early)} to ${formatRatio(late)} of what the sales imply (${signedPercent(relative)}), beyond the ${threshold.times(100).toFixed()}% the loan was stressed for.`,
        zh: `经季节调整后的进账从销售额推算值的 ${formatRatio(early)} 降到 ${formatRatio(late)}（${signedPercent(relative)}），超过贷前压力测试的 ${threshold.times(100).toFixed()}%。`,
      },
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
  profile: Profile,
  policy: Policy,
  e: DepositExpectation,
  monthly: IncomeStatement,
): { cost: LoanCostJson | null; calendar: ContactCalendar | null } {
  const req = profile.loanRequest;
  if (!req) return { cost: null, calendar: null };
  const rp = policy.relationship;
  const schedule = buildSchedule({
    amount: toDecimal(req.amount),
    monthlyRate: toDecimal(req.monthlyRate),
    months: req.termMonths,
    method: req.method ?? 'annuity',
    ...(req.disbursementDate ? { startDate: req.disbursementDate } : {}),
    rounding: policy.rounding,
  });
  const start = req.disbursementDate ? mustParseIsoDate(req.disbursementDate) : undefined;
  // The balance expected in period t: the expectation for the calendar month the period starts in.
  const expectedBalances = schedule.rows.map((_, i) =>
    start ? (e.months[addMonths(start, i).month - 1]?.expectedBalance ?? ZERO) : e.averageBalance,
  );
  const cd = profile.relationship?.compensatingDeposit;
  const cost = loanCost({
    schedule,
    depositShare: toDecimal(cd?.share ?? 0),
    depositRate: toDecimal(cd?.annualRate ?? rp.depositRate),
    transferRate: toDecimal(rp.transferRate),
    demandDepositRate: toDecimal(rp.demandDepositRate),
    expectedBalances,
    rounding: policy.rounding,
  });
  const maturity = schedule.rows[schedule.rows.length - 1]?.dueDate;
  const calendar =
    req.disbursementDate && maturity
      ? contactCalendar({
          disbursementDate: req.disbursementDate,
          maturityDate: maturity,
          peakMonths: profile.relationship?.peakMonths ?? (monthly.seasonal ? peakStartMonths(monthly.months.map((m) => m.sales)) : []),
          birthdays: profile.relationship?.birthdays ?? [],
          policy: rp.calendar,
        })
      : null;
  return { cost: loanCostJson(cost), calendar };
}

/** Runs the monitoring on a validated profile, policy and flows. */
export function runMonitor(profile: Profile, policy: Policy, flows: Flows): MonitorReport {
  const statements = buildStatements(profile, policy.rounding);
  const e = expectDeposits(profile, policy, statements.incomeStatement);
  const rows: Compared[] = flows.months.map((m) => {
    const calendarMonth = Number(m.month.slice(5, 7));
    const exp = e.months[calendarMonth - 1];
    return {
      month: m.month,
      inflows: toDecimal(m.inflows),
      expectedInflows: exp?.inflows ?? ZERO,
      outflows: toDecimal(m.outflows),
      averageBalance: toDecimal(m.averageBalance),
      expectedBalance: exp?.expectedBalance ?? ZERO,
    };
  });
  const outcomes: [string, CheckOutcome][] = [
    ['FLOWS_NOT_MOVED', checkFlowsMoved(rows, e, policy)],
    ['DEPOSIT_BELOW_EXPECTATION', checkDeposit(rows, e, policy)],
    ['SALES_DECLINE', checkSalesDecline(rows, profile, policy)],
  ];
  const flags = outcomes.flatMap(([, o]) => ('flag' in o && o.flag ? [o.flag] : []));
  const checks: CheckStatus[] = outcomes.map(([code, o]) =>
    'skipped' in o ? { code, status: 'skipped', reason: o.skipped } : { code, status: 'ran' },
  );
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
    ...loanParts(profile, policy, e, statements.incomeStatement),
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
    const errors: InputError[] = parsed.ok ? [] : [...parsed.errors];
    if (!flows.success) errors.push(...toInputErrors(flows.error.issues, ['flows']));
    if (!parsed.ok || !flows.success) return { ok: false, errors };
    return { ok: true, report: runMonitor(parsed.profile, parsed.policy, flows.data) };
  } catch (error) {
    return { ok: false, errors: [internalError(error)] };
  }
}
