/** The `decision` section of the zh catalog（审批建议、补充调查清单、报表假设说明、未运行原因）. */
import type { OpenPoint } from '../../capacity/recommend.js';
import type { EvidenceFigure, EvidenceKind } from '../../profile/evidence.js';
import { money, percent } from '../format.js';
import type { DecisionTexts, OpenPointTexts } from '../sections/decision.js';
import { figureName, kindList } from './evidence.js';

const reasonNames: Readonly<Record<string, string>> = {
  INCOMPLETE_PREMISES_VISITED: '经营场所未经实地核实',
  INCOMPLETE_KEY_FIGURE_PROOFS: '关键数据缺少两项独立证据',
  INCOMPLETE_TALKING_HABIT: '未判断说话习惯',
  INCOMPLETE_HOUSEHOLD_EXPENSES: '未记录家庭开支',
  INCOMPLETE_SALES_ESTIMATE: '没有独立的销售额估算',
  EQUITY_NEGATIVE: '权益为负',
  PREMISES_NOT_APPLICANT: '经营场所并非申请人所有或经营',
};

const gateName = (gate: string) => reasonNames[`INCOMPLETE_${gate.toUpperCase().replaceAll('-', '_')}`] ?? gate;
const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
type FigureParam = { figure: EvidenceFigure | 'loan'; lender?: string; have: EvidenceKind[]; closing: EvidenceKind[] };

function openPoint(p: OpenPoint): OpenPointTexts {
  const q = p.params;
  const none: OpenPointTexts = { documents: [], questions: [], observe: [] };
  if (p.source === 'estimate')
    return {
      documents: [`${str(q.lender)}借款的借款合同或借条（含还款约定）`],
      questions: [`${str(q.lender)}的借款每月还多少？还到什么时候？（目前按 ${str(q.months)} 个月估算为每月 ${money(str(q.estimate))} 元。）`],
      observe: [],
    };
  switch (p.code) {
    case 'premises-visited':
      return {
        documents: q.proof === true ? [] : ['申请人名下的经营场所租赁合同或产权证明'],
        questions: ['这个场所是从什么时候开始用的？租金或使用条件是怎样的？'],
        observe: [
          q.visited === true
            ? '在经营场所亲眼看到申请人自己的生意在经营：申请人在场工作、员工、存货、顾客、招牌'
            : '实地走访经营场所，亲眼看到申请人自己的生意在经营：申请人在场工作、员工、存货、顾客、招牌',
        ],
      };
    case 'key-figure-proofs': {
      const figures = (Array.isArray(q.figures) ? q.figures : []) as unknown as FigureParam[];
      return {
        ...none,
        documents: figures.map((f) => `${figureName(f)}：独立证据 ${f.have.length} 项，需 ${str(q.minimum)} 项（现有：${kindList(f.have)}）；补充以下任一种：${kindList(f.closing)}`),
      };
    }
    case 'talking-habit':
      return { ...none, observe: ['判断申请人的说话习惯（夸大、中性、保守）：把其所说与现场所见、单据所载相对照'] };
    case 'household-expenses':
      return {
        ...none,
        questions: [
          `家里有几口人靠这份收入生活？每月家庭开支多少（吃饭、住房、子女上学、看病）？家里还有其他收入吗？${q.estimate === undefined ? '' : `（目前按政策最低标准估算为每月 ${money(str(q.estimate))} 元：每人 ${money(str(q.perPerson))} 元 × ${str(q.members)} 人。）`}`,
        ],
      };
    case 'sales-estimate':
      return { ...none, documents: ['至少一项独立的销售额估算：经营账户最近六个月的银行流水、一个月的记账本或销售单据，或走访时清点收银台现金'] };
    default:
      return none;
  }
}

/** 季节性还款计划的种类（docs/capacity.md §6），用于结论的说法。 */
const PLAN_NAMES: Readonly<Record<string, string>> = {
  'interest-only': '淡季只还利息',
  grace: '前期本金宽限',
  proportional: '按各月盈余比例还本',
  balloon: '旺季一次归还大额本金',
};

