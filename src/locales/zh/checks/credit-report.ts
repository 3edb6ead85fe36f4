/** credit-report：文字（中文）。 */
import type {
  BalanceDiffersParams,
  GuaranteesUndeclaredParams,
  LoanUndeclaredParams,
  MoreLendersParams,
  OverdueParams,
  QueriesParams,
} from '../../../rules/credit-report/index.js';
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';

export const creditReport: CheckTexts = {
  title: '征信报告与申报情况核对',
  labels: {
    reportBalance: '征信报告余额',
    declaredBalance: '申报余额',
    reportLenders: '征信报告中的机构数',
    declaredLenders: '申报的出借人数',
    overdueCount: '近 24 个月逾期次数',
    worstDaysOverdue: '近 24 个月最长逾期天数',
    queries: '近 6 个月审批查询次数',
    reportGuarantees: '征信报告中的对外担保',
    declaredGuarantees: '申报的对外担保',
  },
  findings: {
    CREDIT_REPORT_LOAN_UNDECLARED: (f) => {
      const p = f.params as unknown as LoanUndeclaredParams;
      const what = p.kind === 'credit-card' ? '信用卡' : '贷款';
      return {
        title: '征信报告中有未申报的贷款',
        message: `${p.reportDate} 的征信报告显示在“${p.lender}”有一笔${what}，余额 ${money(p.balance)}，但借款清单和家庭负债中都没有申报。`,
        formula: '征信报告中的每一笔授信，都应对应一笔同一出借人的已申报借款或家庭负债',
        computation: `“${p.lender}”：征信余额 ${money(p.balance)}；已申报的同一出借人借款：无`,
        evidence: ['借款合同及还款计划', '显示还款的银行流水', '出借机构出具的余额证明'],
        questions: [`在“${p.lender}”的这笔${what}是做什么用的？钱是谁在用？`, '还有没有其他银行或民间借款我们还没谈到？'],
      };
    },
    CREDIT_REPORT_BALANCE_DIFFERS: (f) => {
      const p = f.params as unknown as BalanceDiffersParams;
      return {
        title: '借款余额与征信报告不符',
        message: `申报的“${p.lender}”借款余额 ${money(p.declared)}，与 ${p.reportDate} 征信报告的余额 ${money(p.reported)} 相差超过 ${money(p.allowed)}。`,
        formula: '|申报余额 − 征信余额| ≤ 较大者（容差比例 × 征信余额，最小差额）',
        computation: `|${money(p.declared)} − ${money(p.reported)}| = ${money(f.deviation?.absolute.replace(/^-/, '') ?? null)} > ${money(p.allowed)}（${signedPercent(f.deviation?.relative)}）`,
        evidence: ['出借机构最新的余额对账单', '还款计划及征信报告日之后的还款记录'],
        questions: [`现在还欠“${p.lender}”多少？最近一次是什么时候还的？`, '报告之后这笔贷款有没有续贷或增加？'],
      };
    },
    CREDIT_REPORT_MORE_LENDERS: (f) => {
      const p = f.params as unknown as MoreLendersParams;
      return {
        title: '征信报告中的授信机构多于申报',
        message: `征信报告显示 ${f.observed ?? '—'} 家机构有授信余额，申报的只有 ${f.expected ?? '—'} 家${p.extra.length > 0 ? `；未申报的：${p.extra.map((x) => `“${x}”`).join('、')}` : ''}。`,
        formula: '征信报告中有余额的机构数 ≤ 借款清单与家庭负债中申报的出借人数',
        computation: `征信报告 ${f.observed ?? '—'} 家 > 申报 ${f.expected ?? '—'} 家`,
        evidence: ['征信报告的账户明细', '每家机构的借款合同'],
        questions: ['为什么同时在几家银行借款？每笔贷款分别用在哪里？', '有没有哪家银行不肯续贷？'],
      };
    },
    CREDIT_REPORT_OVERDUE: (f) => {
      const p = f.params as unknown as OverdueParams;
      const count = p.count === null ? '有逾期记录' : `逾期 ${p.count} 次`;
      const worst = p.worstDays === null ? '' : `，最长逾期 ${p.worstDays} 天`;
      return {
        title: '征信报告有逾期记录',
        message: `征信报告显示近 24 个月${count}${worst}。`,
        formula: `近 24 个月逾期次数 ≤ ${p.limit}；最长逾期天数 < ${p.criticalDays} 天`,
        computation: `逾期次数 ${p.count ?? '—'} > ${p.limit}；最长逾期 ${p.worstDays ?? '—'} 天${p.worstDays !== null && p.worstDays >= p.criticalDays ? ` ≥ ${p.criticalDays}` : ''}`,
        evidence: ['征信报告的近 24 个月还款记录', '逾期月份的银行流水', '如有争议，出借机构的情况说明'],
        questions: ['还款逾期的那几个月发生了什么事？', '后来是怎么处理的？还会不会再发生？'],
      };
    },
    CREDIT_REPORT_QUERIES: (f) => {
      const p = f.params as unknown as QueriesParams;
      return {
        title: '近期征信查询次数过多',
        message: `近 6 个月征信报告因贷款或担保审批被查询 ${p.queries} 次，超过 ${p.limit} 次。`,
        formula: `近 6 个月审批查询次数 ≤ ${p.limit}`,
        computation: `${p.queries} > ${p.limit}`,
        evidence: ['征信报告的查询记录：哪些机构、什么时候查询', '每次申请的结果（批准、拒绝、撤回）'],
        questions: ['最近还在哪些地方申请过贷款？结果怎么样？', '为什么现在需要用钱？一共需要多少？'],
      };
    },
    CREDIT_REPORT_GUARANTEES_UNDECLARED: (f) => {
      const p = f.params as unknown as GuaranteesUndeclaredParams;
      return {
        title: '征信报告中有未申报的对外担保',
        message: `征信报告显示对外担保 ${money(p.reported)}（${p.count} 笔），比申报的 ${money(p.declared)} 多 ${money(p.difference)}。`,
        formula: '征信报告中的对外担保 ≤ 申报的对外担保',
        computation: `${money(p.reported)} − ${money(p.declared)} = ${money(p.difference)} 未申报`,
        evidence: ['每一份担保合同', '被担保人的贷款状况'],
        questions: ['您为谁做过担保？他们有没有为您担保？', '这些贷款有没有按时还款？'],
      };
    },
  },
  skips: { 'no-credit-report': () => '档案中没有征信报告' },
};
