/**
 * The report's `household` and `creditReport` fields (docs/rules.md, "household-balance", "credit-report"): the
 * household balance sheet beside the business one with the family's total net worth, and the credit report's
 * summary as the officer read it. Null when the profile has nothing of them. Money as decimal strings with two
 * places, through the report's one walker (src/report/json-format.ts).
 */
import type { CalendarDate } from '../dates/index.js';
import { type Dec, type RoundingMode, sum } from '../money/index.js';
import type { ProfileData } from '../profile/domain.js';
import type { FamilyAssetKind, FamilyLiabilityKind } from '../profile/household.js';
import { each, type Json, type ShapeOf, toJson } from '../report/json-format.js';
import { hasHouseholdBalance, type HouseholdBalanceSheet, householdBalanceSheet } from './balance-sheet.js';

/** The household balance sheet as the report gives it, with its lines. */
interface HouseholdView extends HouseholdBalanceSheet {
  readonly assetLines: readonly { readonly kind: FamilyAssetKind; readonly description: string | null; readonly value: Dec }[];
  readonly liabilityLines: readonly {
    readonly kind: FamilyLiabilityKind;
    readonly lender: string;
    readonly balance: Dec;
    readonly monthlyInstalment: Dec | null;
    readonly inLoans: boolean;
  }[];
  readonly guaranteeLines: readonly { readonly beneficiary: string; readonly relation: string | null; readonly amount: Dec; readonly maturityDate: CalendarDate | null }[];
}

/** The credit report's summary as the report gives it. */
interface CreditReportView {
  readonly reportDate: CalendarDate;
  readonly loans: readonly { readonly lender: string; readonly kind: 'loan' | 'credit-card'; readonly balance: Dec }[];
  readonly totalBalance: Dec;
  readonly overdueCount24Months: number | null;
  readonly worstDaysOverdue24Months: number | null;
  readonly queries6Months: number | null;
  readonly guaranteesGiven: Dec | null;
}

const assetShape: ShapeOf<HouseholdBalanceSheet['assets']> = {
  property: 'money',
  vehicle: 'money',
  deposit: 'money',
  investment: 'money',
  receivable: 'money',
  other: 'money',
  total: 'money',
};
const liabilityShape: ShapeOf<HouseholdBalanceSheet['liabilities']> = {
  mortgage: 'money',
  'vehicle-loan': 'money',
  consumer: 'money',
  'credit-card': 'money',
  private: 'money',
  other: 'money',
  total: 'money',
};
const householdShape: ShapeOf<HouseholdView> = {
  assets: assetShape,
  liabilities: liabilityShape,
  netWorth: 'money',
  businessEquity: 'money',
  familyNetWorth: 'money',
  guaranteesGiven: 'money',
  monthlyInstalments: 'money',
  instalmentsAddedToCapacity: 'money',
  assetLines: each({ kind: 'as-is', description: 'as-is', value: 'money' }),
  liabilityLines: each({ kind: 'as-is', lender: 'as-is', balance: 'money', monthlyInstalment: 'money', inLoans: 'as-is' }),
  guaranteeLines: each({ beneficiary: 'as-is', relation: 'as-is', amount: 'money', maturityDate: 'date' }),
};
const creditReportShape: ShapeOf<CreditReportView> = {
  reportDate: 'date',
  loans: each({ lender: 'as-is', kind: 'as-is', balance: 'money' }),
  totalBalance: 'money',
  overdueCount24Months: 'as-is',
  worstDaysOverdue24Months: 'as-is',
  queries6Months: 'as-is',
  guaranteesGiven: 'money',
};

export type HouseholdJson = Json<HouseholdView>;
export type CreditReportJson = Json<CreditReportView>;

/** The household balance sheet of the report; null when the profile lists no household assets, debts or guarantees. */
export function serializeHousehold(profile: ProfileData, businessEquity: Dec, mode: RoundingMode): HouseholdJson | null {
  if (!hasHouseholdBalance(profile)) return null;
  const h = profile.household;
  const view: HouseholdView = {
    ...householdBalanceSheet(profile, businessEquity),
    assetLines: (h?.assets ?? []).map((a) => ({ kind: a.kind, description: a.description ?? null, value: a.value })),
    liabilityLines: (h?.liabilities ?? []).map((l) => ({
      kind: l.kind,
      lender: l.lender,
      balance: l.balance,
      monthlyInstalment: l.monthlyInstalment ?? null,
      inLoans: l.inLoans === true,
    })),
    guaranteeLines: (h?.guaranteesGiven ?? []).map((g) => ({ beneficiary: g.beneficiary, relation: g.relation ?? null, amount: g.amount, maturityDate: g.maturityDate ?? null })),
  };
  return toJson(view, householdShape, mode);
}

/** The credit report's summary; null without one. */
export function serializeCreditReport(profile: ProfileData, mode: RoundingMode): CreditReportJson | null {
  const r = profile.creditReport;
  if (r === undefined) return null;
  const loans = (r.loans ?? []).map((l) => ({ lender: l.lender, kind: l.kind ?? 'loan', balance: l.balance }));
  const view: CreditReportView = {
    reportDate: r.reportDate,
    loans,
    totalBalance: sum(loans.map((l) => l.balance)),
    overdueCount24Months: r.overdueCount24Months ?? null,
    worstDaysOverdue24Months: r.worstDaysOverdue24Months ?? null,
    queries6Months: r.queries6Months ?? null,
    guaranteesGiven: r.guaranteesGiven === undefined ? null : sum(r.guaranteesGiven.map((g) => g.amount)),
  };
  return toJson(view, creditReportShape, mode);
}
