/**
 * The memo's guarantors, collateral and soft-information sections (src/report/markdown-guarantors.ts,
 * src/html/guarantors.ts): headings, columns and the words for each enum of the profile (docs/profile.md).
 */
export interface GuaranteesMemoTexts {
  readonly guarantorsHeading: string;
  readonly collateralHeading: string;
  readonly softHeading: string;
  readonly guarantorColumns: {
    readonly name: string;
    readonly relation: string;
    readonly amount: string;
    readonly netWorth: string;
    readonly monthlyIncome: string;
    readonly ownLoans: string;
    readonly guaranteesGiven: string;
    readonly mutual: string;
  };
  readonly collateralColumns: {
    readonly description: string;
    readonly kind: string;
    readonly value: string;
    readonly appraisedBy: string;
    readonly secured: string;
    readonly priorLiens: string;
    readonly loanToValue: string;
    readonly lien: string;
    readonly insured: string;
  };
  readonly softColumns: { readonly topic: string; readonly source: string; readonly assessment: string; readonly concerns: string; readonly note: string };
  /** Words for the profile's enums: relations, kinds of collateral, appraisers, topics, sources, assessments, concerns, standings. */
  readonly words: Readonly<Record<string, string>>;
  readonly yes: string;
  readonly no: string;
  /** A guaranteed amount that defaulted to the request (already grouped). */
  readonly requested: (amount: string) => string;
  /** The applicant guarantees the guarantor in turn, for an amount (already grouped) or an unknown one (null). */
  readonly mutual: (amount: string | null) => string;
  /** Notes beside a guarantor's or an item's row: the guarantor's business, the owner of the collateral (applicant text, escaped by the caller). */
  readonly guarantorNote: (name: string, note: string) => string;
  /** The family line: spouse (null: not recorded), spouse in the business, dependants (null: not recorded), standing in the trade (already in words, or null). */
  readonly family: (f: { readonly spouse: boolean | null; readonly spouseInBusiness: boolean | null; readonly dependants: number | null; readonly standing: string | null }) => string;
  readonly noItems: string;
  /** How soft information acts on the outcome (said once under the section). */
  readonly effect: string;
}
