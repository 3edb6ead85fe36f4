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
import { ONE } from '../../money/index.js';
import { benchmarkAverage } from '../../industry/index.js';
import { moneyInput, plainInput, ran, ratioInput, skipped } from '../flag.js';
import { turnoverCompare } from '../turnover.js';
import type { Rule } from '../types.js';

export const payablesRule: Rule = {
  id: 'payables',
  codes: ['PAYABLES_INCONSISTENT'],
  check({ profile, policy, statements }) {
    const missing: string[] = [];
    const declaredDays = profile.settlement?.supplierDays;
    // Without the profile's days, the trade's average from the industry benchmarks (docs/industry.md).
    const benchmark = declaredDays === undefined ? benchmarkAverage(profile, policy, 'supplierDays') : undefined;
    const days = declaredDays ?? (benchmark && benchmark.value.toNumber());
    if (days === undefined) missing.push('settlement.supplierDays');
    if (profile.balances?.payables === undefined) missing.push('balances.payables');
    if (days === undefined || missing.length > 0) return skipped(missing);

    const declared = profile.purchases?.annual;
    const purchases = declared === undefined ? statements.incomeStatement.annual.costOfGoodsSold : declared;
    const shareGiven = profile.settlement?.creditPurchaseShare;
    const creditShare = shareGiven ?? ONE;
    const reported = statements.balanceSheet.liabilities.payables;
    const { finding, comparison } = turnoverCompare({
      code: 'PAYABLES_INCONSISTENT',
      flow: purchases,
      creditShare,
      days,
      dayBasis: policy.dayBasis,
      reported,
      band: policy.payables,
      bandPath: 'payables',
      inputs: () => [
        declared === undefined
          ? moneyInput('purchases', 'incomeStatement.annual.costOfGoodsSold', purchases, true)
          : moneyInput('purchases', 'purchases.annual', purchases),
        ratioInput('creditPurchaseShare', 'settlement.creditPurchaseShare', creditShare, shareGiven === undefined),
        benchmark ? plainInput('supplierDays', benchmark.path, String(days), 'days', true) : plainInput('supplierDays', 'settlement.supplierDays', String(days), 'days'),
        plainInput('dayBasis', 'policy.dayBasis', String(policy.dayBasis), 'days'),
        moneyInput('payables', 'balances.payables', reported),
      ],
    }, 'payables');
    return ran([finding], [comparison]);
  },
};
