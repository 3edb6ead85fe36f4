/** premises：文字（中文）。 */
import type { PremisesLack, PremisesParams } from '../../../rules/premises/index.js';
import type { CheckTexts } from '../../types.js';

const LACKS: Readonly<Record<PremisesLack, string>> = {
  'not-visited': '未到经营场所实地调查',
  'no-tenure-proof': '没有租赁合同或产权证明',
  'not-observed': '未见客户在该场所实际经营',
};

export const premises: CheckTexts = {
  title: '经营场所未核实为客户本人经营',
  labels: {
    visited: '已实地调查',
    tenureProof: '租赁合同或产权证明',
    observedOperating: '见到客户在该场所经营',
    tenure: '场所权属',
  },
  skips: {
    'no-premises-record': () => '没有经营场所的实地调查记录（premises）',
  },
  findings: {
    PREMISES_NOT_VERIFIED: (f) => {
      const p = f.params as unknown as PremisesParams;
      return {
        formula: '已核实项 = 实地调查 + （已实地调查且有租赁合同或产权证明） + （已实地调查且见到客户实际经营）；三项齐全为已核实',
        computation: `实地调查 ${p.visited} + 场所证明 ${p.proof} + 见到经营 ${p.observed} = ${f.observed}（共 3 项）`,
        evidence: [
          '客户本人名下的租赁合同（无营业执照时收摊位租赁合同）或产权证',
          '营业时间不打招呼上门：客户本人在场经营、员工、存货、招牌',
          '该地址的租金收据或水电费单，并向邻近商户或市场管理处打听',
        ],
        questions: ['您在这里做了多久？当初是怎么租（买）下来的？', '这里还有谁在做事？平时一天是怎么安排的？'],
        message: `经营场所未能确认为客户本人经营：${p.lacking.map((l) => LACKS[l]).join('；')}。确认经营场所是其他一切调查的基础。`,
      };
    },
  },
};
