/** 调查报告的担保人、抵押物和软信息部分（中文）。 */
import type { GuaranteesMemoTexts } from '../sections/guarantees.js';
import { COLLATERAL_WORDS } from './checks/collateral.js';
import { SOFT_WORDS } from './checks/soft-information.js';

export const guarantees: GuaranteesMemoTexts = {
  guarantorsHeading: '担保人',
  collateralHeading: '抵押物',
  softHeading: '软信息',
  guarantorColumns: {
    name: '担保人',
    relation: '与客户关系',
    amount: '担保金额',
    netWorth: '净资产',
    monthlyIncome: '月收入',
    ownLoans: '自身贷款',
    guaranteesGiven: '已对外担保',
    mutual: '客户为其担保',
  },
  collateralColumns: {
    description: '抵押物',
    kind: '种类',
    value: '评估价值',
    appraisedBy: '评估方',
    secured: '担保债权',
    priorLiens: '在先抵押',
    loanToValue: '抵押率',
    lien: '抵押登记',
    insured: '保险',
  },
  softColumns: { topic: '类别', source: '来源', assessment: '判断', concerns: '关注事项', note: '情况说明' },
  words: {
    ...COLLATERAL_WORDS,
    ...SOFT_WORDS,
    spouse: '配偶',
    relative: '亲属',
    friend: '朋友',
    'business-partner': '生意伙伴',
    customer: '下游客户',
    supplier: '供货商',
    positive: '正面',
    neutral: '中性',
    negative: '负面',
    leader: '行业带头人（有说话权）',
    established: '经营稳定',
    ordinary: '一般',
    newcomer: '新入行',
  },
  yes: '是',
  no: '否',
  requested: (amount) => `${amount}（即申请金额）`,
  mutual: (amount) => (amount === null ? '是（互保）' : `是，${amount}（互保）`),
  guarantorNote: (name, note) => `${name}：${note}`,
  family: ({ spouse, spouseInBusiness, dependants, standing }) =>
    [
      spouse === null ? null : spouse ? `已婚${spouseInBusiness === true ? '，配偶参与经营' : ''}。` : '无配偶。',
      dependants === null ? null : `需抚养赡养 ${dependants} 人。`,
      standing === null ? null : `行业地位：${standing}。`,
    ]
      .filter((x) => x !== null)
      .join(''),
  noItems: '没有记录具体事项。',
  effect: '软信息按信贷员的记录如实列示，不打分。关注事项只通过相应的提示影响结论，其严重程度由政策设定（严重：退回补充调查的理由）。',
};
