/** collateral：文字（中文）。 */
import type { CollateralParams } from '../../../rules/collateral/index.js';
import type { CheckTexts } from '../../types.js';
import { money } from '../../format.js';

/** 抵押物种类与评估方的中文名称。 */
export const COLLATERAL_WORDS: Readonly<Record<string, string>> = {
  'real-estate': '房产',
  'land-use-right': '土地使用权',
  vehicle: '车辆',
  equipment: '机器设备',
  inventory: '存货',
  deposit: '质押存单',
  other: '其他抵押物',
  'appraisal-firm': '评估公司',
  bank: '银行',
  officer: '信贷员',
  applicant: '客户本人',
};

const word = (k: string) => COLLATERAL_WORDS[k] ?? k;

export const collateral: CheckTexts = {
  title: '抵押物',
  labels: {
    collateralKind: '抵押物种类',
    collateral: '抵押物',
    securedAmount: '担保债权金额',
    priorLiens: '在先抵押债权',
    appraisedValue: '评估价值',
    appraisedBy: '评估方',
    lienRegistered: '已办理抵押登记',
  },
  skips: {
    'no-collateral': () => '没有列出抵押物（collateral）',
  },
  findings: {
    COLLATERAL_LTV_HIGH: (f) => {
      const p = f.params as unknown as CollateralParams & { limit: string; undefined: boolean };
      return {
        title: '抵押率超过上限',
        message: p.undefined
          ? `${word(p.kind)}（${p.description}）没有评估价值：无法衡量其担保作用。`
          : `${word(p.kind)}（${p.description}）由${word(p.appraisedBy)}评估为 ${money(p.appraisedValue)}，担保 ${money(p.secured)}，另有在先抵押 ${money(p.priorLiens)}：抵押率 ${f.observed ?? '—'}，高于 ${p.limit}。`,
        formula: `抵押率 =（担保债权 + 在先抵押）÷ 评估价值；${word(p.kind)}的抵押率应不超过上限 ${p.limit}`,
        computation: p.undefined
          ? `（${money(p.secured)} + ${money(p.priorLiens)}）÷ ${money(p.appraisedValue)}：评估价值不为正数`
          : `（${money(p.secured)} + ${money(p.priorLiens)}）÷ ${money(p.appraisedValue)} = ${f.observed ?? '—'} > ${p.limit}`,
        evidence: ['独立评估公司的评估报告', '权属证明及抵押登记查询（是否另有抵押）'],
        questions: ['这项财产上还有别人的抵押或债权吗？', '如果三个月内必须变卖，大概能卖多少钱？'],
      };
    },
    COLLATERAL_LIEN_NOT_REGISTERED: (f) => {
      const p = f.params as unknown as CollateralParams;
      return {
        title: '抵押未办理登记',
        message: `${word(p.kind)}（${p.description}）未办理抵押登记：未登记的抵押不能对抗其他债权人。`,
        formula: '已办理抵押登记 = 否；严重程度由政策设定',
        computation: '抵押登记：未办理',
        evidence: ['登记机关出具的抵押登记证明'],
        questions: ['放款前能否办妥抵押登记？'],
      };
    },
  },
};
