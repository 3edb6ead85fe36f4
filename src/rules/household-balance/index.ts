/**
 * The household's balance sheet against the rest of the file (docs/rules.md, "household-balance"). Four codes:
 *
 * - HOUSEHOLD_PURCHASE_UNMATCHED: a history purchase of a house or a vehicle (`history[].asset`, |amount| ≥
 *   policy.householdBalance.largeItemMinimum, default 50,000) with no family asset of the matching kind
 *   (house → property, vehicle → vehicle) left to match it. Matching in history order: the first unused asset
 *   of the kind whose `acquiredDate` is absent or within matchWindowDays (366) of the purchase. Only when
 *   `household.assets` is given (an empty list says the family owns nothing).
 * - HOUSEHOLD_ASSET_UNFUNDED: a family asset other than a deposit, valued ≥ largeItemMinimum, with no
 *   `fundingSource`, no history purchase matched to it (above) and no household debt of its kind (mortgage →
 *   property, vehicle-loan → vehicle).
 * - HOUSEHOLD_DEBT_SERVICE_MISSING: a household debt with a balance whose instalment the capacity cannot count:
 *   no `monthlyInstalment` given, or marked `inLoans` while no loan of `loans` has its lender (case-insensitive,
 *   either name containing the other). Every other household instalment is in the capacity already
 *   (src/household/balance-sheet.ts, docs/capacity.md).
 * - GUARANTEES_EXCEED_NET_WORTH: guarantees given (the larger of Σ household.guaranteesGiven and Σ the credit
 *   report's) ÷ the family's total net worth (business equity + household net worth), above 0.5 warns, above
 *   1 is critical (policy.householdBalance.guaranteesToNetWorth); a net worth of 0 or less with guarantees is critical.
 *
 * Skipped when the profile has neither household assets, debts or guarantees nor a credit report with guarantees.
 * Worked example (fixtures/rules/household-balance.json): guarantees 888,000 ÷ (600,000 + 880,000) = 0.60 > 0.5.
 */
import { dayNumber, formatIsoDate } from '../../dates/index.js';
import { D, formatMoney, sum, toDecimal } from '../../money/index.js';
import { hasHouseholdBalance, householdBalanceSheet } from '../../household/balance-sheet.js';
import type { FamilyAssetKind, FamilyLiabilityKind } from '../../profile/household.js';
import type { PurchasedAsset } from '../../profile/schema.js';
import { limitFinding, moneyInput, plainInput, ran } from '../flag.js';
import type { Rule, RuleFinding } from '../types.js';

/** The family asset kind a history purchase should have left. */
const ASSET_OF_PURCHASE: Partial<Record<PurchasedAsset, FamilyAssetKind>> = { house: 'property', vehicle: 'vehicle' };
/** The household debt that funds an asset kind. */
const DEBT_OF_ASSET: Partial<Record<FamilyAssetKind, FamilyLiabilityKind>> = { property: 'mortgage', vehicle: 'vehicle-loan' };

/** Params of HOUSEHOLD_PURCHASE_UNMATCHED (observed = the purchase's amount). */
export interface PurchaseUnmatchedParams {
  readonly asset: PurchasedAsset;
  readonly assetKind: FamilyAssetKind;
  readonly amount: string;
  readonly date: string;
  /** How many family assets of the kind there are (all matched to other purchases, or out of the window). */
  readonly assetsOfKind: number;
  readonly description: string | null;
}

/** Params of HOUSEHOLD_ASSET_UNFUNDED (observed = the asset's value). */
export interface AssetUnfundedParams {
  readonly kind: FamilyAssetKind;
  readonly value: string;
  readonly description: string | null;
  readonly acquiredDate: string | null;
}

/** Params of HOUSEHOLD_DEBT_SERVICE_MISSING (observed = the debt's balance). */
export interface DebtServiceMissingParams {
  readonly kind: FamilyLiabilityKind;
  readonly lender: string;
  readonly balance: string;
  /** `no-instalment`: none given; `not-in-loans`: marked inLoans, and no loan has this lender. */
  readonly reason: 'no-instalment' | 'not-in-loans';
}

/** Params of GUARANTEES_EXCEED_NET_WORTH, beside limitFinding's `limit`, `side` and `undefined`. */
export interface GuaranteesParams {
  readonly guarantees: string;
  readonly declared: string;
  readonly reported: string;
  /** Which total was used: the declared one or the credit report's (the larger; declared on a tie). */
  readonly source: 'declared' | 'credit-report';
  readonly businessEquity: string;
  readonly householdNetWorth: string;
  readonly familyNetWorth: string;
}

/** Skip code: nothing of the household's balance sheet in the profile. */
export const NO_HOUSEHOLD_BALANCE = 'no-household-balance';

const norm = (s: string) => s.trim().toLowerCase();
const sameLender = (a: string, b: string) => norm(a).includes(norm(b)) || norm(b).includes(norm(a));

