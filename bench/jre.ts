/**
 * The same rule layer (receivables, payables, equity gap under the default bands) encoded in
 * json-rules-engine, the way a bank developer might write it instead of xcheck's rule modules:
 * the figures as facts, deviations as dynamic facts, one rule per code and severity, a custom
 * operator for |deviation| > limit. Bench-only (json-rules-engine is a devDependency).
 *
 * Facts are plain numbers taken from xcheck's statements and reconciliation before timing, so the
 * comparison is rule layer against rule layer. The engine's result is a list of events, code and severity;
 * bench/run.ts compares it (a) with the same three decisions in xcheck's exact Decimals (`xcheckDecisions`: the rules'
 * own arithmetic and `severityFor`, code and severity only, no flag texts: like with like) and (b) with xcheck's
 * three rules as they run in analyze(), writing full flags (figures, bilingual message, computation, inputs,
 * evidence, questions).
 */
import { Almanac, Engine, type RuleProperties } from 'json-rules-engine';
import { type AnalysisContext, type Dec, severityFor } from '../src/index.js';
import { ONE, toDecimal } from '../src/money/index.js';
import { expectedBalance } from '../src/rules/turnover.js';

export interface RuleFacts {
  readonly sales: number;
  readonly creditShare: number;
  readonly customerDays: number | null;
  readonly receivables: number | null;
  readonly purchases: number;
  readonly creditPurchaseShare: number;
  readonly supplierDays: number | null;
  readonly payables: number | null;
  readonly dayBasis: number;
  /** null when the reconciliation was skipped. */
  readonly expectedEquity: number | null;
  readonly balanceSheetEquity: number;
}

/** The facts of one analysis context, as numbers (done outside the timed loop). */
export function factsOf(c: AnalysisContext): RuleFacts {
  const p = c.profile;
  const s = c.statements;
  const n = (v: unknown) => Number(v);
  return {
    sales: s.incomeStatement.annual.sales.toNumber(),
    creditShare: p.sales.creditShare === undefined ? 1 : n(p.sales.creditShare),
    customerDays: p.settlement?.customerDays ?? null,
    receivables: p.balances?.receivables === undefined ? null : n(p.balances.receivables),
    purchases: p.purchases?.annual === undefined ? s.incomeStatement.annual.costOfGoodsSold.toNumber() : n(p.purchases.annual),
    creditPurchaseShare: p.settlement?.creditPurchaseShare === undefined ? 1 : n(p.settlement.creditPurchaseShare),
    supplierDays: p.settlement?.supplierDays ?? null,
    payables: p.balances?.payables === undefined ? null : n(p.balances.payables),
    dayBasis: c.policy.dayBasis,
    expectedEquity: c.equity.status === 'reconciled' ? c.equity.reconciliation.expectedEquity.toNumber() : null,
    balanceSheetEquity: s.balanceSheet.equity.toNumber(),
  };
}

function bandRules(code: string, fact: string, tolerance: number, critical: number): RuleProperties[] {
  return [
    {
      name: `${code}:critical`,
      priority: 2,
      conditions: { all: [{ fact, operator: 'absGreaterThan', value: critical }] },
      event: { type: code, params: { severity: 'critical' } },
    },
    {
      name: `${code}:warning`,
      priority: 1,
      conditions: {
        all: [
          { fact, operator: 'absGreaterThan', value: tolerance },
          { fact, operator: 'absAtMost', value: critical },
        ],
      },
      event: { type: code, params: { severity: 'warning' } },
    },
  ];
}

/** Deviation of a turnover balance, null when the check cannot run; ±Infinity when nothing is expected but something is reported. */
function turnoverDeviation(flow: string, share: string, days: string, balance: string) {
  return async (_params: unknown, almanac: Almanac): Promise<number | null> => {
    const d = (await almanac.factValue(days)) as number | null;
    const reported = (await almanac.factValue(balance)) as number | null;
    if (d === null || reported === null) return null;
    const f = (await almanac.factValue(flow)) as number;
    const s = (await almanac.factValue(share)) as number;
    const basis = (await almanac.factValue('dayBasis')) as number;
    const expected = (f * s * d) / basis;
    if (expected === 0) return reported === 0 ? 0 : Number.POSITIVE_INFINITY;
    return (reported - expected) / expected;
  };
}

