/**
 * INITIAL_CAPITAL_UNEXPLAINED — 初始资金来源不明.
 *
 * The source: an apprentice since 2002 who put 500,000 into his own business in 2005 "surely had social
 * debt" (该客户初始资金肯定具备社会负债): what matters is where the money came from and what kind of money
 * it is. xcheck compares the capital with what the earlier history can explain:
 *
 *   months worked   = whole months from owner.workStartDate to the start event's date
 *   savings         = months worked × owner.monthlySavings
 *                     (or × owner.monthlyIncome × policy.initialCapital.savingsRate when savings are not given)
 *   explained       = savings + owner.familySupport + start.borrowed
 *   unexplained     = capital − explained;   relative = unexplained / capital
 *
 * Fires when relative > policy.initialCapital.tolerance (default 0.1), critical beyond .critical (0.3):
 * xcheck's choice, the source gives no tolerance. More than enough explained money never flags.
 * Skipped when there is no start event, or when savings are needed but the owner's work start or
 * income/savings are missing.
 */
import { mustParseIsoDate, wholeMonthsBetween } from '../../dates/index.js';
import { type Dec, formatMoney, formatRatio, groupMoney, ONE, toDecimal, ZERO } from '../../money/index.js';
import { writeFlag, moneyInput, plainInput, ratioInput, severityFor, signedPercent, skipped } from '../legacy.js';
import type { Flag, FlagInput, Rule } from '../legacy.js';

const title = { en: 'Initial capital larger than the earlier history explains', zh: '初始投入资金超出创业前积累' };

