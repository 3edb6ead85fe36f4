/** household-balance: texts (en). */
import type { FamilyAssetKind, FamilyLiabilityKind } from '../../../profile/household.js';
import type { AssetUnfundedParams, DebtServiceMissingParams, GuaranteesParams, PurchaseUnmatchedParams } from '../../../rules/household-balance/index.js';
import type { CheckTexts } from '../../types.js';
import { money, times } from '../../format.js';

const ASSETS: Readonly<Record<FamilyAssetKind, string>> = {
  property: 'property',
  vehicle: 'vehicle',
  deposit: 'deposit',
  investment: 'investment',
  receivable: 'loan made to others',
  other: 'asset',
};
const DEBTS: Readonly<Record<FamilyLiabilityKind, string>> = {
  mortgage: 'mortgage',
  'vehicle-loan': 'car loan',
  consumer: 'consumer loan',
  'credit-card': 'credit-card debt',
  private: 'private debt',
  other: 'debt',
};
const PURCHASES = { house: 'a house', vehicle: 'a vehicle', equipment: 'equipment', other: 'an asset' } as const;

export const householdBalance: CheckTexts = {
  title: "The household's assets, debts and guarantees",
  labels: {
    purchase: 'purchase in the history',
    familyAssetsOfKind: 'family assets of that kind',
    familyAsset: 'family asset',
    largeItemMinimum: 'smallest amount looked at',
    householdDebt: 'household debt',
    guaranteesGiven: 'guarantees given',
    businessEquity: 'business equity',
    householdNetWorth: 'household net worth',
  },
  findings: {
    HOUSEHOLD_PURCHASE_UNMATCHED: (f) => {
      const p = f.params as unknown as PurchaseUnmatchedParams;
      return {
        title: 'A purchase in the history with no family asset',
        message: `The history records ${PURCHASES[p.asset]} bought on ${p.date} for ${money(p.amount)}, but no family ${ASSETS[p.assetKind]} is left to match it (${p.assetsOfKind} listed).`,
        formula: 'each history purchase of a house or a vehicle should match a family asset of that kind (acquired within a year of it)',
        computation: `history purchase ${money(p.amount)} on ${p.date}; unmatched family assets of kind ${p.assetKind}: 0`,
        evidence: [`the ${ASSETS[p.assetKind]}'s ownership papers (产权证, 行驶证), or the sale contract if it was sold`, 'bank statements around the purchase date'],
        questions: [`What became of the ${p.asset === 'house' ? 'house' : 'vehicle'} bought in ${p.date.slice(0, 4)}? Whose name is it in?`, 'Was it sold? Where did the money go?'],
      };
    },
    HOUSEHOLD_ASSET_UNFUNDED: (f) => {
      const p = f.params as unknown as AssetUnfundedParams;
      const since = p.acquiredDate === null ? '' : ` acquired on ${p.acquiredDate}`;
      return {
        title: 'A family asset with no source of funds',
        message: `The family's ${ASSETS[p.kind]}${p.description === null ? '' : ` (${p.description})`}${since}, worth ${money(p.value)}, has no source of funds: no purchase in the history, no loan and no funding source stated.`,
        formula: 'a family asset ≥ policy.householdBalance.largeItemMinimum needs a funding source, a history purchase or a household debt of its kind',
        computation: `${ASSETS[p.kind]} ${money(p.value)}: funding source none, history purchase none, household debt of its kind none`,
        evidence: ['the purchase contract and the payment record', 'the mortgage or loan contract if it was financed', 'the credit report (征信报告)'],
        questions: [`How was the ${ASSETS[p.kind]} paid for? Who lent money towards it?`, 'When was it bought, and for how much?'],
      };
    },
    HOUSEHOLD_DEBT_SERVICE_MISSING: (f) => {
      const p = f.params as unknown as DebtServiceMissingParams;
      return {
        title: 'Household debt service missing from the capacity',
        message:
          p.reason === 'no-instalment'
            ? `The household's ${DEBTS[p.kind]} with ${p.lender} (balance ${money(p.balance)}) has no monthly instalment: the capacity counts nothing for it, so the surplus is overstated.`
            : `The household's ${DEBTS[p.kind]} with ${p.lender} (balance ${money(p.balance)}) is marked as listed in the loans, but no loan names that lender: its instalment is in neither list, so the surplus is overstated.`,
        formula: 'disposable surplus = business profit + other income − household expenses − (loan instalments + household debt instalments)',
        computation:
          p.reason === 'no-instalment'
            ? `${p.lender}: balance ${money(p.balance)}, monthly instalment not given (counted 0)`
            : `${p.lender}: marked inLoans, no loan in loans[] with that lender (counted 0)`,
        evidence: ['the loan contract and its repayment schedule', 'bank statements showing the monthly repayments', 'the credit report (征信报告)'],
        questions: [`How much do you pay ${p.lender} each month, and until when?`, 'Who in the family pays it, and from which account?'],
      };
    },
    GUARANTEES_EXCEED_NET_WORTH: (f) => {
      const p = f.params as unknown as GuaranteesParams & { limit: string; undefined: boolean };
      const source = p.source === 'credit-report' ? 'the credit report' : 'declared';
      return {
        title: 'Guarantees given high against the family net worth',
        message: p.undefined
          ? `The family has given guarantees of ${money(p.guarantees)} (${source}) while its total net worth is ${money(p.familyNetWorth)}: nothing stands behind them.`
          : `Guarantees given for others of ${money(p.guarantees)} (${source}) are ${times(f.observed)} times the family's total net worth of ${money(p.familyNetWorth)}, above ${p.limit}.`,
        formula: 'guarantees given / (business equity + household net worth); must be ≤ policy.householdBalance.guaranteesToNetWorth.max',
        computation: p.undefined
          ? `${money(p.guarantees)} / (${money(p.businessEquity)} + ${money(p.householdNetWorth)}): the net worth is not positive`
          : `${money(p.guarantees)} / (${money(p.businessEquity)} + ${money(p.householdNetWorth)}) = ${times(f.observed)} > ${p.limit}`,
        evidence: ['each guarantee contract (担保合同) with its amount and maturity', "the guaranteed borrowers' credit reports and how their loans stand", 'the credit report (征信报告): guarantees section'],
        questions: [
          'For whom have you guaranteed loans, and do they guarantee yours in turn?',
          'How are those borrowers doing? Has any of them been late?',
          'What would you do if the bank asked you to repay one of them?',
        ],
      };
    },
  },
  skips: { 'no-household-balance': () => "the profile lists no household assets, debts or guarantees" },
};
