/** 调查报告中的家庭资产负债与征信部分（中文）。 */
import type { MemoHouseholdTexts } from '../sections/memo-household.js';

const recorded = (v: number | null, text: (n: number) => string) => (v === null ? '未记录' : text(v));

export const household: MemoHouseholdTexts = {
  heading: '家庭资产负债表',
  assets: '家庭资产',
  liabilities: '家庭负债',
  amount: '金额（元）',
  total: '合计',
  assetKinds: { property: '房产', vehicle: '车辆', deposit: '存款', investment: '投资', receivable: '对外借出款', other: '其他' },
  liabilityKinds: { mortgage: '房贷', 'vehicle-loan': '车贷', consumer: '消费贷款', 'credit-card': '信用卡', private: '民间借款', other: '其他' },
  netWorth: '家庭净资产',
  familyNetWorth: (business, household, total) => `家庭总净资产：经营权益 ${business} + 家庭净资产 ${household} = ${total}。`,
  assetLines: '家庭资产明细',
  assetColumns: ['类别', '说明', '价值'],
  liabilityLines: '家庭负债明细',
  liabilityColumns: ['类别', '出借人', '余额', '月还款额', '已列入借款清单'],
  yes: '是',
  no: '否',
  instalments: (total, added) => `家庭负债月还款 ${total}，其中 ${added} 已计入还款能力测算中的现有月还款。`,
  guarantees: '对外担保（或有负债）',
  guaranteeColumns: ['被担保人', '关系', '担保金额', '到期日'],
  guaranteesTotal: (total) => `对外担保合计 ${total}，属或有负债，未从净资产中扣除。`,
  creditReport: {
    heading: '征信报告',
    date: (date) => `报告日期：${date}。`,
    columns: ['机构', '类别', '余额'],
    kinds: { loan: '贷款', 'credit-card': '信用卡' },
    total: '合计',
    none: '征信报告中没有有余额的贷款或信用卡。',
    overdue: (count, worst) => `近 24 个月逾期：${recorded(count, (n) => `${n} 次`)}；最长逾期：${recorded(worst, (n) => `${n} 天`)}。`,
    queries: (count) => `近 6 个月审批查询：${recorded(count, (n) => `${n} 次`)}。`,
    guarantees: (total) => `征信报告中的对外担保：${total ?? '未记录'}。`,
  },
};
