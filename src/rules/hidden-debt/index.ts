/**
 * HIDDEN_DEBT_SUSPECTED — 疑有表外负债（社会负债）.
 *
 * Three signals of debt missing from the balance sheet; the flag lists every one that fires:
 *
 * 1. equity gap: the equity reconciliation (src/equity, not recomputed here) leaves less equity on the
 *    balance sheet than the history explains, beyond policy.equity.tolerance (gap < 0 and
 *    |gap / denominator| > tolerance); severity from the policy.equity bands.
 * 2. unfunded large purchase: a history event with an `asset` (house, vehicle, equipment) or a fixed asset
 *    costing at least max(policy.hiddenDebt.largePurchaseMinimum, largePurchaseShareOfProfit × |annual
 *    business profit|) (defaults 50,000 and 0.5), with no `fundingSource` and no `borrowed` part stated;
 *    severity policy.hiddenDebt.unfundedPurchase (default warning).
 * 3. missing loan: a history event with a `borrowed` part, no `repaidDate`, and no loan in `loans[]` whose
 *    lender matches its `lender` (case-insensitive, either name containing the other; an unnamed lender
 *    cannot be matched); severity policy.hiddenDebt.missingLoan (default critical).
 *
 * Skipped only when none of the signals has its inputs (no reconciliation, no history, no fixed assets).
 *
 * One finding lists every signal (params.signals, each with its own subject, severity and requirement); its
 * severity is the most severe signal's. Example: a house bought for 1,000,000 in 2021 with no source of funds,
 * against max(50,000, 0.5 × 840,000) = 420,000: a warning.
 */
import { formatIsoDate } from '../../dates/index.js';
import { type Dec, D, formatMoney, formatRatio, toDecimal, ZERO } from '../../money/index.js';
import type { LoanData } from '../../profile/domain.js';
import type { PurchasedAsset } from '../../profile/schema.js';
import { bandRequirement, maxSeverity, moneyInput, ran, ratioInput, severityFor } from '../flag.js';
import type { FlagInput, Rule, Severity, Subject } from '../types.js';

/** The setting that decided a signal's severity (as a finding's `requirement`). */
type SignalRequirement = { readonly path: string; readonly value: string };

/** The equity reconciliation leaves less equity on the balance sheet than the history explains. */
export type EquityGapSignal = {
  readonly signal: 'equity-gap';
  readonly subject: Subject;
  readonly severity: Severity;
  readonly requirement: SignalRequirement | null;
  readonly balanceSheetEquity: string;
  readonly expectedEquity: string;
  /** balance-sheet equity − expected equity (negative). */
  readonly gap: string;
  /** gap / denominator (null when the denominator is zero). */
  readonly relative: string | null;
  readonly denominatorAmount: string;
  /** policy.equity.tolerance × 100, e.g. `10`. */
  readonly tolerancePercent: string;
  readonly periodStart: string;
};

/** A large purchase (a history event with an asset, or a fixed asset) with no stated source of funds. */
export type PurchaseSignal = {
  readonly signal: 'unfunded-purchase';
  /** `{ event: 6 }` (history[6]) or `{ fixedAsset: 1 }` (fixedAssets[1]). */
  readonly subject: Subject;
  readonly severity: Severity;
  readonly requirement: SignalRequirement;
  /** `history[6]` or `fixedAssets[1]`. */
  readonly path: string;
  /** The kind of asset of a history event; null for a fixed asset (its `name` says what it is). */
  readonly asset: PurchasedAsset | null;
  /** The fixed asset's name as the profile gives it; null for a history event. */
  readonly name: string | null;
  readonly amount: string;
  readonly date: string;
};

/** A borrowing named in the history, not repaid, and absent from the loans. */
export type MissingLoanSignal = {
  readonly signal: 'missing-loan';
  /** `{ loan: 'history[3]' }`. */
  readonly subject: Subject;
  readonly severity: Severity;
  readonly requirement: SignalRequirement;
  readonly event: number;
  /** The lender as the history names it; null when unnamed. */
  readonly lender: string | null;
  readonly borrowed: string;
  readonly date: string;
};

export type HiddenDebtSignal = EquityGapSignal | PurchaseSignal | MissingLoanSignal;

/** The params of HIDDEN_DEBT_SUSPECTED (money as decimal strings with two places). observed = total liabilities. */
export type HiddenDebtParams = {
  /** The large-purchase threshold: max(floor, share × |annual business profit|) = amount. */
  readonly threshold: { readonly floor: string; readonly share: string; readonly annualProfit: string; readonly amount: string };
  /** Every signal that fired, in the order: equity gap, purchases (history, then fixed assets), missing loans. */
  readonly signals: readonly HiddenDebtSignal[];
};

/** Skip code: no equity reconciliation, no history and no fixed assets. */
export const NOTHING_TO_SEARCH = 'nothing-to-search';

const norm = (s: string) => s.trim().toLowerCase();

/** A loan in the liabilities that a borrowing named in the history refers to. */
function findLoan(loans: readonly LoanData[], lender: string | undefined): LoanData | undefined {
  if (lender === undefined) return undefined;
  const name = norm(lender);
  return loans.find((l) => l.balance.gt(0) && (norm(l.lender).includes(name) || name.includes(norm(l.lender))));
}

