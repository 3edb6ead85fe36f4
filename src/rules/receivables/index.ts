/**
 * RECEIVABLES_INCONSISTENT — 应收账款交叉检验.
 *
 * Formula: expected receivables = annual sales × credit share × customers' payment days / day basis;
 * deviation = (reported − expected) / expected.
 * The source's worked example: 12,000,000 × 1 × 45 / 360 = 1,500,000.
 *
 * Defaults: warning beyond ±20%, critical beyond ±50% (policy.receivables). These are xcheck's own
 * choice: the source only says receivables should be "about" (左右) the figure, and no published
 * tolerance exists (docs/rules.md, "Where the defaults come from"). Day basis 360 (policy.dayBasis), as the source and IPC systems count.
 * Credit share defaults to 1 (all sales collected later) when the profile does not give it.
 */
import { ONE } from '../../money/index.js';
import { benchmarkAverage } from '../../industry/index.js';
import { moneyInput, plainInput, ran, ratioInput, skipped } from '../flag.js';
import { turnoverCompare } from '../turnover.js';
import type { Rule } from '../types.js';

export const receivablesRule: Rule = {
  id: 'receivables',
  codes: ['RECEIVABLES_INCONSISTENT'],
  check({ profile, policy, statements }) {
    const missing: string[] = [];
    const declared = profile.settlement?.customerDays;
    // Without the profile's days, the trade's average from the industry benchmarks (docs/industry.md).
    const benchmark = declared === undefined ? benchmarkAverage(profile, policy, 'customerDays') : undefined;
    const days = declared ?? (benchmark && benchmark.value.toNumber());
    if (days === undefined) missing.push('settlement.customerDays');
    if (profile.balances?.receivables === undefined) missing.push('balances.receivables');
    if (days === undefined || missing.length > 0) return skipped(missing);

    const sales = statements.incomeStatement.annual.sales;
    const shareGiven = profile.sales.creditShare;
    const creditShare = shareGiven ?? ONE;
    const reported = statements.balanceSheet.assets.receivables;
    const { finding, comparison } = turnoverCompare({
      code: 'RECEIVABLES_INCONSISTENT',
      flow: sales,
      creditShare,
      days,
      dayBasis: policy.dayBasis,
      reported,
      band: policy.receivables,
      bandPath: 'receivables',
      inputs: () => [
        moneyInput('sales', 'incomeStatement.annual.sales', sales),
        ratioInput('creditShare', 'sales.creditShare', creditShare, shareGiven === undefined),
        benchmark ? plainInput('customerDays', benchmark.path, String(days), 'days', true) : plainInput('customerDays', 'settlement.customerDays', String(days), 'days'),
        plainInput('dayBasis', 'policy.dayBasis', String(policy.dayBasis), 'days'),
        moneyInput('receivables', 'balances.receivables', reported),
      ],
    }, 'receivables');
    return ran([finding], [comparison]);
  },
};
