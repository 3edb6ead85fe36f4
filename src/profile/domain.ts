/**
 * The profile as the stages read it (docs/profile.md, "From input to figures"): converted once, right after
 * validation, so that every amount, quantity, ratio and rate is already an exact Decimal and every date a
 * calendar date. Statements, the talking-habit adjustment, equity, capacity, the checks and the monitor read
 * this object and never parse a string of the profile again.
 *
 * The zod schemas (./schema.ts and its parts) stay the input contract: they validate decimal strings or numbers
 * and ISO dates and keep them as they came. `toProfileData` is the one step between the two. Its types follow
 * the schemas' output types: `Exact<T>` turns every amount (a field zod gives as `string | number`) into a
 * Decimal, and the date fields, named below, become `CalendarDate`s; everything else (text, counts, enums,
 * evidence) is left as parsed.
 */
import { type CalendarDate, mustParseIsoDate } from '../dates/index.js';
import { type Dec, toDecimal } from '../money/index.js';
import type { Owner, Premises } from './evidence.js';
import type { Consumable, Operations, Product, SalesEstimates } from './observations.js';
import type { RelationshipProfile } from './relationship.js';
import { type CreditReportData, creditReportData, type HouseholdBalanceData, householdData } from './household.js';
import { guaranteeData } from './guarantors.js';
import type { FixedAsset, HistoryEvent, Loan, LoanRequest, Profile } from './schema.js';

/** How an amount comes out of validation: a decimal string or a finite number. */
type Amount = string | number;

/**
 * A validated value with every amount (`string | number`) as a Decimal, deeply; text, counts and enums as they
 * are. `[Amount] extends [T]` holds only for a field that accepts both forms, i.e. an amount (a text field is
 * `string`, a count `number`).
 */
export type Exact<T> = [Amount] extends [NonNullable<T>]
  ? Dec | Exclude<T, Amount>
  : T extends readonly (infer U)[]
    ? readonly Exact<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Exact<T[K]> }
      : T;

/** `Exact<T>` with the fields `K` (ISO dates in the input) as calendar dates; an optional one stays optional. */
export type Dated<T, K extends keyof T> = Omit<Exact<T>, K> & {
  readonly [P in keyof Pick<T, K>]: CalendarDate | Extract<T[P], undefined>;
};

export type BusinessData = Dated<Profile['business'], 'startDate'>;
export type FixedAssetData = Dated<FixedAsset, 'purchaseDate'>;
export type LoanData = Dated<Loan, 'startDate' | 'maturityDate'>;
export type HistoryEventData = Dated<HistoryEvent, 'date' | 'repaidDate'>;
export type OpeningEquityData = Dated<NonNullable<Profile['openingEquity']>, 'date'>;
export type LoanRequestData = Dated<LoanRequest, 'disbursementDate'>;
export type PremisesData = Dated<Premises, 'visitDate'>;
export type OwnerData = Dated<Owner, 'workStartDate'>;
export type SalesEstimatesData = Exact<SalesEstimates>;
export type ProductData = Exact<Product>;
export type OperationsData = Exact<Operations>;
export type ConsumableData = Exact<Consumable>;
export type RelationshipProfileData = Exact<RelationshipProfile>;

type DatedSections = 'analysisDate' | 'business' | 'fixedAssets' | 'loans' | 'history' | 'openingEquity' | 'loanRequest' | 'premises' | 'owner' | 'household' | 'creditReport';

/** The validated profile with exact numbers and calendar dates: what every stage of the analysis reads. */
export interface ProfileData extends Omit<Exact<Profile>, DatedSections> {
  readonly analysisDate: CalendarDate;
  readonly business: BusinessData;
  readonly fixedAssets?: readonly FixedAssetData[];
  readonly loans?: readonly LoanData[];
  readonly history?: readonly HistoryEventData[];
  readonly openingEquity?: OpeningEquityData;
  readonly loanRequest?: LoanRequestData;
  readonly premises?: PremisesData;
  readonly owner?: OwnerData;
  readonly household?: Omit<Exact<NonNullable<Profile['household']>>, keyof HouseholdBalanceData> & HouseholdBalanceData;
  readonly creditReport?: CreditReportData;
}

