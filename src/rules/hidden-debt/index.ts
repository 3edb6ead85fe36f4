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
 */
import { type Dec, D, formatMoney, groupMoney, toDecimal } from '../../money/index.js';
import type { HistoryEvent, Loan, PurchasedAsset } from '../../profile/schema.js';
import { writeFlag, dedupeBilingual, maxSeverity, moneyInput, ratioInput, severityFor, signedPercent, skipped } from '../legacy.js';
import type { Bilingual, Flag, FlagInput, Rule, Severity } from '../legacy.js';

const title = { en: 'Signs of debt missing from the balance sheet', zh: '疑有表外负债' };

interface Signal {
  readonly severity: Severity;
  readonly computation: string;
  readonly message: Bilingual;
  readonly questions: readonly Bilingual[];
  readonly evidence: readonly Bilingual[];
}

const ASSET_LABELS: Readonly<Record<PurchasedAsset, Bilingual>> = {
  house: { en: 'a house', zh: '房产' },
  vehicle: { en: 'a vehicle', zh: '车辆' },
  equipment: { en: 'equipment', zh: '设备' },
  other: { en: 'an asset', zh: '资产' },
};

const norm = (s: string) => s.trim().toLowerCase();

/** A loan in the liabilities that a borrowing named in the history refers to. */
function findLoan(loans: readonly Loan[], lender: string | undefined): Loan | undefined {
  if (lender === undefined) return undefined;
  const name = norm(lender);
  return loans.find((l) => toDecimal(l.balance).gt(0) && (norm(l.lender).includes(name) || name.includes(norm(l.lender))));
}

