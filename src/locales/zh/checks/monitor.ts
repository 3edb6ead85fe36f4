/** monitor（贷后监测：src/relationship/monitor.ts）：文字（中文）。 */
import { D } from '../../../money/index.js';
import type { MonitorParams } from '../../../relationship/monitor.js';
import { money, signedPercent } from '../../format.js';
import type { CheckTexts } from '../../types.js';
import { relationship } from '../relationship.js';

export const monitor: CheckTexts = {
  title: '贷后监测',
  labels: {
    observedInflows: '实际进账合计',
    expectedInflows: '应有进账合计',
    bankSettledShare: '在我行结算的销售比例',
    months: '观察月数',
    observedAverageBalance: '实际日均存款的均值',
    expectedAverageBalance: '预期日均存款的均值',
    depositPattern: '资金特征',
    agreedDeposit: '约定的存款回报',
    firstWindowIndex: '首个窗口的进账指数',
    lastWindowIndex: '最后窗口的进账指数',
    stressSalesDecline: '贷前压力测试的销售下滑幅度',
    windowMonths: '每个窗口的月数',
  },
  findings: {
    FLOWS_NOT_MOVED: (f) => {
      const p = f.params as MonitorParams['FLOWS_NOT_MOVED'];
      const [obs, exp, dev] = [money(f.observed), money(f.expected), signedPercent(f.deviation?.relative)];
      return {
        title: relationship.checkTitles.FLOWS_NOT_MOVED,
        message: `${p.months} 个月进账 ${obs}，按销售额应有约 ${exp}（偏差 ${dev}）：客户主要流水仍在他行。`,
        formula: '应有进账 = Σ 观察各月销售额 × 在我行结算的销售比例；偏差 = (实际进账 − 应有进账) ÷ 应有进账',
        computation: `Σ 销售额 × ${p.bankSettledShare}，共 ${p.months} 个月 = ${exp}；(${obs} − ${exp}) ÷ ${exp} = ${dev}`,
        evidence: ['客户在其他银行账户同期的流水', '两三家主要下游客户最近的付款凭证：款项付到哪个账户', '网银是否开通并在使用（登录、转账记录）'],
        questions: ['现在客户一般怎么给您付款？付到哪个账户？', '把结算转到这个账户，目前有什么不方便的地方？', '哪些上下游需要通知改用新账户？'],
      };
    },
    DEPOSIT_BELOW_EXPECTATION: (f) => {
      const p = f.params as MonitorParams['DEPOSIT_BELOW_EXPECTATION'];
      const [obs, exp, dev] = [money(f.observed), money(f.expected), signedPercent(f.deviation?.relative)];
      return {
        title: relationship.checkTitles.DEPOSIT_BELOW_EXPECTATION,
        message: `${p.months} 个月日均存款 ${obs}，预期 ${exp}（偏差 ${dev}）。`,
        formula: `各月预期日均 = 月均进账 × 该月留存系数（按资金特征）${p.agreedDeposit === undefined ? '' : ' + 约定存款'}；偏差 = (实际日均的均值 − 预期日均的均值) ÷ 预期日均的均值`,
        computation: `${p.months} 个月预期日均的均值 = ${exp}（${relationship.patterns[p.pattern]}${p.agreedDeposit === undefined ? '' : `，含约定存款 ${money(p.agreedDeposit)}`}）；(${obs} − ${exp}) ÷ ${exp} = ${dev}`,
        evidence: ['相关月份账户的每日余额', '大额转出的去向（转到本人他行账户、民间借贷、购房等）'],
        questions: ['钱进账以后，一般接下来用在哪里？', '贷款以后，存货和给客户的赊账有什么变化？', '放款前我们约定的存款，您看现在做得怎么样？'],
      };
    },
    SALES_DECLINE: (f) => {
      const p = f.params as MonitorParams['SALES_DECLINE'];
      const [late, early, dev] = [f.observed ?? '—', f.expected ?? '—', signedPercent(f.deviation?.relative)];
      return {
        title: relationship.checkTitles.SALES_DECLINE,
        message: `经季节调整后的进账从销售额推算值的 ${early} 降到 ${late}（${dev}），超过贷前压力测试的 ${new D(p.threshold).times(100).toFixed()}%。`,
        formula: '进账指数 = 窗口内实际进账合计 ÷ 窗口内应有进账合计；偏差 = (最后窗口指数 − 首个窗口指数) ÷ 首个窗口指数',
        computation: `${p.firstWindow}：${early}；${p.lastWindow}：${late}；(${late} − ${early}) ÷ ${early} = ${dev}`,
        evidence: ['近几个月的销售记录或送货单', '同期他行账户进账（结算是否转走了？）', '实地走访：存货、工人、经营情况与贷前调查时对比'],
        questions: ['最近几个月生意和我们第一次见面时比怎么样？', '主要客户那边有什么变化？', '接下来几个月您是怎么打算的？'],
      };
    },
  },
  skips: {
    'no-expected-inflows': () => '观察月份按销售额推算无进账',
    'no-expected-balance': () => '观察月份无存款预期',
    'too-few-months': (p) => `至少需要 ${String(p.needed)} 个月流水（两个 ${String(p.window)} 个月的窗口）；现有 ${String(p.got)} 个月`,
    'no-first-window-inflows': () => '第一个窗口没有可比较的进账',
  },
};
