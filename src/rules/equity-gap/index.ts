/**
 * EQUITY_RECONCILIATION_GAP — 权益交叉检验.
 *
 * Formula (the source's): expected equity = initial equity + profits − withdrawals + injections − depreciation;
 * gap = balance-sheet equity − expected equity; relative gap = gap / denominator, where the
 * denominator is balance-sheet equity (default) or the profits over the period (policy.equity.denominator).
 *
 * Defaults: warning beyond ±10%, critical beyond ±25% of balance-sheet equity, over the whole history
 * since the start (policy.equity). No authoritative published tolerance exists; IPC-derived systems
 * make it a per-industry setting and divide by different things (DESIGN.md §6), so both the threshold
 * and the denominator are policy. 10% is the figure commonly used in IPC training material as
 * "basically agrees" (基本相符) and is xcheck's documented choice, not a standard.
 */
import { formatMoney, groupMoney, toDecimal } from '../../money/index.js';
import { writeFlag, moneyInput, plainInput, severityFor, signedPercent, skipped } from '../legacy.js';
import type { Bilingual, Flag, Rule } from '../legacy.js';
import { formatRatio } from '../../money/index.js';

const title = { en: 'Equity does not reconcile with the business history', zh: '权益与经营履历推算不符' };

export const equityGapRule: Rule = {
  id: 'equity-gap',
  codes: ['EQUITY_RECONCILIATION_GAP'],
  title,
  check({ equity, policy }) {
    if (equity.status === 'skipped') return skipped(equity.missing, equity.reason);
    const r = equity.reconciliation;
    const byProfits = policy.equity.denominator === 'profits';
    const relative = byProfits ? r.gapShareOfProfits : r.gapShareOfEquity;
    const denominator = byProfits ? r.profits : r.balanceSheetEquity;
    const severity = relative === null ? (r.gap.isZero() ? null : 'warning') : severityFor(relative, policy.equity);
    if (severity === null) return { status: 'ran', flags: [] };

    const evidence: Bilingual[] = [
      { en: 'bank statements over the period for large inflows and outflows', zh: '期间银行流水中的大额进出' },
      { en: 'property and vehicle papers with purchase dates and how they were paid', zh: '房产、车辆证件及购置时间和付款方式' },
      { en: 'loan contracts and IOUs (借条), including those with relatives and private lenders', zh: '借款合同和借条，包括亲友及民间借贷' },
    ];
    const flag: Flag = writeFlag({ code: 'EQUITY_RECONCILIATION_GAP', severity, ruleId: 'equity-gap', title, unit: 'CNY' }, () => {
      const tol = toDecimal(policy.equity.tolerance);
      const allowed = denominator.abs().times(tol);
      const hiddenDebt = r.gap.isNegative();
      const questions: Bilingual[] = hiddenDebt
        ? [
            { en: 'Where did the money for the start of the business come from, and how was it repaid?', zh: '当初创业的钱是从哪里来的？后来是怎么还的？' },
            { en: 'Besides the bank, who else have you borrowed from over the years?', zh: '这些年除了银行，还向谁借过钱？' },
            { en: 'What were the largest things you spent money on in the last few years?', zh: '这几年家里和生意上最大的几笔开支是什么？' },
          ]
        : [
            { en: 'Where did the money for the stock and equipment you have now come from?', zh: '现在这些货和设备的钱是从哪里来的？' },
            { en: 'Has the family received any money from outside the business, such as compensation or an inheritance?', zh: '家里有没有生意以外的进账，比如拆迁补偿、继承之类？' },
            { en: 'How did profits go in the good and the bad years?', zh: '生意好的年份和差的年份，利润大概各是多少？' },
            { en: 'Who else has money in the business, and on what terms?', zh: '生意里还有谁投了钱？是怎么约定的？' },
          ];
      // Each figure grouped once for the computation and the messages.
      const equityShown = groupMoney(r.balanceSheetEquity);
      const expectedShown = groupMoney(r.expectedEquity);
      const gapShown = groupMoney(r.gap);
      const deviation = relative === null ? null : signedPercent(relative);
      return {
        observed: formatMoney(r.balanceSheetEquity),
        expected: formatMoney(r.expectedEquity),
        range: { min: formatMoney(r.expectedEquity.minus(allowed)), max: formatMoney(r.expectedEquity.plus(allowed)) },
        deviation: { absolute: formatMoney(r.gap), relative: relative === null ? null : formatRatio(relative) },
        formula:
          'expected equity = initial equity + profits − withdrawals + injections − depreciation; ' +
          `gap = balance-sheet equity − expected equity; relative = gap / ${byProfits ? 'profits over the period' : 'balance-sheet equity'}`,
        computation:
          `${groupMoney(r.initialEquity)} + ${groupMoney(r.profits)} − ${groupMoney(r.withdrawals)} + ${groupMoney(r.injections)} − ${groupMoney(r.depreciation)} = ${expectedShown}; ` +
          `${equityShown} − ${expectedShown} = ${gapShown}` +
          (relative === null ? '' : `; ${gapShown} / ${groupMoney(denominator.abs())} = ${deviation}`),
        inputs: [
          moneyInput('initialEquity', policy.equity.window === 'since-start' ? 'history[kind=start].amount' : 'openingEquity.amount', r.initialEquity),
          moneyInput('profits', r.profitsEstimated ? 'incomeStatement.monthlyAverage (estimated)' : 'history[kind=profit]', r.profits, r.profitsEstimated),
          moneyInput('withdrawals', 'history[kind=withdrawal]', r.withdrawals),
          moneyInput('injections', 'history[kind=injection|revaluation]', r.injections),
          moneyInput('depreciation', 'balanceSheet.fixedAssetLines', r.depreciation),
          moneyInput('balanceSheetEquity', 'balanceSheet.equity', r.balanceSheetEquity),
          plainInput('period', 'policy.equity.window', `${r.periodStart} – ${r.periodEnd} (${r.periodMonths} months)`, 'text'),
        ],
        evidence,
        questions,
        message: hiddenDebt
          ? {
              en: `Balance-sheet equity is ${equityShown}, but the history since ${r.periodStart} explains ${expectedShown}: ${groupMoney(r.gap.abs())} is missing (${deviation ?? 'n/a'}). Look for debt repaid out of the business (such as a borrowed start capital), large spending not declared, or overstated profits.`,
              zh: `表内权益 ${equityShown}，按 ${r.periodStart} 以来的经营履历推算应为 ${expectedShown}，少了 ${groupMoney(r.gap.abs())}（${deviation ?? '无'}）。需查是否用经营资金归还了借款（如创业时借入的资金）、是否有未申报的大额支出，或利润被高估。`,
            }
          : {
              en: `Balance-sheet equity is ${equityShown}, but the history since ${r.periodStart} explains only ${expectedShown}: ${gapShown} more than expected (${deviation ?? 'n/a'}). Look for debt missing from the balance sheet, overstated assets, or injections not declared.`,
              zh: `表内权益 ${equityShown}，按 ${r.periodStart} 以来的经营履历推算仅为 ${expectedShown}，多出 ${gapShown}（${deviation ?? '无'}）。需查是否有表外负债（社会负债）、资产是否高估，或是否有未申报的追加资金。`,
            },
      };
    });
    return { status: 'ran', flags: [flag] };
  },
};