/** An engine with the three cross-checks under the default policy bands. */
export function makeEngine(): Engine {
  const engine = new Engine(
    [
      ...bandRules('RECEIVABLES_INCONSISTENT', 'receivablesDeviation', 0.2, 0.5),
      ...bandRules('PAYABLES_INCONSISTENT', 'payablesDeviation', 0.2, 0.5),
      ...bandRules('EQUITY_RECONCILIATION_GAP', 'equityGapShare', 0.1, 0.25),
    ],
    { allowUndefinedFacts: true },
  );
  engine.addOperator<number | null, number>('absGreaterThan', (a, b) => a !== null && Math.abs(a) > b);
  engine.addOperator<number | null, number>('absAtMost', (a, b) => a !== null && Math.abs(a) <= b);
  engine.addFact('receivablesDeviation', turnoverDeviation('sales', 'creditShare', 'customerDays', 'receivables'));
  engine.addFact('payablesDeviation', turnoverDeviation('purchases', 'creditPurchaseShare', 'supplierDays', 'payables'));
  engine.addFact('equityGapShare', async (_params: unknown, almanac: Almanac) => {
    const expected = (await almanac.factValue('expectedEquity')) as number | null;
    if (expected === null) return null;
    const equity = (await almanac.factValue('balanceSheetEquity')) as number;
    const gap = equity - expected;
    if (equity === 0) return gap === 0 ? 0 : Number.POSITIVE_INFINITY;
    return gap / Math.abs(equity);
  });
  return engine;
}

/** Runs the engine on one profile's facts; the flag codes with severities, e.g. `RECEIVABLES_INCONSISTENT:critical`. */
export async function runEngine(engine: Engine, facts: RuleFacts): Promise<string[]> {
  const { events } = await engine.run(facts as unknown as Record<string, unknown>);
  return events.map((e) => `${e.type}:${(e.params as { severity: string }).severity}`);
}

/** A decision: code and severity, like the engine's events. */
export interface Decision {
  readonly code: string;
  readonly severity: 'warning' | 'critical';
}

/** The turnover decision of src/rules/turnover.ts (checkTurnover) without the flag: expected balance, deviation, band. */
function turnoverDecision(code: string, flow: Dec, share: Dec, days: number, basis: number, reported: Dec, band: AnalysisContext['policy']['receivables'], out: Decision[]): void {
  const expected = expectedBalance(flow, share, days, basis);
  const severity = expected.isZero() ? (reported.isZero() ? null : 'warning') : severityFor(reported.minus(expected).div(expected), band);
  if (severity !== null && severity !== 'info') out.push({ code, severity });
}

/**
 * xcheck's three decisions (receivables, payables, equity gap) on exact Decimals, as the rule modules make them
 * (src/rules/receivables.ts, payables.ts, equity-gap.ts), stopping before the flag is written.
 */
export function xcheckDecisions(c: AnalysisContext): Decision[] {
  const out: Decision[] = [];
  const { profile: p, policy, statements: s } = c;
  const customerDays = p.settlement?.customerDays;
  if (customerDays !== undefined && p.balances?.receivables !== undefined) {
    const share = p.sales.creditShare === undefined ? ONE : toDecimal(p.sales.creditShare);
    turnoverDecision('RECEIVABLES_INCONSISTENT', s.incomeStatement.annual.sales, share, customerDays, policy.dayBasis, s.balanceSheet.assets.receivables, policy.receivables, out);
  }
  const supplierDays = p.settlement?.supplierDays;
  if (supplierDays !== undefined && p.balances?.payables !== undefined) {
    const purchases = p.purchases?.annual === undefined ? s.incomeStatement.annual.costOfGoodsSold : toDecimal(p.purchases.annual);
    const share = p.settlement?.creditPurchaseShare === undefined ? ONE : toDecimal(p.settlement.creditPurchaseShare);
    turnoverDecision('PAYABLES_INCONSISTENT', purchases, share, supplierDays, policy.dayBasis, s.balanceSheet.liabilities.payables, policy.payables, out);
  }
  if (c.equity.status === 'reconciled') {
    const r = c.equity.reconciliation;
    const relative = policy.equity.denominator === 'profits' ? r.gapShareOfProfits : r.gapShareOfEquity;
    const severity = relative === null ? (r.gap.isZero() ? null : 'warning') : severityFor(relative, policy.equity);
    if (severity !== null && severity !== 'info') out.push({ code: 'EQUITY_RECONCILIATION_GAP', severity });
  }
  return out;
}
