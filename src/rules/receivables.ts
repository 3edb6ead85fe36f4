/**
 * RECEIVABLES_INCONSISTENT — 应收账款交叉检验.
 *
 * Formula: expected receivables = annual sales × credit share × customers' payment days / day basis;
 * deviation = (reported − expected) / expected.
 * The source's worked example: 12,000,000 × 1 × 45 / 360 = 1,500,000.
 *
 * Defaults: warning beyond ±20%, critical beyond ±50% (policy.receivables). These are xcheck's own
 * choice: the source only says receivables should be "about" (左右) the figure, and no published
 * tolerance exists (DESIGN.md §6). Day basis 360 (policy.dayBasis), as the source and IPC systems count.
 * Credit share defaults to 1 (all sales collected later) when the profile does not give it.
 */
import { ONE, toDecimal } from '../money/index.js';
import { moneyInput, plainInput, ratioInput, skipped } from './flag.js';
import { checkTurnover } from './turnover.js';
import type { Rule } from './types.js';

const title = { en: 'Receivables against sales and collection days', zh: '应收账款与销售额、回款周期不符' };

export const receivablesRule: Rule = {
  id: 'receivables',
  codes: ['RECEIVABLES_INCONSISTENT'],
  title,
  check({ profile, policy, statements }) {
    const missing: string[] = [];
    const days = profile.settlement?.customerDays;
    if (days === undefined) missing.push('settlement.customerDays');
    if (profile.balances?.receivables === undefined) missing.push('balances.receivables');
    if (days === undefined || missing.length > 0) return skipped(missing);

    const sales = statements.incomeStatement.annual.sales;
    const shareGiven = profile.sales.creditShare;
    const creditShare = shareGiven === undefined ? ONE : toDecimal(shareGiven);
    const reported = statements.balanceSheet.assets.receivables;
    const flag = checkTurnover({
      code: 'RECEIVABLES_INCONSISTENT',
      ruleId: 'receivables',
      title,
      flow: sales,
      creditShare,
      days,
      dayBasis: policy.dayBasis,
      reported,
      band: policy.receivables,
      symbols: { flow: 'sales', share: 'creditShare', days: 'customerDays', balance: 'receivables' },
      inputs: () => [
        moneyInput('sales', 'incomeStatement.annual.sales', sales),
        ratioInput('creditShare', 'sales.creditShare', creditShare, shareGiven === undefined),
        plainInput('customerDays', 'settlement.customerDays', String(days), 'days'),
        plainInput('dayBasis', 'policy.dayBasis', String(policy.dayBasis), 'days'),
        moneyInput('receivables', 'balances.receivables', reported),
      ],
      evidence: [
        {
          en: `warehouse out-slips and delivery notes for the last ${days} days, matched to unpaid invoices`,
          zh: `近 ${days} 天的出库单、送货单，与未收款账单逐笔核对`,
        },
        { en: "customers' statements of account (对账单) or a debtor list with amounts and ages", zh: '客户对账单或应收明细（金额与账龄）' },
        { en: 'bank statements showing when customers actually paid', zh: '银行流水中客户回款的日期与金额' },
        { en: 'a phone confirmation with two of the largest debtors', zh: '电话向两家最大的欠款客户核实' },
      ],
      questions: [
        { en: 'Who are your main customers, and how do they usually settle with you?', zh: '您的主要客户是哪些？他们一般怎么跟您结账？' },
        { en: 'Could you walk me through your last few deliveries and when each one was paid?', zh: '能跟我讲讲最近几笔送货，分别是什么时候收到钱的吗？' },
        { en: 'How has collection from customers been going this season compared with last year?', zh: '今年这段时间的回款情况和去年比怎么样？' },
      ],
      message: (f) => ({
        en: `Receivables reported ${f.reported}, but sales of ${f.flow} a year collected in about ${f.days} days imply about ${f.expected} (${f.deviation}).`,
        zh: `申报应收账款 ${f.reported}，但年销售额 ${f.flow}、回款约 ${f.days} 天，应收账款应在 ${f.expected} 左右（偏差 ${f.deviation}）。`,
      }),
    });
    return { status: 'ran', flags: flag ? [flag] : [] };
  },
};