const dec = toDecimal;
const optDec = (v: Amount | undefined): Dec | undefined => (v === undefined ? undefined : toDecimal(v));
const optDate = (v: string | undefined): CalendarDate | undefined => (v === undefined ? undefined : mustParseIsoDate(v));

/**
 * Converts a profile the schema has validated (amounts as decimal strings or numbers, dates as ISO strings) into
 * the profile the stages read: one Decimal per amount, one calendar date per date, each made here and nowhere
 * else. A JSON number goes through its shortest string (`toDecimal`): 0.1 stays 0.1. Never mutates `p`.
 *
 * @throws RangeError only for a profile the schema did not validate (a malformed amount or date).
 */
export function toProfileData(p: Profile): ProfileData {
  const b = p.balances;
  const oc = p.operatingCosts;
  return {
    ...p,
    analysisDate: mustParseIsoDate(p.analysisDate),
    business: { ...p.business, startDate: mustParseIsoDate(p.business.startDate) },
    sales: {
      ...p.sales,
      annual: optDec(p.sales.annual),
      monthly: p.sales.monthly?.map(dec),
      creditShare: optDec(p.sales.creditShare),
    },
    settlement: p.settlement && { ...p.settlement, creditPurchaseShare: optDec(p.settlement.creditPurchaseShare) },
    purchases: p.purchases && { annual: dec(p.purchases.annual), monthly: p.purchases.monthly?.map(dec) },
    grossMargin: optDec(p.grossMargin),
    operatingCosts: oc && {
      wages: optDec(oc.wages),
      rent: optDec(oc.rent),
      utilities: optDec(oc.utilities),
      transport: optDec(oc.transport),
      taxes: optDec(oc.taxes),
      other: optDec(oc.other),
    },
    balances: b && {
      cash: optDec(b.cash),
      bank: optDec(b.bank),
      receivables: optDec(b.receivables),
      inventory: optDec(b.inventory),
      prepayments: optDec(b.prepayments),
      otherAssets: optDec(b.otherAssets),
      payables: optDec(b.payables),
      advancesReceived: optDec(b.advancesReceived),
      otherLiabilities: optDec(b.otherLiabilities),
    },
    inventoryCount: p.inventoryCount?.map((l) => ({ ...l, quantity: dec(l.quantity), unitCost: dec(l.unitCost), margin: optDec(l.margin) })),
    fixedAssets: p.fixedAssets?.map((a) => ({
      ...a,
      purchaseDate: mustParseIsoDate(a.purchaseDate),
      cost: dec(a.cost),
      salvageValue: optDec(a.salvageValue),
      appraisedValue: optDec(a.appraisedValue),
    })),
    loans: p.loans?.map((l) => ({
      ...l,
      balance: dec(l.balance),
      monthlyInstalment: optDec(l.monthlyInstalment),
      startDate: optDate(l.startDate),
      maturityDate: optDate(l.maturityDate),
    })),
    household: p.household && {
      ...p.household,
      monthlyExpenses: dec(p.household.monthlyExpenses),
      otherMonthlyIncome: optDec(p.household.otherMonthlyIncome),
      ...householdData(p.household),
    },
    history: p.history?.map((e) => ({
      ...e,
      date: mustParseIsoDate(e.date),
      amount: dec(e.amount),
      borrowed: optDec(e.borrowed),
      repaidDate: optDate(e.repaidDate),
    })),
    openingEquity: p.openingEquity && { date: mustParseIsoDate(p.openingEquity.date), amount: dec(p.openingEquity.amount) },
    loanRequest: p.loanRequest && {
      ...p.loanRequest,
      amount: dec(p.loanRequest.amount),
      monthlyRate: dec(p.loanRequest.monthlyRate),
      disbursementDate: optDate(p.loanRequest.disbursementDate),
    },
    premises: p.premises && { ...p.premises, visitDate: optDate(p.premises.visitDate) },
    owner: p.owner && {
      ...p.owner,
      workStartDate: optDate(p.owner.workStartDate),
      monthlyIncome: optDec(p.owner.monthlyIncome),
      monthlySavings: optDec(p.owner.monthlySavings),
      familySupport: optDec(p.owner.familySupport),
    },
    salesEstimates: p.salesEstimates && salesEstimatesData(p.salesEstimates),
    products: p.products?.map((x) => ({ ...x, price: dec(x.price), cost: dec(x.cost), shareOfSales: dec(x.shareOfSales) })),
    operations: p.operations && operationsData(p.operations),
    stock: p.stock && { ...p.stock, unsaleable: optDec(p.stock.unsaleable) },
    relationship: p.relationship && relationshipData(p.relationship),
    creditReport: p.creditReport && creditReportData(p.creditReport),
    ...guaranteeData(p),
  };
}