export const initialCapitalRule: Rule = {
  id: 'initial-capital',
  codes: ['INITIAL_CAPITAL_UNEXPLAINED'],
  title,
  check({ profile, policy }) {
    const index = (profile.history ?? []).findIndex((e) => e.kind === 'start');
    const start = profile.history?.[index];
    const capital = start ? toDecimal(start.amount) : ZERO;
    if (!start || !capital.gt(0)) return skipped(['history[kind=start]']);
    const band = policy.initialCapital;
    const tol = toDecimal(band.tolerance);
    const owner = profile.owner ?? {};
    const borrowed = toDecimal(start.borrowed ?? 0);
    const family = toDecimal(owner.familySupport ?? 0);
    const at = `history[${index}]`;

    // Savings are needed only when borrowing and family support leave more than the tolerance unexplained.
    // Their text and inputs are written only for a flag.
    let savings = ZERO;
    let savingsText = (): string => '0';
    let savingsInputs = (): FlagInput[] => [];
    const withoutSavings = capital.minus(borrowed).minus(family).div(capital);
    if (withoutSavings.gt(tol)) {
      const missing: string[] = [];
      if (owner.workStartDate === undefined) missing.push('owner.workStartDate');
      if (owner.monthlySavings === undefined && owner.monthlyIncome === undefined) missing.push('owner.monthlySavings');
      if (owner.workStartDate === undefined || missing.length > 0)
        return skipped(missing, {
          en: `borrowing and family support explain only part of the initial capital; the owner's earlier work is needed (${missing.join(', ')})`,
          zh: `借款和家庭资助只能解释部分初始资金，需要创业前的工作情况（${missing.join('、')}）`,
        });
      const months = wholeMonthsBetween(mustParseIsoDate(owner.workStartDate), mustParseIsoDate(start.date));
      let perMonth: Dec;
      if (owner.monthlySavings !== undefined) {
        const saved = toDecimal(owner.monthlySavings);
        perMonth = saved;
        savingsText = () => `${months} × ${groupMoney(saved)}`;
        savingsInputs = () => [moneyInput('monthlySavings', 'owner.monthlySavings', saved)];
      } else {
        const income = toDecimal(owner.monthlyIncome ?? 0);
        const rate = toDecimal(band.savingsRate);
        perMonth = income.times(rate);
        savingsText = () => `${months} × ${groupMoney(income)} × ${rate.toFixed()}`;
        savingsInputs = () => [moneyInput('monthlyIncome', 'owner.monthlyIncome', income), ratioInput('savingsRate', 'policy.initialCapital.savingsRate', rate, true)];
      }
      const workStart = owner.workStartDate;
      const own = savingsInputs;
      savingsInputs = () => [...own(), plainInput('monthsWorked', `owner.workStartDate → ${at}.date`, `${months} (${workStart} – ${start.date})`, 'months')];
      savings = perMonth.times(months);
    }

    const explained = savings.plus(family).plus(borrowed);
    const unexplained = capital.minus(explained);
    const relative = unexplained.div(capital);
    const severity = unexplained.gt(0) ? severityFor(relative, band) : null;
    if (severity === null) return { status: 'ran', flags: [] };

    const year = start.date.slice(0, 4);
    const flag: Flag = writeFlag({ code: 'INITIAL_CAPITAL_UNEXPLAINED', severity, ruleId: 'initial-capital', title, unit: 'CNY' }, () => {
      // Each figure grouped once for the computation, the questions and the message.
      const g = { capital: groupMoney(capital), explained: groupMoney(explained), unexplained: groupMoney(unexplained) };
      const pct = signedPercent(relative);
      return {
        observed: formatMoney(capital),
        expected: formatMoney(explained),
        range: { min: '0.00', max: tol.gte(ONE) ? null : formatMoney(explained.div(ONE.minus(tol))) },
        deviation: { absolute: formatMoney(unexplained), relative: formatRatio(relative) },
        formula:
          'explained = months worked × monthly savings + family support + borrowed; unexplained = capital − explained; relative = unexplained / capital',
        computation:
          `${savingsText()} + ${groupMoney(family)} + ${groupMoney(borrowed)} = ${g.explained}; ` +
          `${g.capital} − ${g.explained} = ${g.unexplained}; ${g.unexplained} / ${g.capital} = ${pct}`,
        inputs: [
          moneyInput('capital', `${at}.amount`, capital),
          moneyInput('borrowed', `${at}.borrowed`, borrowed, start.borrowed === undefined),
          moneyInput('familySupport', 'owner.familySupport', family, owner.familySupport === undefined),
          ...savingsInputs(),
        ],
        evidence: [
          { en: 'bank statements of the owner around the start, showing where the money came in from', zh: '创业前后客户本人的银行流水，看资金从哪里转入' },
          { en: 'IOUs (借条) or loan contracts for the start capital, and the lenders\' confirmation by phone', zh: '创业资金的借条或借款合同，并电话向出借人核实' },
          { en: 'proof of the earlier income: pay records or the former employer\'s confirmation', zh: '创业前收入的证明：工资记录或原雇主的证实' },
        ],
        questions: [
          { en: `When you started in ${year}, how did you put the ${g.capital} together?`, zh: `${year} 年创业时投入的 ${g.capital}，是怎么凑起来的？` },
          { en: 'Who else helped with that money, and what did you agree with them?', zh: '这笔钱还有谁帮过忙？当时是怎么约定的？' },
          { en: 'How has that been settled since, and is any of it still outstanding?', zh: '后来是怎么结清的？现在还有没有没还完的？' },
        ],
        message: {
          en: `The business started in ${year} with ${g.capital}, but savings, family support and declared borrowing explain only ${g.explained}: ${g.unexplained} (${pct}) has no stated source. Part of it was probably borrowed (social debt, 社会负债): ask where it came from and whether it has been repaid.`,
          zh: `${year} 年创业投入 ${g.capital}，但创业前积蓄、家庭资助和已申报借款只能解释 ${g.explained}，有 ${g.unexplained}（${pct}）来源不明，很可能有社会负债：需问清资金来源以及是否已经归还。`,
        },
      };
    });
    return { status: 'ran', flags: [flag] };
  },
};
