/** hidden-debt: texts (en). */
import type { PurchasedAsset } from '../../../profile/schema.js';
import type { HiddenDebtParams, HiddenDebtSignal, PurchaseSignal } from '../../../rules/hidden-debt/index.js';
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';

/** Kinds of purchased assets: with their article (`a house`) and without (`the house`). */
const ASSETS: Readonly<Record<PurchasedAsset, { readonly a: string; readonly noun: string }>> = {
  house: { a: 'a house', noun: 'house' },
  vehicle: { a: 'a vehicle', noun: 'vehicle' },
  equipment: { a: 'equipment', noun: 'equipment' },
  other: { a: 'an asset', noun: 'asset' },
};

const what = (p: PurchaseSignal) => (p.asset === null ? { a: p.name ?? '', noun: p.name ?? '' } : ASSETS[p.asset]);

/** One text per key, in order of first appearance (two signals asking the same thing ask it once). */
function unique(items: readonly (readonly [string, string])[]): string[] {
  return [...new Map(items).values()];
}

const unsigned = (s: string) => money(s.replace(/^-/, ''));

function computation(s: HiddenDebtSignal, t: HiddenDebtParams['threshold']): string {
  if (s.signal === 'equity-gap')
    return (
      `equity gap ${money(s.balanceSheetEquity)} − ${money(s.expectedEquity)} = ${money(s.gap)}` +
      (s.relative === null ? '' : `; ${money(s.gap)} / ${money(s.denominatorAmount)} = ${signedPercent(s.relative)}, beyond −${s.tolerancePercent}%`)
    );
  if (s.signal === 'unfunded-purchase')
    return `${s.path} ${what(s).a} ${money(s.amount)} on ${s.date} ≥ max(${money(t.floor)}, ${t.share} × ${money(t.annualProfit)}) = ${money(t.amount)}, no funding source stated`;
  return `history[${s.event}] borrowed ${money(s.borrowed)} from ${s.lender ?? 'an unnamed lender'} on ${s.date}, no repaidDate, no matching loan in loans[]`;
}

function message(s: HiddenDebtSignal): string {
  if (s.signal === 'equity-gap') return `the balance sheet holds ${unsigned(s.gap)} less equity than the history since ${s.periodStart} explains`;
  if (s.signal === 'unfunded-purchase') return `${what(s).a} bought on ${s.date} for ${money(s.amount)} with no stated source of funds`;
  return `${money(s.borrowed)} borrowed from ${s.lender ?? 'an unnamed lender'} on ${s.date} is neither marked repaid nor among the loans`;
}

/** [key, text]: the key is the same in every language, so both lists drop the same repeats. */
function question(s: HiddenDebtSignal): readonly [string, string] {
  if (s.signal === 'equity-gap') return ['equity-gap', 'Besides the bank, who else have you borrowed from over the years?'];
  const year = s.date.slice(0, 4);
  if (s.signal === 'unfunded-purchase') return [`purchase:${s.asset ?? `name:${s.name}`}:${year}`, `How was the ${what(s).noun} bought in ${year} paid for?`];
  return [`loan:${year}`, `What happened to the money borrowed in ${year}? How is it being repaid?`];
}

function evidence(s: HiddenDebtSignal): readonly [string, string] {
  if (s.signal === 'equity-gap') return ['equity-gap', 'bank statements for regular repayments to private persons'];
  if (s.signal === 'unfunded-purchase') return [`purchase:${s.asset ?? `name:${s.name}`}`, `purchase contract and payment records for ${what(s).a}; mortgage or loan papers if any`];
  return ['loan', "the IOU or loan contract, and the lender's confirmation of what is still owed"];
}

export const hiddenDebt: CheckTexts = {
  title: 'Signs of debt missing from the balance sheet',
  labels: {
    purchase: 'large purchase',
    borrowed: 'borrowed, not repaid',
    liabilities: 'total liabilities',
    equityGap: 'equity gap',
    equityTolerance: 'equity tolerance',
    largePurchaseThreshold: 'large-purchase threshold',
    annualBusinessProfit: 'annual business profit',
  },
  skips: {
    'nothing-to-search': () => 'no equity reconciliation, no history and no fixed assets: nothing to look for hidden debt in',
  },
  findings: {
    HIDDEN_DEBT_SUSPECTED: (f) => {
      const p = f.params as unknown as HiddenDebtParams;
      return {
        formula:
          'signals: equity gap < 0 beyond policy.equity.tolerance; purchase ≥ max(largePurchaseMinimum, largePurchaseShareOfProfit × |annual business profit|) without fundingSource; ' +
          'borrowed part in the history without repaidDate and without a matching loan',
        computation: p.signals.map((s) => computation(s, p.threshold)).join('; '),
        evidence: [...unique(p.signals.map(evidence)), "the applicant's credit report (征信报告), for loans and guarantees not declared"],
        questions: unique(p.signals.map(question)),
        message: `Debt may be missing from the balance sheet (liabilities ${money(f.observed)}): ${p.signals.map(message).join('; ')}.`,
      };
    },
  },
};
