/**
 * The shape of the memo's `household` texts (src/locales/<lang>/memo-household.ts): the household balance sheet
 * beside the business one, the family's total net worth, the guarantees given, and the credit report's summary
 * (src/report/markdown-household.ts, src/html/household.ts). Figures arrive already grouped.
 */
import type { FamilyAssetKind, FamilyLiabilityKind } from '../../profile/household.js';

export interface MemoHouseholdTexts {
  readonly heading: string;
  readonly assets: string;
  readonly liabilities: string;
  readonly amount: string;
  readonly total: string;
  readonly assetKinds: Readonly<Record<FamilyAssetKind, string>>;
  readonly liabilityKinds: Readonly<Record<FamilyLiabilityKind, string>>;
  readonly netWorth: string;
  /** The family's total net worth as a sentence: business equity + household net worth = total. */
  readonly familyNetWorth: (businessEquity: string, householdNetWorth: string, total: string) => string;
  /** The itemised lists: their headings and columns. */
  readonly assetLines: string;
  readonly assetColumns: readonly [string, string, string];
  readonly liabilityLines: string;
  readonly liabilityColumns: readonly [string, string, string, string, string];
  readonly yes: string;
  readonly no: string;
  /** The household's instalments and the part the capacity adds to the loans'. */
  readonly instalments: (total: string, added: string) => string;
  readonly guarantees: string;
  readonly guaranteeColumns: readonly [string, string, string, string];
  /** The guarantees' total, contingent: never subtracted from the net worth. */
  readonly guaranteesTotal: (total: string) => string;
  readonly creditReport: {
    readonly heading: string;
    readonly date: (date: string) => string;
    readonly columns: readonly [string, string, string];
    readonly kinds: { readonly loan: string; readonly 'credit-card': string };
    readonly total: string;
    readonly none: string;
    /** The overdue record, the queries and the guarantees: null when the officer did not record it. */
    readonly overdue: (count: number | null, worstDays: number | null) => string;
    readonly queries: (count: number | null) => string;
    readonly guarantees: (total: string | null) => string;
  };
}
