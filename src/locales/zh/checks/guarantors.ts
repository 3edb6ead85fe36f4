/** guarantors：文字（中文）。 */
import type { GuarantorParams, MutualParams } from '../../../rules/guarantors/index.js';
import type { Finding } from '../../../rules/types.js';
import type { CheckTexts } from '../../types.js';
import { money } from '../../format.js';

interface LimitParams {
  readonly limit: string;
  readonly undefined: boolean;
  readonly side: 'max' | 'min';
}

function computation(f: Finding, terms: string): string {
  const p = f.params as unknown as LimitParams;
  if (p.undefined) return `${terms}：净资产不为正数，无法计算`;
  return `${terms} = ${f.observed ?? '—'} ${p.side === 'min' ? '<' : '>'} ${p.limit}`;
}

const EVIDENCE = ['担保人本人的资料：银行流水、房产证、征信报告上的贷款', '到担保人的经营场所或家中走访'];

export const guarantors: CheckTexts = {
  title: '担保人',
  labels: {
    guarantor: '担保人',
    guarantorNetWorth: '担保人净资产',
    guaranteedAmount: '担保金额',
    guaranteesGiven: '担保人已对外担保金额',
    guaranteedByApplicant: '客户反过来为其担保',
  },
  skips: {
    'no-guarantors': () => '没有列出担保人（guarantors）',
  },
  findings: {
    GUARANTOR_CAPACITY: (f) => {
      const p = f.params as unknown as GuarantorParams & LimitParams;
      if (p.unknown)
        return {
          title: '担保人代偿能力不足',
          message: `未记录担保人${p.guarantor}的净资产：无从判断其能否代偿所担保的 ${money(p.amount)}。`,
          formula: '担保人净资产 ÷ 担保金额；应不低于政策设定的下限',
          computation: `净资产未记录 ÷ ${money(p.amount)}`,
          evidence: EVIDENCE,
          questions: ['担保人有哪些资产？欠别人多少钱？'],
        };
      return {
        title: '担保人代偿能力不足',
        message: `担保人${p.guarantor}净资产 ${money(p.netWorth)}，为担保金额 ${money(p.amount)} 的 ${f.observed ?? '—'} 倍，低于 ${p.limit}：一旦全额代偿，担保人无力承担。`,
        formula: `担保人净资产 ÷ 担保金额；应不低于下限 ${p.limit} 倍`,
        computation: computation(f, `${money(p.netWorth)} ÷ ${money(p.amount)}`),
        evidence: EVIDENCE,
        questions: ['如果需要担保人代偿，钱从哪里来？', '是否还有其他担保人或抵押物可以一并提供？'],
      };
    },
    GUARANTEE_EXPOSURE: (f) => {
      const p = f.params as unknown as GuarantorParams & LimitParams;
      return {
        title: '担保人对外担保过多',
        message: `担保人${p.guarantor}已为他人担保 ${money(p.guaranteesGiven)}，加上本笔 ${money(p.amount)}，担保总额 ${money(p.exposure)}，为其净资产 ${money(p.netWorth)} 的 ${f.observed ?? '—'} 倍（高于 ${p.limit}）。`,
        formula: `（已对外担保 + 本笔担保金额）÷ 担保人净资产；应不超过上限 ${p.limit} 倍`,
        computation: computation(f, `（${money(p.guaranteesGiven)} + ${money(p.amount)}）÷ ${money(p.netWorth)}`),
        evidence: ['担保人的征信报告（对外担保）', '其已签的担保合同'],
        questions: ['担保人还为谁做过担保？那些贷款现在还款正常吗？'],
      };
    },
    MUTUAL_GUARANTEE: (f) => {
      const p = f.params as unknown as MutualParams;
      const back = p.applicantGuarantees === null ? '' : `，金额 ${money(p.applicantGuarantees)}`;
      return {
        title: '互保',
        message: `担保人${p.guarantor}为客户担保 ${money(p.amount)}，客户同时为其担保${back}（互保）：一方出事，双方都会被追偿。`,
        formula: '客户反过来为担保人担保（互保）；严重程度由政策设定',
        computation: `担保人${p.guarantor} ↔ 客户`,
        evidence: ['双方的征信报告（对外担保）', '担保合同'],
        questions: ['你们两家是怎么开始互相担保的？', '你们还为其他人担保吗？'],
      };
    },
  },
};
