/** 中文目录的 `relationship` 部分：贷后维护（docs/relationship.md）。 */
import type { RelationshipTexts } from '../sections/relationship.js';

export const patterns: RelationshipTexts['patterns'] = {
  steady: '稳定留存型',
  'pass-through': '过路资金型',
  'seasonal-trough': '淡季沉淀型',
  mixed: '一般型',
};

const KINDS: Readonly<Record<string, string>> = { trading: '商贸', production: '生产', service: '服务', agriculture: '农业' };

export const relationship: RelationshipTexts = {
  checkTitles: {
    FLOWS_NOT_MOVED: '主要流水未转到我行',
    DEPOSIT_BELOW_EXPECTATION: '存款日均低于预期',
    SALES_DECLINE: '进账下滑超过压力测试阈值',
  },
  patterns,
  patternReasoning: {
    steady: '回款周期稳定（如超市食品供应商）：全年持续进账且有部分留存，存款日均平稳。',
    'pass-through': '流水大但留不住（如项目经理类客户）：进账后很快付给分包和工人，流水再大存款也难以留存。',
    'seasonal-trough':
      '季节性明显（如服装市场客户）：5 月至 10 月资金压在货和应收上，11 月至次年年初资金闲置在账户上；淡季存款体现客户真实自有资金。',
    mixed: '未记录明确的资金特征：按全年有适度留存估计。',
  },
  monthReason: (pattern, phase) => {
    if (phase === 'trough') return '淡季：旺季回笼资金闲置在账上（体现真实自有资金）';
    if (phase === 'peak') return '旺季：资金压在货物和应收上';
    if (phase === 'shoulder') return '过渡期：为旺季备货';
    return `无季节性：各月相同（${patterns[pattern]}）`;
  },
  calendar: {
    kinds: {
      onboarding: '放款后跟进',
      'interest-settlement': '结息日',
      'seasonal-peak': '旺季前',
      'idle-deposits': '资金闲置月份',
      festival: '节日拜访',
      birthday: '生日',
      maturity: '到期前',
    },
    onboarding: (days, first) => ({
      title: `放款后第 ${days} 天`,
      purpose: first ? '帮客户开通网银并教会使用。' : '查看账户最初的流水；打电话问网银用得怎么样，下游客户是否已改为往这个账户付款。',
    }),
    interestSettlement: { title: '按季结息日', purpose: '结息时联系客户，顺便提一下存款，量化存款，看主要流水是否已在我行。' },
    seasonalPeak: (month) => ({ title: `旺季（${month}月起）前`, purpose: '了解旺季备货和资金需求；旺季放贷，约定淡季存款。' }),
    idleDeposits: (month) => ({ title: `资金闲置月份（${month}月起）`, purpose: '旺季资金回笼、闲置在账上：请客户存款；此时的余额体现客户的真实自有资金。' }),
    springFestival: (date) => ({ title: `春节 ${date}`, purpose: '春节前上门拜访（逢年过节去拜访）。' }),
    midAutumn: (date) => ({ title: `中秋节 ${date}`, purpose: '中秋节前上门拜访。' }),
    birthday: (name, relation) => ({ title: `生日：${relation ? `${name}（${relation}）` : name}`, purpose: '打电话或发信息祝贺生日。' }),
    maturity: (date) => ({ title: `到期（${date}）前`, purpose: '洽谈转贷；回顾放款前约定的存款回报是否达到。' }),
  },
  icsOccasion: (date) => `（日期：${date}）`,
  dtstampInvalid: (option, value) =>
    `${option} 须为真实存在的 UTC 日期时间，如 2026-01-31T00:00:00Z（月 01–12，日为该月中的一天，时 00–23，分 00–59，秒 00–60），实际为 ${value}`,
  report: {
    heading: (name) => `贷后维护与监测：${name}`,
    businessLine: (industry, kind) => `${industry} · ${KINDS[kind] ?? kind}`,
    flags: '疑点',
    none: '无监测疑点：流水与存款符合预期。',
    skippedCheck: (code, title, reason) => `- ${title}（${code}）：未运行：${reason}`,
    expectation: '存款预期',
    patternLine: (pattern, reasoning) => `${patterns[pattern]}：${reasoning}`,
    observed: '实际与预期对比',
    cost: '贷款真实成本与综合回报',
    calendar: '联系日历',
    headings: {
      month: '月份',
      sales: '销售额',
      inflows: '进账',
      expectedInflows: '预期进账',
      retention: '留存系数',
      balance: '日均存款',
      expectedBalance: '预期日均',
      reason: '理由',
      date: '日期',
      kind: '类型',
      task: '事项',
      item: '项目',
      value: '数值',
    },
    costRows: {
      amount: '贷款金额',
      deposit: '压存款',
      usableAmount: '实际可用资金',
      depositInterest: '存款利息',
      contractMonthlyRate: '合同月利率',
      contractEffectiveAnnualRate: '合同年化（复利）',
      monthlyCost: '实际月成本（内部收益率）',
      effectiveAnnualCost: '实际年化成本',
      averageOutstanding: '贷款平均余额',
      loanInterest: '利息收入',
      depositValue: '存款价值（按内部转移价格）',
      loanYield: '贷款收益率',
      relationshipYield: '综合回报率',
    },
    task: (title, purpose) => `${title}：${purpose}`,
  },
};
