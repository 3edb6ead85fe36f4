/** hidden-debt：文字（中文）。 */
import type { PurchasedAsset } from '../../../profile/schema.js';
import type { HiddenDebtParams, HiddenDebtSignal, PurchaseSignal } from '../../../rules/hidden-debt/index.js';
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';

const ASSETS: Readonly<Record<PurchasedAsset, string>> = { house: '房产', vehicle: '车辆', equipment: '设备', other: '资产' };

const what = (p: PurchaseSignal) => (p.asset === null ? (p.name ?? '') : ASSETS[p.asset]);

/** 一个键一条文字，按首次出现的顺序（几个信号问同一件事只问一次）。 */
function unique(items: readonly (readonly [string, string])[]): string[] {
  return [...new Map(items).values()];
}

const unsigned = (s: string) => money(s.replace(/^-/, ''));

/** `history[6]` → `经营履历第 7 项`，`fixedAssets[1]` → `固定资产第 2 项`。 */
function place(path: string): string {
  const m = /^(history|fixedAssets)\[(\d+)\]$/.exec(path);
  if (m === null) return path;
  return `${m[1] === 'history' ? '经营履历' : '固定资产'}第 ${Number(m[2]) + 1} 项`;
}

const lenderOf = (lender: string | null) => lender ?? '未写明的出借人';

function computation(s: HiddenDebtSignal, t: HiddenDebtParams['threshold']): string {
  if (s.signal === 'equity-gap')
    return (
      `权益差额 = 实际权益 ${money(s.balanceSheetEquity)} − 应有权益 ${money(s.expectedEquity)} = ${money(s.gap)}` +
      (s.relative === null ? '' : `；${money(s.gap)} ÷ ${money(s.denominatorAmount)} = ${signedPercent(s.relative)}，超过 −${s.tolerancePercent}%`)
    );
  if (s.signal === 'unfunded-purchase')
    return `${place(s.path)}：${s.date} 购置${what(s)} ${money(s.amount)} ≥ 大额购置门槛 ${money(t.amount)}（取 ${money(t.floor)} 与 ${t.share} × ${money(t.annualProfit)} 中较大者），未说明资金来源`;
  return `经营履历第 ${s.event + 1} 项：${s.date} 向${lenderOf(s.lender)}借入 ${money(s.borrowed)}，未标明还清日期，负债中也没有对应的借款`;
}

function message(s: HiddenDebtSignal): string {
  if (s.signal === 'equity-gap') return `实际权益比 ${s.periodStart} 以来的经营履历推算的应有权益少 ${unsigned(s.gap)}`;
  if (s.signal === 'unfunded-purchase') return `${s.date} 购置${what(s)} ${money(s.amount)}，未说明资金来源`;
  return `${s.date} 向${lenderOf(s.lender)}借的 ${money(s.borrowed)} 既未标明已还清，也不在负债中`;
}

/** [键, 文字]：键与英文目录相同，两种语言去掉同样的重复项。 */
function question(s: HiddenDebtSignal): readonly [string, string] {
  if (s.signal === 'equity-gap') return ['equity-gap', '这些年除了银行，还向谁借过钱？'];
  const year = s.date.slice(0, 4);
  if (s.signal === 'unfunded-purchase') return [`purchase:${s.asset ?? `name:${s.name}`}:${year}`, `${year} 年买${what(s)}的钱是怎么付的？`];
  return [`loan:${year}`, `${year} 年借的那笔钱后来怎么样了？是怎么还的？`];
}

function evidence(s: HiddenDebtSignal): readonly [string, string] {
  if (s.signal === 'equity-gap') return ['equity-gap', '银行流水中定期向个人的还款'];
  if (s.signal === 'unfunded-purchase') return [`purchase:${s.asset ?? `name:${s.name}`}`, `${what(s)}的购买合同和付款记录；如有按揭或借款，相关合同`];
  return ['loan', '借条或借款合同，并向出借人核实尚欠金额'];
}

export const hiddenDebt: CheckTexts = {
  title: '疑有表外负债',
  labels: {
    purchase: '大额购置金额',
    borrowed: '借入未还金额',
    liabilities: '表内负债合计',
    equityGap: '权益差额',
    equityTolerance: '权益差额容忍度',
    largePurchaseThreshold: '大额购置门槛',
    annualBusinessProfit: '年经营利润',
  },
  skips: {
    'nothing-to-search': () => '无权益交叉检验、无经营履历、无固定资产：无从查找表外负债',
  },
  findings: {
    HIDDEN_DEBT_SUSPECTED: (f) => {
      const p = f.params as unknown as HiddenDebtParams;
      return {
        formula:
          '疑点：实际权益少于应有权益且差额超过权益容忍度；购置金额 ≥ 大额购置下限与（大额购置占年经营利润比例 × |年经营利润|）中的较大者，且未说明资金来源；' +
          '经营履历中的借款未标明还清日期，负债中也没有对应借款',
        computation: p.signals.map((s) => computation(s, p.threshold)).join('；'),
        evidence: [...unique(p.signals.map(evidence)), '客户征信报告，查未申报的贷款和担保'],
        questions: unique(p.signals.map(question)),
        message: `可能有未列入资产负债表的负债（表内负债 ${money(f.observed)}）：${p.signals.map(message).join('；')}。`,
      };
    },
  },
};
