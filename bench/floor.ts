/**
 * The floor: the same core checks as analyze() written with plain JavaScript numbers and string
 * dates, no validation, no messages. Bench-only. Floats are NOT acceptable for money in xcheck;
 * this exists only to show how far the real pipeline is from the cheapest possible version.
 *
 * It doubles as a rough independent reference: the benchmark reports how often its flag codes and
 * severities agree with analyze()'s (they differ only where a float lands on the other side of a band).
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface FloorFlag {
  readonly code: string;
  readonly severity: 'warning' | 'critical';
  readonly observed: number;
  readonly expected: number;
  readonly relative: number | null;
}

export interface FloorResult {
  readonly assets: number;
  readonly liabilities: number;
  readonly equity: number;
  readonly flags: FloorFlag[];
}

const num = (v: unknown): number => (v === undefined ? 0 : Number(v));

/** Whole months from a to b (ISO strings; date-fns' end-of-month special cases left out); 0 when b ≤ a. */
function monthsBetween(a: string, b: string): number {
  if (b <= a) return 0;
  const ya = +a.slice(0, 4);
  const ma = +a.slice(5, 7);
  const da = +a.slice(8, 10);
  const yb = +b.slice(0, 4);
  const mb = +b.slice(5, 7);
  const db = +b.slice(8, 10);
  let m = (yb - ya) * 12 + (mb - ma);
  if (db < da) m -= 1;
  return Math.max(0, m);
}

function severity(rel: number, tol: number, crit: number): 'warning' | 'critical' | null {
  const a = Math.abs(rel);
  return a > crit ? 'critical' : a > tol ? 'warning' : null;
}

/** The floor version of analyze() under the default policy. */
export function floorAnalyze(p: Json): FloorResult {
  const flags: FloorFlag[] = [];
  const basis = 360;
  const monthly: unknown[] | undefined = p.sales.monthly;
  let sales = 0;
  if (monthly) for (const m of monthly) sales += num(m);
  else sales = num(p.sales.annual);
  const costShare = p.grossMargin !== undefined ? 1 - num(p.grossMargin) : sales === 0 ? 0 : num(p.purchases?.annual) / sales;
  const cogs = sales * costShare;
  const oc = p.operatingCosts ?? {};
  const opex = num(oc.wages) + num(oc.rent) + num(oc.utilities) + num(oc.transport) + num(oc.taxes) + num(oc.other);
  const hh = p.household;
  const monthlyRetained = (sales - cogs) / 12 - opex + num(hh?.otherMonthlyIncome) - num(hh?.monthlyExpenses);

  const b = p.balances ?? {};
  let inventory = 0;
  const lines: Json[] | undefined = p.inventoryCount;
  if (lines && lines.length > 0) for (const l of lines) inventory += num(l.quantity) * num(l.unitCost);
  else inventory = num(b.inventory);
  let fixed = 0;
  const analysisDate: string = p.analysisDate;
  const depreciated: { purchase: string; months: number; monthly: number; accumulated: number }[] = [];
  for (const a of (p.fixedAssets ?? []) as Json[]) {
    if (a.appraisedValue !== undefined) {
      fixed += num(a.appraisedValue);
      continue;
    }
    const life: number = a.usefulLifeMonths;
    const cost = num(a.cost);
    const months = Math.min(life, monthsBetween(a.purchaseDate, analysisDate));
    const monthly = Math.max(0, cost - num(a.salvageValue)) / life;
    const accumulated = monthly * months;
    depreciated.push({ purchase: a.purchaseDate, months, monthly, accumulated });
    fixed += cost - accumulated;
  }
  let loans = 0;
  for (const l of (p.loans ?? []) as Json[]) loans += num(l.balance);
  const assets = num(b.cash) + num(b.bank) + num(b.receivables) + inventory + num(b.prepayments) + num(b.otherAssets) + fixed;
  const liabilities = num(b.payables) + num(b.advancesReceived) + loans + num(b.otherLiabilities);
  const equity = assets - liabilities;

  const st = p.settlement ?? {};
  if (st.customerDays !== undefined && b.receivables !== undefined) {
    const share = p.sales.creditShare === undefined ? 1 : num(p.sales.creditShare);
    const expected = (sales * share * st.customerDays) / basis;
    turnover('RECEIVABLES_INCONSISTENT', num(b.receivables), expected, flags);
  }
  if (st.supplierDays !== undefined && b.payables !== undefined) {
    const purchases = p.purchases?.annual === undefined ? cogs : num(p.purchases.annual);
    const share = st.creditPurchaseShare === undefined ? 1 : num(st.creditPurchaseShare);
    const expected = (purchases * share * st.supplierDays) / basis;
    turnover('PAYABLES_INCONSISTENT', num(b.payables), expected, flags);
  }

  const history: Json[] = p.history ?? [];
  const start = history.find((e) => e.kind === 'start');
  if (start) {
    const from: string = start.date;
    let profits = 0;
    let withdrawals = 0;
    let injections = 0;
    let profitEvents = 0;
    for (const e of history) {
      if (e.kind === 'start' || e.date < from) continue;
      const v = num(e.amount);
      if (e.kind === 'profit') {
        profits += v;
        profitEvents++;
      } else if (e.kind === 'withdrawal') withdrawals += v;
      else injections += v;
    }
    const periodMonths = monthsBetween(from, analysisDate);
    if (profitEvents === 0) profits = monthlyRetained * periodMonths;
    let depreciation = 0;
    for (const d of depreciated) {
      const before = d.purchase < from ? monthsBetween(d.purchase, from) : 0;
      depreciation += d.monthly * Math.max(0, d.months - before);
    }
    const expected = num(start.amount) + profits - withdrawals + injections - depreciation;
    const gap = equity - expected;
    const relative = equity === 0 ? null : gap / Math.abs(equity);
    const sev = relative === null ? (gap === 0 ? null : 'warning') : severity(relative, 0.1, 0.25);
    if (sev) flags.push({ code: 'EQUITY_RECONCILIATION_GAP', severity: sev, observed: equity, expected, relative });
  }
  return { assets, liabilities, equity, flags };
}

function turnover(code: string, reported: number, expected: number, flags: FloorFlag[]): void {
  if (expected === 0) {
    if (reported !== 0) flags.push({ code, severity: 'warning', observed: reported, expected, relative: null });
    return;
  }
  const relative = (reported - expected) / expected;
  const sev = severity(relative, 0.2, 0.5);
  if (sev) flags.push({ code, severity: sev, observed: reported, expected, relative });
}
