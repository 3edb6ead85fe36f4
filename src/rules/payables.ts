/**
 * PAYABLES_INCONSISTENT — 应付账款交叉检验.
 *
 * Formula: expected payables = annual purchases × credit purchase share × suppliers' credit days / day basis;
 * deviation = (reported − expected) / expected. Annual purchases are `purchases.annual` when given,
 * else the P&L's cost of goods sold (inventory assumed stable), and the flag's inputs say which.
 * (The source's example applies the 30 days to sales, 12,000,000 × 30 / 360 = 1,000,000; purchases
 * are the flow suppliers finance, so xcheck uses them.)
 *
 * Defaults: warning beyond ±20%, critical beyond ±50% (policy.payables), xcheck's own choice as for
 * receivables (no published tolerance). Day basis 360. Credit purchase share defaults to 1.
 */
import { ONE, toDecimal } from '../money/index.js';
import { moneyInput, plainInput, ratioInput, skipped } from './flag.js';
import { checkTurnover } from './turnover.js';
import type { Rule } from './types.js';

const title = { en: 'Payables against purchases and supplier credit', zh: '应付账款与进货额、账期不符' };

export const payablesRule: Rule = {
  id: 'payables',
  codes: ['PAYABLES_INCONSISTENT'],
  title,
  check({ profile, policy, statements }) {
    const missing: string[] = [];
    const days = profile.settlement?.supplierDays;
    if (days === undefined) missing.push('settlement.supplierDays');
    if (profile.balances?.payables === undefined) missing.push('balances.payables');
    if (days === undefined || missing.length > 0) return skipped(missing);

    const declared = profile.purchases?.annual;
    const purchases = declared === undefined ? statements.incomeStatement.annual.costOfGoodsSold : toDecimal(declared);
    const shareGiven = profile.settlement?.creditPurchaseShare;
    const creditShare = shareGiven === undefined ? ONE : toDecimal(shareGiven);
    const reported = statements.balanceSheet.liabilities.payables;
    const flag = checkTurnover({
      code: 'PAYABLES_INCONSISTENT',
      ruleId: 'payables',
      title,
      flow: purchases,
      creditShare,
      days,
      dayBasis: policy.dayBasis,
      reported,
      band: policy.payables,
      symbols: { flow: 'purchases', share: 'creditPurchaseShare', days: 'supplierDays', balance: 'payables' },
      inputs: () => [
        declared === undefined
          ? moneyInput('purchases', 'incomeStatement.annual.costOfGoodsSold', purchases, true)
          : moneyInput('purchases', 'purchases.annual', purchases),
        ratioInput('creditPurchaseShare', 'settlement.creditPurchaseShare', creditShare, shareGiven === undefined),
        plainInput('supplierDays', 'settlement.supplierDays', String(days), 'days'),
        plainInput('dayBasis', 'policy.dayBasis', String(policy.dayBasis), 'days'),
        moneyInput('payables', 'balances.payables', reported),
      ],
      evidence: [
        { en: `warehouse in-slips and suppliers' bills for the last ${days} days`, zh: `近 ${days} 天的入库单和供应商账单` },
        { en: "suppliers' statements of account, or a call to the main supplier", zh: '供应商对账单，或致电主要供应商核实' },
        { en: 'bank statements showing payments to suppliers', zh: '银行流水中付给供应商的款项' },
      ],
      questions: [
        { en: 'Who are your main suppliers, and how do you settle with them?', zh: '您的主要供货商是哪些？平时怎么跟他们结算？' },
        { en: 'What do you owe your suppliers at the moment, and since when?', zh: '目前欠供货商多少货款？是什么时候的货？' },
        { en: 'Has the credit your suppliers give you changed recently?', zh: '最近供货商给您的账期有没有变化？' },
      ],
      message: (f) => ({
        en: `Payables reported ${f.reported}, but purchases of ${f.flow} a year on about ${f.days} days' credit imply about ${f.expected} (${f.deviation}).`,
        zh: `申报应付账款 ${f.reported}，但年进货额 ${f.flow}、账期约 ${f.days} 天，应付账款应在 ${f.expected} 左右（偏差 ${f.deviation}）。`,
      }),
    });
    return { status: 'ran', flags: flag ? [flag] : [] };
  },
};
