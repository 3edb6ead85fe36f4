/**
 * The report's guarantors, collateral and soft information (docs/profile.md "Guarantors and collateral"): what
 * the profile said, with exact amounts written as decimal strings, the amount each guarantor and each item
 * secures (defaulting to the request) and each item's loan-to-value. Null when the profile has none.
 */
import { formatMoney, formatRatio, type RoundingMode, ZERO } from '../money/index.js';
import type { ProfileData } from '../profile/domain.js';

export interface GuarantorJson {
  readonly name: string;
  readonly partyId: string | null;
  readonly relation: string;
  /** The amount guaranteed (the request when the profile did not say; then `amountDefaulted`). */
  readonly amount: string;
  readonly amountDefaulted: boolean;
  readonly business: string | null;
  readonly monthlyIncome: string | null;
  readonly netWorth: string | null;
  readonly ownLoans: string | null;
  readonly guaranteesGiven: string | null;
  readonly guaranteedByApplicant: boolean;
  readonly guaranteedByApplicantAmount: string | null;
  readonly note: string | null;
}

export interface CollateralJson {
  readonly kind: string;
  readonly description: string;
  readonly appraisedValue: string;
  readonly appraisedBy: string;
  readonly appraisalDate: string | null;
  readonly securedAmount: string;
  readonly securedAmountDefaulted: boolean;
  readonly priorLiens: string;
  /** (secured + prior liens) ÷ appraised value, four places; null when the value is 0. */
  readonly loanToValue: string | null;
  readonly lienRegistered: boolean;
  readonly insured: boolean | null;
  readonly owner: string | null;
}

export interface SoftItemJson {
  readonly topic: string;
  readonly source: string;
  readonly assessment: string | null;
  readonly concerns: readonly string[];
  readonly note: string | null;
}

export interface SoftInformationJson {
  readonly spouse: boolean | null;
  readonly spouseInBusiness: boolean | null;
  readonly dependants: number | null;
  readonly tradeStanding: string | null;
  readonly items: readonly SoftItemJson[];
}

/** The three report fields, null each when the profile has none. */
export function serializeGuarantees(profile: ProfileData, mode: RoundingMode) {
  const request = profile.loanRequest?.amount ?? ZERO;
  const m = (v: Parameters<typeof formatMoney>[0] | undefined) => (v === undefined ? null : formatMoney(v, mode));
  const guarantors: GuarantorJson[] | null =
    profile.guarantors?.map((g) => ({
      name: g.name,
      partyId: g.partyId ?? null,
      relation: g.relation,
      amount: formatMoney(g.amount ?? request, mode),
      amountDefaulted: g.amount === undefined,
      business: g.business ?? null,
      monthlyIncome: m(g.monthlyIncome),
      netWorth: m(g.netWorth),
      ownLoans: m(g.ownLoans),
      guaranteesGiven: m(g.guaranteesGiven),
      guaranteedByApplicant: g.guaranteedByApplicant === true,
      guaranteedByApplicantAmount: m(g.guaranteedByApplicantAmount),
      note: g.note ?? null,
    })) ?? null;
  const collateral: CollateralJson[] | null =
    profile.collateral?.map((c) => {
      const secured = c.securedAmount ?? request;
      const prior = c.priorLiens ?? ZERO;
      return {
        kind: c.kind,
        description: c.description,
        appraisedValue: formatMoney(c.appraisedValue, mode),
        appraisedBy: c.appraisedBy,
        appraisalDate: c.appraisalDate ?? null,
        securedAmount: formatMoney(secured, mode),
        securedAmountDefaulted: c.securedAmount === undefined,
        priorLiens: formatMoney(prior, mode),
        loanToValue: c.appraisedValue.isZero() ? null : formatRatio(secured.plus(prior).div(c.appraisedValue)),
        lienRegistered: c.lienRegistered,
        insured: c.insured ?? null,
        owner: c.owner ?? null,
      };
    }) ?? null;
  const s = profile.softInformation;
  const softInformation: SoftInformationJson | null =
    s === undefined
      ? null
      : {
          spouse: s.spouse ?? null,
          spouseInBusiness: s.spouseInBusiness ?? null,
          dependants: s.dependants ?? null,
          tradeStanding: s.tradeStanding ?? null,
          items: (s.items ?? []).map((i) => ({ topic: i.topic, source: i.source, assessment: i.assessment ?? null, concerns: [...(i.concerns ?? [])], note: i.note ?? null })),
        };
  return { guarantors, collateral, softInformation };
}