export const householdBalanceRule: Rule = {
  id: 'household-balance',
  codes: ['HOUSEHOLD_PURCHASE_UNMATCHED', 'HOUSEHOLD_ASSET_UNFUNDED', 'HOUSEHOLD_DEBT_SERVICE_MISSING', 'GUARANTEES_EXCEED_NET_WORTH'],
  check({ profile, policy, statements }) {
    const reported = profile.creditReport?.guaranteesGiven;
    if (!hasHouseholdBalance(profile) && (reported === undefined || reported.length === 0))
      return {
        status: 'skipped',
        missing: ['household.assets', 'household.liabilities', 'household.guaranteesGiven'],
        reason: { code: NO_HOUSEHOLD_BALANCE },
      };
    const p = policy.householdBalance;
    const minimum = toDecimal(p.largeItemMinimum);
    const h = profile.household;
    const assets = h?.assets;
    const debts = h?.liabilities ?? [];
    const findings: (RuleFinding | null)[] = [];

    // 1. History purchases of a house or a vehicle against the family's assets.
    const matched = new Set<number>();
    if (assets !== undefined) {
      (profile.history ?? []).forEach((e, i) => {
        const kind = e.asset === undefined ? undefined : ASSET_OF_PURCHASE[e.asset];
        if (kind === undefined || e.asset === undefined || e.amount.abs().lt(minimum)) return;
        const day = dayNumber(e.date);
        const k = assets.findIndex(
          (a, j) => a.kind === kind && !matched.has(j) && (a.acquiredDate === undefined || Math.abs(dayNumber(a.acquiredDate) - day) <= p.matchWindowDays),
        );
        if (k >= 0) {
          matched.add(k);
          return;
        }
        const amount = e.amount.abs();
        const params: PurchaseUnmatchedParams = {
          asset: e.asset,
          assetKind: kind,
          amount: formatMoney(amount),
          date: formatIsoDate(e.date),
          assetsOfKind: assets.filter((a) => a.kind === kind).length,
          description: e.description ?? null,
        };
        findings.push({
          code: 'HOUSEHOLD_PURCHASE_UNMATCHED',
          subject: { event: i },
          severity: p.purchaseUnmatched,
          unit: 'CNY',
          observed: formatMoney(amount),
          expected: null,
          range: null,
          deviation: null,
          requirement: { path: 'householdBalance.purchaseUnmatched', value: p.purchaseUnmatched },
          inputs: [moneyInput('purchase', `history[${i}].amount`, amount), plainInput('familyAssetsOfKind', 'household.assets', String(params.assetsOfKind), 'count')],
          params: { ...params },
        });
      });

      // 2. Family assets with no source of funds.
      const debtKinds = new Set(debts.map((d) => d.kind));
      assets.forEach((a, j) => {
        if (a.kind === 'deposit' || a.value.lt(minimum) || a.fundingSource !== undefined || matched.has(j)) return;
        const debt = DEBT_OF_ASSET[a.kind];
        if (debt !== undefined && debtKinds.has(debt)) return;
        const params: AssetUnfundedParams = {
          kind: a.kind,
          value: formatMoney(a.value),
          description: a.description ?? null,
          acquiredDate: a.acquiredDate === undefined ? null : formatIsoDate(a.acquiredDate),
        };
        findings.push({
          code: 'HOUSEHOLD_ASSET_UNFUNDED',
          subject: { asset: j },
          severity: p.assetUnfunded,
          unit: 'CNY',
          observed: formatMoney(a.value),
          expected: null,
          range: null,
          deviation: null,
          requirement: { path: 'householdBalance.assetUnfunded', value: p.assetUnfunded },
          inputs: [moneyInput('familyAsset', `household.assets[${j}].value`, a.value), moneyInput('largeItemMinimum', 'policy.householdBalance.largeItemMinimum', minimum)],
          params: { ...params },
        });
      });
    }

    // 3. Household debt service the capacity cannot count.
    const loans = profile.loans ?? [];
    debts.forEach((d, j) => {
      if (!d.balance.gt(0)) return;
      const reason = d.monthlyInstalment === undefined ? 'no-instalment' : d.inLoans === true && !loans.some((l) => sameLender(l.lender, d.lender)) ? 'not-in-loans' : null;
      if (reason === null) return;
      const params: DebtServiceMissingParams = { kind: d.kind, lender: d.lender, balance: formatMoney(d.balance), reason };
      findings.push({
        code: 'HOUSEHOLD_DEBT_SERVICE_MISSING',
        subject: { liability: j },
        severity: p.debtServiceMissing,
        unit: 'CNY',
        observed: formatMoney(d.balance),
        expected: null,
        range: null,
        deviation: null,
        requirement: { path: 'householdBalance.debtServiceMissing', value: p.debtServiceMissing },
        inputs: [moneyInput('householdDebt', `household.liabilities[${j}].balance`, d.balance)],
        params: { ...params },
      });
    });

    // 4. Guarantees given against the family's net worth.
    const sheet = householdBalanceSheet(profile, statements.balanceSheet.equity);
    const fromReport = sum((reported ?? []).map((g) => g.amount));
    const useReport = fromReport.gt(sheet.guaranteesGiven);
    const guarantees = D.max(sheet.guaranteesGiven, fromReport);
    if (guarantees.gt(0)) {
      const params: GuaranteesParams = {
        guarantees: formatMoney(guarantees),
        declared: formatMoney(sheet.guaranteesGiven),
        reported: formatMoney(fromReport),
        source: useReport ? 'credit-report' : 'declared',
        businessEquity: formatMoney(sheet.businessEquity),
        householdNetWorth: formatMoney(sheet.netWorth),
        familyNetWorth: formatMoney(sheet.familyNetWorth),
      };
      findings.push(
        limitFinding({
          code: 'GUARANTEES_EXCEED_NET_WORTH',
          subject: {},
          unit: 'ratio',
          numerator: guarantees,
          denominator: sheet.familyNetWorth,
          limit: p.guaranteesToNetWorth,
          limitPath: 'householdBalance.guaranteesToNetWorth',
          flagUndefined: true,
          inputs: () => [
            moneyInput('guaranteesGiven', useReport ? 'creditReport.guaranteesGiven' : 'household.guaranteesGiven', guarantees),
            moneyInput('businessEquity', 'balanceSheet.equity', sheet.businessEquity),
            moneyInput('householdNetWorth', 'household.assets − household.liabilities', sheet.netWorth),
          ],
          params: () => ({ ...params }),
        }),
      );
    }
    return ran(findings);
  },
};