export const hiddenDebtRule: Rule = {
  id: 'hidden-debt',
  codes: ['HIDDEN_DEBT_SUSPECTED'],
  title,
  check({ profile, policy, statements, equity }) {
    const history = profile.history ?? [];
    const fixedAssets = profile.fixedAssets ?? [];
    if (equity.status === 'skipped' && history.length === 0 && fixedAssets.length === 0)
      return skipped([...equity.missing, 'history', 'fixedAssets'], {
        en: 'no equity reconciliation, no history and no fixed assets: nothing to look for hidden debt in',
        zh: '无权益交叉检验、无经营履历、无固定资产：无从查找表外负债',
      });

    const signals: Signal[] = [];
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
          inputs.push(moneyInput('equityGap', 'equity.gap', r.gap), ratioInput('equityTolerance', 'policy.equity.tolerance', toDecimal(policy.equity.tolerance)));
          signals.push({
            severity,
            computation:
              `equity gap ${groupMoney(r.balanceSheetEquity)} − ${groupMoney(r.expectedEquity)} = ${groupMoney(r.gap)}` +
              (relative === null ? '' : `; ${groupMoney(r.gap)} / ${groupMoney(denominator.abs())} = ${signedPercent(relative)}, beyond −${toDecimal(policy.equity.tolerance).times(100).toFixed()}%`),
            message: {
              en: `the balance sheet holds ${groupMoney(r.gap.abs())} less equity than the history since ${r.periodStart} explains`,
              zh: `表内权益比 ${r.periodStart} 以来的经营履历推算少 ${groupMoney(r.gap.abs())}`,
            },
            questions: [{ en: 'Besides the bank, who else have you borrowed from over the years?', zh: '这些年除了银行，还向谁借过钱？' }],
            evidence: [{ en: 'bank statements for regular repayments to private persons', zh: '银行流水中定期向个人的还款' }],
          });
        }
      }
    }

    // 2. Large purchases without a stated source of funds.
    const annualProfit = statements.incomeStatement.annual.businessProfit;
    const share = toDecimal(policy.hiddenDebt.largePurchaseShareOfProfit);
    const floor = toDecimal(policy.hiddenDebt.largePurchaseMinimum);
    const threshold = D.max(floor, share.times(annualProfit.abs()));
    const thresholdText = `max(${groupMoney(floor)}, ${share.toFixed()} × ${groupMoney(annualProfit.abs())}) = ${groupMoney(threshold)}`;
    const purchases: { path: string; what: Bilingual; amount: Dec; date: string }[] = [];
    history.forEach((e: HistoryEvent, i) => {
      if (e.asset === undefined || e.fundingSource !== undefined || e.borrowed !== undefined) return;
      const amount = toDecimal(e.amount).abs();
      if (amount.gte(threshold)) purchases.push({ path: `history[${i}]`, what: ASSET_LABELS[e.asset], amount, date: e.date });
    });
    fixedAssets.forEach((a, i) => {
      const cost = toDecimal(a.cost);
      if (a.fundingSource === undefined && cost.gte(threshold))
        purchases.push({ path: `fixedAssets[${i}]`, what: { en: a.name, zh: a.name }, amount: cost, date: a.purchaseDate });
    });
    if (history.some((e) => e.asset !== undefined) || fixedAssets.length > 0)
      inputs.push(moneyInput('largePurchaseThreshold', 'policy.hiddenDebt', threshold), moneyInput('annualBusinessProfit', 'incomeStatement.annual.businessProfit', annualProfit));
    for (const p of purchases) {
      inputs.push(moneyInput(p.path, p.path, p.amount));
      signals.push({
        severity: policy.hiddenDebt.unfundedPurchase,
        computation: `${p.path} ${p.what.en} ${groupMoney(p.amount)} on ${p.date} ≥ ${thresholdText}, no funding source stated`,
        message: {
          en: `${p.what.en} bought on ${p.date} for ${groupMoney(p.amount)} with no stated source of funds`,
          zh: `${p.date} 购置${p.what.zh} ${groupMoney(p.amount)}，未说明资金来源`,
        },
        questions: [{ en: `How was the ${p.what.en} bought in ${p.date.slice(0, 4)} paid for?`, zh: `${p.date.slice(0, 4)} 年买${p.what.zh}的钱是怎么付的？` }],
        evidence: [{ en: `purchase contract and payment records for ${p.what.en}; mortgage or loan papers if any`, zh: `${p.what.zh}的购买合同和付款记录；如有按揭或借款，相关合同` }],
      });
    }

    // 3. Borrowings named in the history, not repaid, and absent from the liabilities.
    const loans = profile.loans ?? [];
    history.forEach((e, i) => {
      const borrowed = toDecimal(e.borrowed ?? 0);
      if (!borrowed.gt(0) || e.repaidDate !== undefined || findLoan(loans, e.lender) !== undefined) return;
      const from = e.lender ?? 'an unnamed lender';
      inputs.push(moneyInput(`history[${i}].borrowed`, `history[${i}].borrowed`, borrowed));
      signals.push({
        severity: policy.hiddenDebt.missingLoan,
        computation: `history[${i}] borrowed ${groupMoney(borrowed)} from ${from} on ${e.date}, no repaidDate, no matching loan in loans[]`,
        message: {
          en: `${groupMoney(borrowed)} borrowed from ${from} on ${e.date} is neither marked repaid nor among the loans`,
          zh: `${e.date} 向${e.lender ?? '未写明的出借人'}借的 ${groupMoney(borrowed)} 既未标明已还清，也不在负债中`,
        },
        questions: [{ en: `What happened to the money borrowed in ${e.date.slice(0, 4)}? How is it being repaid?`, zh: `${e.date.slice(0, 4)} 年借的那笔钱后来怎么样了？是怎么还的？` }],
        evidence: [{ en: 'the IOU or loan contract, and the lender\'s confirmation of what is still owed', zh: '借条或借款合同，并向出借人核实尚欠金额' }],
      });
    });

    const severity = maxSeverity(signals.map((s) => s.severity));
    if (severity === null) return { status: 'ran', flags: [] };
    const liabilities = statements.balanceSheet.liabilities.total;
    const flag: Flag = writeFlag({ code: 'HIDDEN_DEBT_SUSPECTED', severity, ruleId: 'hidden-debt', title, unit: 'CNY' }, () => ({
      observed: formatMoney(liabilities),
      expected: null,
      range: null,
      deviation: null,
      formula:
        'signals: equity gap < 0 beyond policy.equity.tolerance; purchase ≥ max(largePurchaseMinimum, largePurchaseShareOfProfit × |annual business profit|) without fundingSource; ' +
        'borrowed part in the history without repaidDate and without a matching loan',
      computation: signals.map((s) => s.computation).join('; '),
      inputs: [moneyInput('liabilities', 'balanceSheet.liabilities.total', liabilities), ...inputs],
      evidence: [
        ...dedupeBilingual(signals.flatMap((s) => s.evidence)),
        { en: "the applicant's credit report (征信报告), for loans and guarantees not declared", zh: '客户征信报告，查未申报的贷款和担保' },
      ],
      questions: dedupeBilingual(signals.flatMap((s) => s.questions)),
      message: {
        en: `Debt may be missing from the balance sheet (liabilities ${groupMoney(liabilities)}): ${signals.map((s) => s.message.en).join('; ')}.`,
        zh: `可能有未列入资产负债表的负债（表内负债 ${groupMoney(liabilities)}）：${signals.map((s) => s.message.zh).join('；')}。`,
      },
    }));
    return { status: 'ran', flags: [flag] };
  },
};
