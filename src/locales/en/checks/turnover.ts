/** Formula and computation of the two turnover checks (receivables, payables), in English. */
import type { Finding } from '../../../rules/types.js';
import { money, signedPercent } from '../../format.js';

/** `expected receivables = sales × creditShare × customerDays / 360; deviation = (reported − expected) / expected` and its numbers. */
export function turnoverMath(f: Finding, symbols: { flow: string; share: string; days: string; balance: string }) {
  const p = f.params as { flow: string; creditShare: string; days: number; dayBasis: number };
  const relative = f.deviation?.relative ?? null;
  return {
    formula: `expected ${symbols.balance} = ${symbols.flow} × ${symbols.share} × ${symbols.days} / ${p.dayBasis}; deviation = (reported − expected) / expected`,
    computation:
      `${money(p.flow)} × ${p.creditShare} × ${p.days} / ${p.dayBasis} = ${money(f.expected)}; ` +
      (relative === null
        ? `reported ${money(f.observed)} where nothing is expected`
        : `(${money(f.observed)} − ${money(f.expected)}) / ${money(f.expected)} = ${signedPercent(relative)}`),
  };
}
