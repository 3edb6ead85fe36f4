/** household-balance：文字（中文）。 */
import type { FamilyAssetKind, FamilyLiabilityKind } from '../../../profile/household.js';
import type { AssetUnfundedParams, DebtServiceMissingParams, GuaranteesParams, PurchaseUnmatchedParams } from '../../../rules/household-balance/index.js';
import type { CheckTexts } from '../../types.js';
import { money, times } from '../../format.js';

const ASSETS: Readonly<Record<FamilyAssetKind, string>> = {
  property: '房产',
  vehicle: '车辆',
  deposit: '存款',
  investment: '投资',
  receivable: '对外借出款',
  other: '其他资产',
};
const DEBTS: Readonly<Record<FamilyLiabilityKind, string>> = {
  mortgage: '房贷',
  'vehicle-loan': '车贷',
  consumer: '消费贷款',
  'credit-card': '信用卡欠款',
  private: '民间借款',
  other: '其他负债',
};
const PURCHASES = { house: '房产', vehicle: '车辆', equipment: '设备', other: '资产' } as const;

export const householdBalance: CheckTexts = {
  title: '家庭资产、负债与对外担保',
  labels: {
    purchase: '经营履历中的购置',
    familyAssetsOfKind: '同类家庭资产',
    familyAsset: '家庭资产',
    largeItemMinimum: '核查起点金额',
    householdDebt: '家庭负债',
    guaranteesGiven: '对外担保',
    businessEquity: '经营权益',
    householdNetWorth: '家庭净资产',
  },
  findings: {
    HOUSEHOLD_PURCHASE_UNMATCHED: (f) => {
      const p = f.params as unknown as PurchaseUnmatchedParams;
      return {
        title: '经营履历中的购置没有对应的家庭资产',
        message: `经营履历记载 ${p.date} 以 ${money(p.amount)} 购置${PURCHASES[p.asset]}，但家庭资产中没有可对应的${ASSETS[p.assetKind]}（已列 ${p.assetsOfKind} 项）。`,
        formula: '经营履历中每一笔购房、购车，都应有一项同类家庭资产（购置日期相差一年以内）与之对应',
        computation: `${p.date} 购置 ${money(p.amount)}；可对应的同类家庭资产：0 项`,
        evidence: [`${ASSETS[p.assetKind]}的产权证或行驶证；如已出售，出售合同`, '购置前后的银行流水'],
        questions: [`${p.date.slice(0, 4)} 年买的${PURCHASES[p.asset]}现在怎么样了？登记在谁名下？`, '是否已经卖掉？卖的钱用到哪里去了？'],
      };
    },
    HOUSEHOLD_ASSET_UNFUNDED: (f) => {
      const p = f.params as unknown as AssetUnfundedParams;
      const since = p.acquiredDate === null ? '' : `（${p.acquiredDate} 购置）`;
      return {
        title: '家庭资产资金来源不明',
        message: `家庭${ASSETS[p.kind]}${p.description === null ? '' : `“${p.description}”`}${since}价值 ${money(p.value)}，资金来源不明：经营履历中没有购置记录，没有相应借款，也未说明资金来源。`,
        formula: '达到核查起点金额的家庭资产，应有资金来源说明、经营履历中的购置记录或同类家庭负债',
        computation: `${ASSETS[p.kind]} ${money(p.value)}：资金来源无，购置记录无，同类负债无`,
        evidence: ['购置合同及付款记录', '如有贷款，按揭或借款合同', '征信报告'],
        questions: [`这项${ASSETS[p.kind]}是用什么钱买的？有没有向别人借钱？`, '什么时候买的？花了多少钱？'],
      };
    },
    HOUSEHOLD_DEBT_SERVICE_MISSING: (f) => {
      const p = f.params as unknown as DebtServiceMissingParams;
      return {
        title: '家庭负债月还款未计入还款能力',
        message:
          p.reason === 'no-instalment'
            ? `家庭在“${p.lender}”的${DEBTS[p.kind]}（余额 ${money(p.balance)}）没有填写月还款额：还款能力中按 0 计算，月可支配收入因此被高估。`
            : `家庭在“${p.lender}”的${DEBTS[p.kind]}（余额 ${money(p.balance)}）标明已列入借款清单，但借款清单中没有这家出借人：月还款额两处都未计入，月可支配收入因此被高估。`,
        formula: '月可支配收入 = 经营利润 + 其他收入 − 家庭开支 −（经营借款月还款 + 家庭负债月还款）',
        computation:
          p.reason === 'no-instalment'
            ? `“${p.lender}”：余额 ${money(p.balance)}，月还款额未填（按 0 计）`
            : `“${p.lender}”：标明已列入借款清单，清单中无此出借人（按 0 计）`,
        evidence: ['借款合同及还款计划', '显示每月还款的银行流水', '征信报告'],
        questions: [`每个月还“${p.lender}”多少钱？还到什么时候？`, '家里谁在还这笔钱？从哪个账户还？'],
      };
    },
    GUARANTEES_EXCEED_NET_WORTH: (f) => {
      const p = f.params as unknown as GuaranteesParams & { limit: string; undefined: boolean };
      const source = p.source === 'credit-report' ? '征信报告所示' : '申报';
      return {
        title: '对外担保相对家庭净资产过高',
        message: p.undefined
          ? `家庭对外担保 ${money(p.guarantees)}（${source}），而家庭总净资产为 ${money(p.familyNetWorth)}：担保没有任何净资产支撑。`
          : `对外担保 ${money(p.guarantees)}（${source}）是家庭总净资产 ${money(p.familyNetWorth)} 的 ${times(f.observed)} 倍，超过 ${p.limit} 倍。`,
        formula: `对外担保 ÷（经营权益 + 家庭净资产）；应不超过上限 ${p.limit} 倍`,
        computation: p.undefined
          ? `${money(p.guarantees)} ÷（${money(p.businessEquity)} + ${money(p.householdNetWorth)}）：净资产不为正数，无法计算`
          : `${money(p.guarantees)} ÷（${money(p.businessEquity)} + ${money(p.householdNetWorth)}）= ${times(f.observed)} > ${p.limit}`,
        evidence: ['每一份担保合同（金额与到期日）', '被担保人的征信报告及其贷款状况', '本人征信报告中的对外担保部分'],
        questions: ['您为谁的贷款做了担保？他们有没有反过来为您担保（互保）？', '这些借款人经营得怎么样？有没有逾期过？', '如果银行要求您替其中一家还款，您怎么办？'],
      };
    },
  },
  skips: { 'no-household-balance': () => '档案中没有家庭资产、家庭负债或对外担保' },
};
