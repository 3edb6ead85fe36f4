/**
 * SEASONAL_SHORTFALL — 淡季还款缺口.
 *
 * Formula: for each period k from the disbursement date, net = surplus of its month − new instalment;
 * buffer after = buffer before + net. A period with net < 0 is a shortfall; it is covered when the buffer carried
 * from earlier months pays the difference (buffer after ≥ 0), uncovered otherwise (the gap must come from outside
 * the business; the buffer restarts at 0). The buffer starts at 0 (policy.capacity.openingBuffer = none, default)
 * or at cash + bank (cash-and-bank): see policy.ts for why 0 is the default.
 *
 * Severity: info when every shortfall month is covered by the carried buffer (the peak carries the trough, as the
 * source expects of a seasonal trader — but only if the peak's surplus is kept: the officer should see it in the
 * trough's deposits), critical when a month is not covered.
 * Reads context.capacity (computed once in runAnalysis); skipped when there is no loan request.
 */
import { formatMoney } from '../../money/index.js';
import { writeFlag, groupMoney, moneyInput, plainInput, skipped } from '../legacy.js';
import type { Rule } from '../legacy.js';

const title = { en: 'Instalment not covered by the month’s surplus', zh: '淡季月份盈余不足以支付月供' };

export const seasonalShortfallRule: Rule = {
  id: 'seasonal-shortfall',
  codes: ['SEASONAL_SHORTFALL'],
  title,
  check({ capacity }) {
    const loan = capacity.loan;
    if (loan === null) return skipped(capacity.skipped?.missing ?? ['loanRequest'], capacity.skipped?.reason);
    const { check } = loan;
    if (check.shortfallPeriods.length === 0) return { status: 'ran', flags: [] };

    return {
      status: 'ran',
      flags: [
        writeFlag({ code: 'SEASONAL_SHORTFALL', severity: check.uncoveredPeriods.length > 0 ? 'critical' : 'info', ruleId: 'seasonal-shortfall', title, unit: 'CNY' }, () => {
          const label = (k: number) => check.months[k - 1]?.dueDate.slice(0, 7) ?? String(k);
          const covered = check.bufferPeriods.map(label);
          const uncovered = check.uncoveredPeriods.map((k) => `${label(k)} (${groupMoney(check.months[k - 1]?.gap ?? loan.amount)})`);
          const lines = check.shortfallPeriods.map((k) => {
            const m = check.months[k - 1];
            if (!m) return '';
            const state = m.status === 'buffer' ? 'covered' : `not covered, gap ${groupMoney(m.gap)}`;
            return `${label(k)}: ${groupMoney(m.surplus)} − ${groupMoney(m.payment)} = ${groupMoney(m.net)}; buffer ${groupMoney(m.bufferBefore)} → ${state}`;
          });
          const coveredPart = check.totalShortfall.minus(check.uncoveredGap);
          const none = { en: 'none', zh: '无' };
          return {
            observed: formatMoney(check.totalShortfall),
            expected: formatMoney(coveredPart),
            range: null,
            deviation: { absolute: formatMoney(check.uncoveredGap), relative: null },
            formula:
              'net(k) = surplus(month of k) − instalment(k); buffer(k) = buffer(k−1) + net(k); shortfall when net < 0, ' +
              'covered when buffer(k) ≥ 0, else uncovered (gap = −buffer(k), buffer restarts at 0). ' +
              'observed = Σ shortfall, expected = the part the buffer covers, deviation = the uncovered gap',
            computation: `buffer₀ = ${groupMoney(loan.openingBuffer)} (${loan.openingBufferSource}); ${lines.join('; ')}`,
            inputs: [
              moneyInput('amount', 'loanRequest.amount', loan.amount),
              plainInput('termMonths', 'loanRequest.termMonths', String(loan.termMonths), 'months'),
              plainInput('startDate', loan.startSource === 'disbursementDate' ? 'loanRequest.disbursementDate' : 'analysisDate', loan.startDate, 'text', loan.startSource !== 'disbursementDate'),
              moneyInput('openingBuffer', 'policy.capacity.openingBuffer', loan.openingBuffer),
              plainInput('surplusByMonth', 'incomeStatement.months[].disposableSurplus', check.months.map((m) => formatMoney(m.surplus)).join(' '), 'text'),
            ],
            evidence: [
              { en: 'bank statements over last year’s slow months: did the balance carry the business through?', zh: '去年淡季月份的银行流水：存款余额能否支撑经营？' },
              { en: 'the deposit balance at the end of the last peak season', zh: '上一个旺季结束时的存款余额' },
              { en: 'sales records by month (ledgers, stall takings, POS statements)', zh: '分月销售记录（账本、摊位流水、POS 对账单）' },
            ],
            questions: [
              { en: 'How did you pay your regular bills in last year’s slow months?', zh: '去年生意淡的那几个月，日常开销是怎么安排的？' },
              { en: 'What do you do with the money that comes in during the busy season?', zh: '旺季收回来的钱，您一般怎么安排？' },
              { en: 'Who could help if a slow month ran longer than usual?', zh: '如果淡季比往年长，有谁能帮您周转？' },
            ],
            message: {
              en:
                `In ${check.shortfallPeriods.length} of ${loan.termMonths} months the surplus does not cover the new instalment. ` +
                `Covered by the cash carried from earlier months: ${covered.join(', ') || none.en}. ` +
                `Not covered: ${uncovered.join(', ') || none.en}.`,
              zh:
                `${loan.termMonths} 个月中有 ${check.shortfallPeriods.length} 个月的盈余不足以支付新增月供。` +
                `可由前期结余弥补：${covered.join('、') || none.zh}。` +
                `无法弥补：${uncovered.join('、') || none.zh}。`,
            },
          };
        }),
      ],
    };
  },
};