export const decision: DecisionTexts = {
  decisions: {
    approve: '同意按申请发放',
    'approve-with-conditions': '附条件同意发放',
    'approve-lower': '降低金额发放',
    decline: '不予批准',
    'refer-back': '退回复核',
  },
  recommendation: (decision, p) => {
    const conditions = p.conditions === 0 ? '' : `，须满足下列 ${p.conditions} 项条件`;
    if (decision === 'refer-back') {
      if (p.failedRules.length > 0)
        return `退回复核：${p.failedRules.length} 项检查运行出错（${p.failedRules.join('、')}），属于程序缺陷而非档案问题；分析不完整，不能据此批准贷款。请报告该错误，修复后重新分析。`;
      const parts = [
        ...(p.blocking.length > 0 ? [`有 ${p.blocking.length} 项严重疑点待核实（${p.blocking.join('、')}）`] : []),
        ...(p.missing.length > 0 ? [`调查尚不完整（${p.missing.map(gateName).join('；')}）`] : []),
      ];
      return `退回补充调查：${parts.join('，且')}。请按下列清单电话查漏补缺或再次走访；核实之前各项数据未经证实，不提出任何金额。`;
    }
    if ((decision === 'approve' || decision === 'approve-with-conditions') && p.plan !== null)
      return `同意按申请金额发放，按季节性还款计划（${PLAN_NAMES[p.plan] ?? p.plan}）还款：${money(p.requested)} 元、${p.termMonths} 个月逐月在还款能力之内，等额还款则做不到${conditions}。`;
    if (decision === 'approve' || decision === 'approve-with-conditions')
      return `同意按申请金额发放：${money(p.requested)} 元、${p.termMonths} 个月在还款能力之内${conditions}。`;
    if (decision === 'approve-lower') return `建议降低金额发放：${p.termMonths} 个月期最多 ${money(p.maxAmount)} 元（申请 ${money(p.requested)} 元）${conditions}。`;
    if (p.grounds.length > 0) return `不予批准，理由已经核实：${p.grounds.map((c) => reasonNames[c] ?? c).join('、')}。`;
    return `不予批准：按已核实的数据，${p.termMonths} 个月期可负担的最高金额（${money(p.maxAmount)} 元）低于最低贷款额（${money(p.minimumAmount)} 元）。`;
  },
  notes: {
    'not-reported': () => '未填报，资产负债表中按 0 计',
    'no-inventory': () => '无存货盘点也未填报存货，按 0 计',
    'annual-differs': (p) => `与 12 个月销售额之和（${p.monthlySum ?? '—'}）不一致，损益表采用月度数据`,
    'no-gross-margin': () => '未填毛利率，销售成本按年进货额计（假设存货稳定）',
    'no-household': (p) =>
      p.estimate === undefined
        ? '未填家庭情况，家庭支出按 0 计'
        : `未填家庭情况，家庭支出按政策最低标准估算为每月 ${money(p.estimate)} 元（每人 ${money(p.perPerson)} 元 × ${p.members ?? '—'} 人）；信贷员记录实际数字之前不能批准`,
    'no-instalment': (p) =>
      p.estimate === undefined
        ? '未填月还款额，按 0 计'
        : `未填月还款额，估算为每月 ${money(p.estimate)} 元（余额按 ${p.months ?? '—'} 个月摊还，另加每月 ${percent(p.monthlyRate)} 的利息）；请问明实际数字`,
    'stock-written-down': (p) =>
      `${p.condition === 'unsaleable' ? '无法销售' : '积压'}存货：成本 ${money(p.cost)} 元中核减 ${money(p.writeDown)} 元（系数 ${p.factor ?? '—'}），按 ${money(p.value)} 元列示`,
    'consigned-excluded': (p) => `代销商品 ${money(p.cost)} 元：属于供货方，不计入资产负债表`,
    'shelf-price-converted': (p) => `按售价盘点（${money(p.price)} 元），按毛利率 ${percent(p.margin)} 折算为成本 ${money(p.cost)} 元`,
  },
  stageSkips: {
    'no-start-event': '经营履历中没有创业事件（初始投入资金），无法从创业起推算权益',
    'no-opening-equity': '按期初权益口径推算，需要上次调查时记录的期初权益（openingEquity）',
    'no-loan-request': '档案中没有贷款申请',
  },
  openPoint,
  reasonNames,
  memo: {
    conditions: '放款条件',
    openPoints: '待补充事项：下次走访清单',
    documents: '需收集的资料',
    questions: '需询问的问题',
    observe: '需现场观察的情况',
    settle: (title) => `待核实：${title}`,
    unverifiedMaxAmount: (max) => `按申请人所报数据可负担的最高金额：${max}（依据未经核实的数据计算，不构成授信额度）`,
    offersWithheld: '其他期限方案与压力测试：不予列示，因其依据的数据尚未核实',
  },
};
