/**
 * LIQUIDITY_LOW — 流动性. Two ratios from the rebuilt balance sheet (never recomputed here):
 * - current ratio = current assets / current liabilities: below 1 warns, below 0.7 is critical;
 * - quick ratio = (current assets − inventory) / current liabilities: below 0.5 warns, below 0.3 is critical.
 * Micro-enterprise liabilities run a year or less, so all liabilities count as current (src/statements).
 * Defaults (policy.liquidity) are xcheck's own choice. With no liabilities neither ratio can be low.
 * Skipped when the profile reports no balances.
 */
import { groupMoney } from '../../money/index.js';
import { limitFlag, moneyInput, skippedWithoutBalances } from '../legacy.js';
import type { Bilingual, Flag, Rule } from '../legacy.js';

const CODE = 'LIQUIDITY_LOW';
const RULE_ID = 'liquidity';
const title = { en: 'Current assets short of current liabilities', zh: '流动资产不足以覆盖流动负债' };

const evidence: Bilingual[] = [
  { en: 'bank balances on the day of the visit, and the cash counted', zh: '走访当天的银行余额及现金盘点' },
  { en: 'the receivables list with ages, to see what will come in soon', zh: '应收账款明细及账龄，看近期能收回多少' },
  { en: 'loan contracts and supplier bills with their due dates', zh: '借款合同及供货商账单的到期日' },
];
const questions: Bilingual[] = [
  { en: 'Which payments fall due in the next three months, and where will the money come from?', zh: '未来三个月有哪些款项要付？钱从哪里来？' },
  { en: 'When money is tight, what do you usually do?', zh: '资金紧张的时候，您一般怎么周转？' },
];

export const liquidityRule: Rule = {
  id: RULE_ID,
  codes: [CODE],
  title,
  check({ profile, policy, statements }) {
    if (profile.balances === undefined) return skippedWithoutBalances();
    const bs = statements.balanceSheet;
    const current = bs.assets.current;
    const inventory = bs.assets.inventory;
    const liabilities = bs.liabilities.current;
    const quickAssets = current.minus(inventory);
    const common = { code: CODE, ruleId: RULE_ID, title, unit: 'ratio' as const, denominator: liabilities, evidence, questions, undefinedMessage: null };
    const flags = [
      limitFlag({
        ...common,
        numerator: current,
        limit: policy.liquidity.currentRatio,
        limitPath: 'policy.liquidity.currentRatio.min',
        formula: 'current ratio = current assets / current liabilities',
        terms: () => `${groupMoney(current)} / ${groupMoney(liabilities)}`,
        inputs: () => [moneyInput('currentAssets', 'balanceSheet.assets.current', current), moneyInput('currentLiabilities', 'balanceSheet.liabilities.current', liabilities)],
        message: (v, min) => ({
          en: `Current assets of ${groupMoney(current)} are ${v} times current liabilities of ${groupMoney(liabilities)}, below ${min}.`,
          zh: `流动资产 ${groupMoney(current)} 仅为流动负债 ${groupMoney(liabilities)} 的 ${v} 倍，低于 ${min}。`,
        }),
      }),
      limitFlag({
        ...common,
        numerator: quickAssets,
        limit: policy.liquidity.quickRatio,
        limitPath: 'policy.liquidity.quickRatio.min',
        formula: 'quick ratio = (current assets − inventory) / current liabilities',
        terms: () => `(${groupMoney(current)} − ${groupMoney(inventory)}) / ${groupMoney(liabilities)}`,
        inputs: () => [
          moneyInput('currentAssets', 'balanceSheet.assets.current', current),
          moneyInput('inventory', 'balanceSheet.assets.inventory', inventory),
          moneyInput('currentLiabilities', 'balanceSheet.liabilities.current', liabilities),
        ],
        message: (v, min) => ({
          en: `Without inventory, current assets of ${groupMoney(quickAssets)} are ${v} times current liabilities of ${groupMoney(liabilities)}, below ${min}.`,
          zh: `扣除存货后的流动资产 ${groupMoney(quickAssets)} 仅为流动负债 ${groupMoney(liabilities)} 的 ${v} 倍，低于 ${min}。`,
        }),
      }),
    ].filter((f): f is Flag => f !== null);
    return { status: 'ran', flags };
  },
};
