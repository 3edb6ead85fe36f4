/** evidence-insufficient：文字（中文）。 */
import type { EvidenceFigureParams, EvidenceParams } from '../../../rules/evidence-insufficient/index.js';
import type { CheckTexts } from '../../types.js';
import { evidenceKinds, figureName, kindList } from '../evidence.js';

/** 每项数据的开放式问题，引导客户拿出凭证而不暗示答案。 */
const QUESTIONS: Readonly<Record<EvidenceFigureParams['figure'], string>> = {
  sales: '客户一般怎么付款给您？收到的钱存在哪里？',
  receivables: '客户欠您的货款，您平时是怎么记的？',
  payables: '您欠供货商的货款，平时是怎么记的？',
  inventory: '货都放在哪里？进出货是怎么登记的？',
  cashAndBank: '生意上用哪些账户？手头一般留多少现金？',
  initialCapital: '当初创业的钱是怎么凑起来的？',
  loan: '这笔借款是怎么借来的？现在是怎么还的？',
};

export const evidenceInsufficient: CheckTexts = {
  title: '关键数据缺少两项以上独立实据',
  labels: {
    loan: '借款（路径标明是哪一笔）',
    minimumKinds: '每项数据所需独立证据种类',
    criticalBelow: '少于此种类数为严重',
    documentsOnSiteOnly: '书面材料须实地收集才计入',
    sales: '销售额',
    receivables: '应收账款',
    payables: '应付账款',
    inventory: '存货',
    'cash and bank': '现金及银行存款',
    'initial capital': '初始投入资金',
  },
  skips: {
    'no-evidence-recorded': () => '未记录任何证据（evidence、loans[].evidence）：无法判断哪些数据有实据支持',
  },
  findings: {
    EVIDENCE_INSUFFICIENT: (f) => {
      const p = f.params as unknown as EvidenceParams;
      const short = p.figures.filter((x) => x.short);
      const describe = (x: EvidenceFigureParams) => `${figureName(x)}：${x.independentKinds.length}/${p.minimum}（${kindList(x.independentKinds)}）`;
      return {
        formula: `每项数据：独立证据种类 = 能证明该数据的不同证据种类数（客户口述不计）；少于 ${p.minimum} 种为不足，少于 ${p.criticalBelow} 种为严重`,
        computation:
          p.figures
            .map((x) => `${figureName(x)}：${x.independentKinds.length} 种（${kindList(x.independentKinds)}）${x.notCounted.length > 0 ? `，不计入：${x.notCounted.map((k) => evidenceKinds[k]).join('、')}` : ''}`)
            .join('；') + `；${f.expected} 项数据中 ${f.observed} 项有 ${p.minimum} 种以上`,
        evidence: short.map((x) => `${figureName(x)}：还需 ${p.minimum - x.independentKinds.length} 项，可取${kindList(x.closingKinds)}`),
        questions: [...new Set(short.map((x) => QUESTIONS[x.figure]))],
        message: `${f.expected} 项关键数据中有 ${short.length} 项不足 ${p.minimum} 项独立实据：${short.map(describe).join('；')}。没有实据的推理都是空的。`,
      };
    },
  },
};