function salesEstimatesData(e: SalesEstimates): SalesEstimatesData {
  const { bankInflows: bank, till, pieceRate, commissions } = e;
  return {
    ...e,
    bankInflows: bank && {
      ...bank,
      monthlyAverage: dec(bank.monthlyAverage),
      nonSales: optDec(bank.nonSales),
      cashShare: optDec(bank.cashShare),
    },
    sampledMonth: e.sampledMonth && { ...e.sampledMonth, amount: dec(e.sampledMonth.amount) },
    dailySales: e.dailySales && { ...e.dailySales, averageDaily: dec(e.dailySales.averageDaily) },
    till: till && {
      ...till,
      cash: dec(till.cash),
      openingFloat: optDec(till.openingFloat),
      hoursOpenSoFar: dec(till.hoursOpenSoFar),
      hoursPerDay: dec(till.hoursPerDay),
      cashShare: optDec(till.cashShare),
    },
    pieceRate: pieceRate && {
      monthlyWageBill: dec(pieceRate.monthlyWageBill),
      ratePerUnit: dec(pieceRate.ratePerUnit),
      unitPrice: dec(pieceRate.unitPrice),
    },
    commissions: commissions && { monthly: dec(commissions.monthly), rate: dec(commissions.rate) },
    twelveMonthAverage: e.twelveMonthAverage && { ...e.twelveMonthAverage, monthlyAverage: dec(e.twelveMonthAverage.monthlyAverage) },
  };
}

function operationsData(o: Operations): OperationsData {
  const el = o.electricity;
  return {
    ...o,
    declaredUnitsPerMonth: optDec(o.declaredUnitsPerMonth),
    averageUnitPrice: optDec(o.averageUnitPrice),
    outputPerWorkerDay: optDec(o.outputPerWorkerDay),
    overtimeDaysPerMonth: optDec(o.overtimeDaysPerMonth),
    electricity: el && { kWhPerMonth: dec(el.kWhPerMonth), kWhPerUnit: dec(el.kWhPerUnit), baseLoadKWh: optDec(el.baseLoadKWh) },
    consumables: o.consumables?.map((c) => ({ ...c, quantityPerMonth: dec(c.quantityPerMonth), perUnitOfOutput: dec(c.perUnitOfOutput) })),
  };
}

function relationshipData(r: RelationshipProfile): RelationshipProfileData {
  const cd = r.compensatingDeposit;
  return {
    ...r,
    bankSettledShare: optDec(r.bankSettledShare),
    compensatingDeposit: cd && { share: dec(cd.share), annualRate: optDec(cd.annualRate) },
    stressSalesDecline: optDec(r.stressSalesDecline),
  };
}