export const hiddenDebtRule: Rule = {
  id: 'hidden-debt',
  codes: ['HIDDEN_DEBT_SUSPECTED'],
  check({ profile, policy, statements, equity }) {
    const history = profile.history ?? [];
    const fixedAssets = profile.fixedAssets ?? [];
    if (equity.status === 'skipped' && history.length === 0 && fixedAssets.length === 0)
      return { status: 'skipped', missing: [...equity.missing, 'history', 'fixedAssets'], reason: { code: NOTHING_TO_SEARCH } };

    const signals: HiddenDebtSignal[] = [];
    const inputs: FlagInput[] = [];

    // 1. The equity gap, read from the reconciliation.
    if (equity.status === 'reconciled') {
      const r = equity.reconciliation;
      const byProfits = policy.equity.denominator === 'profits';
      const relative = byProfits ? r.gapShareOfProfits : r.gapShareOfEquity;
      const denominator = byProfits ? r.profits : r.balanceSheetEquity;
      if (r.gap.isNegative()) {
        const severity = relative === null ? 'warning' : severityFor(relative, policy.equity);
        if (severity !== null) {
          const tolerance = toDecimal(policy.equity.tolerance);
          inputs.push(moneyInput('equityGap', 'equity.gap', r.gap), ratioInput('equityTolerance', 'policy.equity.tolerance', tolerance));
          signals.push({
            signal: 'equity-gap',
            subject: { signal: 'equity-gap' },
            severity,
            requirement: relative === null ? null : bandRequirement(severity, policy.equity, 'equity'),
            balanceSheetEquity: formatMoney(r.balanceSheetEquity),
            expectedEquity: formatMoney(r.expectedEquity),
            gap: formatMoney(r.gap),
            relative: relative === null ? null : formatRatio(relative),
            denominatorAmount: formatMoney(denominator.abs()),
            tolerancePercent: tolerance.times(100).toFixed(),
            periodStart: r.periodStart,
          });
        }
      }
    }

    // 2. Large purchases without a stated source of funds.
    const annualProfit = statements.incomeStatement.annual.businessProfit;
    const share = toDecimal(policy.hiddenDebt.largePurchaseShareOfProfit);
    const floor = toDecimal(policy.hiddenDebt.largePurchaseMinimum);
    const threshold = D.max(floor, share.times(annualProfit.abs()));
    const purchase = { severity: policy.hiddenDebt.unfundedPurchase, requirement: { path: 'hiddenDebt.unfundedPurchase', value: policy.hiddenDebt.unfundedPurchase } };
    const purchases: PurchaseSignal[] = [];
    const purchaseAmounts: Dec[] = [];
    history.forEach((e, i) => {
      if (e.asset === undefined || e.fundingSource !== undefined || e.borrowed !== undefined) return;
      const amount = e.amount.abs();
      if (amount.gte(threshold)) {
        purchaseAmounts.push(amount);
        purchases.push({ signal: 'unfunded-purchase', subject: { event: i }, ...purchase, path: `history[${i}]`, asset: e.asset, name: null, amount: formatMoney(amount), date: formatIsoDate(e.date) });
      }
    });
    fixedAssets.forEach((a, i) => {
      const cost = a.cost;
      if (a.fundingSource === undefined && cost.gte(threshold)) {
        purchaseAmounts.push(cost);
        purchases.push({ signal: 'unfunded-purchase', subject: { fixedAsset: i }, ...purchase, path: `fixedAssets[${i}]`, asset: null, name: a.name, amount: formatMoney(cost), date: formatIsoDate(a.purchaseDate) });
      }
    });
    if (history.some((e) => e.asset !== undefined) || fixedAssets.length > 0)
      inputs.push(moneyInput('largePurchaseThreshold', 'policy.hiddenDebt', threshold), moneyInput('annualBusinessProfit', 'incomeStatement.annual.businessProfit', annualProfit));
    purchases.forEach((p, k) => {
      inputs.push(moneyInput('purchase', p.path, purchaseAmounts[k]!));
      signals.push(p);
    });

    // 3. Borrowings named in the history, not repaid, and absent from the liabilities.
    const loans = profile.loans ?? [];
    history.forEach((e, i) => {
      const borrowed = e.borrowed ?? ZERO;
      if (!borrowed.gt(0) || e.repaidDate !== undefined || findLoan(loans, e.lender) !== undefined) return;
      inputs.push(moneyInput('borrowed', `history[${i}].borrowed`, borrowed));
      signals.push({
        signal: 'missing-loan',
        subject: { loan: `history[${i}]` },
        severity: policy.hiddenDebt.missingLoan,
        requirement: { path: 'hiddenDebt.missingLoan', value: policy.hiddenDebt.missingLoan },
        event: i,
        lender: e.lender ?? null,
        borrowed: formatMoney(borrowed),
        date: formatIsoDate(e.date),
      });
    });

    const severity = maxSeverity(signals.map((s) => s.severity));
    if (severity === null) return ran([]);
    // The setting that decided the severity: the first signal of that severity.
    const deciding = signals.find((s) => s.severity === severity)!;
    const liabilities = statements.balanceSheet.liabilities.total;
    const params: HiddenDebtParams = {
      threshold: { floor: formatMoney(floor), share: share.toFixed(), annualProfit: formatMoney(annualProfit.abs()), amount: formatMoney(threshold) },
      signals,
    };
    return ran([
      {
        code: 'HIDDEN_DEBT_SUSPECTED',
        subject: {},
        severity,
        unit: 'CNY',
        observed: formatMoney(liabilities),
        expected: null,
        range: null,
        deviation: null,
        requirement: deciding.requirement,
        inputs: [moneyInput('liabilities', 'balanceSheet.liabilities.total', liabilities), ...inputs],
        params: { ...params },
      },
    ]);
  },
};
