/** soft-information：文字（中文）。 */
import type { SoftConcernParams } from '../../../rules/soft-information/index.js';
import type { CheckTexts } from '../../types.js';

/** 软信息的关注事项、类别和来源的中文名称。 */
export const SOFT_WORDS: Readonly<Record<string, string>> = {
  gambling: '赌博',
  'heavy-drinking': '酗酒',
  'serious-illness': '重病',
  'family-dispute': '家庭纠纷',
  'unpaid-debts': '拖欠货款或借款',
  litigation: '涉诉',
  'bad-reputation': '口碑差',
  other: '其他关注事项',
  family: '家庭',
  health: '健康',
  habits: '生活习惯',
  reputation: '口碑',
  'trade-standing': '行业地位',
  'social-resources': '社会资源',
  observed: '信贷员亲眼所见',
  neighbour: '邻居',
  supplier: '供货商',
  customer: '客户的顾客',
  'market-office': '市场管理处',
  applicant: '客户本人',
};

const word = (k: string) => SOFT_WORDS[k] ?? k;
const LEVEL: Readonly<Record<string, string>> = { critical: '严重', warning: '警告', info: '提示' };

export const softInformation: CheckTexts = {
  title: '软信息',
  labels: { softTopic: '类别', softSource: '来源', softConcern: '关注事项' },
  skips: {
    'no-soft-information': () => '没有记录软信息（softInformation）',
  },
  findings: {
    SOFT_INFORMATION_CONCERN: (f) => {
      const p = f.params as unknown as SoftConcernParams;
      const effect =
        f.severity === 'critical'
          ? '按政策，这是退回补充调查的理由。'
          : f.severity === 'warning'
            ? '按政策，这是需要向贷审会说明的问题，但本身不决定结果。'
            : '按政策，仅记录供贷审会参考，不影响结果。';
      return {
        title: '软信息中的关注事项',
        message: `软信息（${word(p.topic)}，来源：${word(p.source)}）：${word(p.concern)}${p.note === null ? '' : `：${p.note}`}。${effect}`,
        formula: `记录的关注事项（${word(p.concern)}）；严重程度由政策设定，不打分`,
        computation: `${word(p.concern)}（${word(p.source)}）→ ${LEVEL[f.severity] ?? f.severity}`,
        evidence: ['另一独立来源的印证：邻居、供货商、市场管理处', '信贷员不打招呼上门时的亲眼观察'],
        questions: ['这件事对生意和家庭有什么影响？', '还有谁了解这方面的情况？'],
      };
    },
  },
};
