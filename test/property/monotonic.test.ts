/**
 * A larger deviation never clears a flag: moving a reported figure further from what the cross-check
 * expects keeps every flag that fired, at the same severity or higher.
 */
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze, type Report } from '../../src/index.js';
import { D, toDecimal } from '../../src/money/index.js';
import { profileArb, RUNS, TIMEOUT } from '../support/properties.js';

const RANK = { none: 0, info: 1, warning: 2, critical: 3 } as const;

function reportOf(profile: unknown): Report {
  const result = analyze(profile);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.report;
}

function rank(report: Report, code: string): number {
  return RANK[report.flags.find((f) => f.code === code)?.severity ?? 'none'];
}

/** Two distances from the expected figure in percent, the second at least as far out on the same side. */
const distances = fc
  .tuple(fc.integer({ min: -100, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.boolean())
  .map(([k1, extra, down]) => {
    const negative = k1 < 0 || (k1 === 0 && down);
    const k2 = negative ? Math.max(-100, k1 - extra) : k1 + extra;
    return [k1, k2] as const;
  });

describe.each([
  ['RECEIVABLES_INCONSISTENT', 'receivables'],
  ['PAYABLES_INCONSISTENT', 'payables'],
] as const)('%s', (code, field) => {
  test(`${field} further from the expected figure never lowers the severity`, { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(profileArb, distances, (profile, [k1, k2]) => {
        // The expected figure, from the flag a huge reported balance raises.
        const withBalance = (v: string) => ({ ...profile, balances: { ...(profile.balances as object), [field]: v } });
        const probe = reportOf(withBalance('1000000000000')).flags.find((f) => f.code === code);
        fc.pre(probe?.expected !== undefined && probe.expected !== null && probe.expected !== '0.00');
        const expected = toDecimal(probe!.expected as string);
        const at = (k: number) => withBalance(expected.times(new D(100 + k)).div(100).toFixed(2));
        const near = rank(reportOf(at(k1)), code);
        const far = rank(reportOf(at(k2)), code);
        expect({ k1, k2, near, far }).toEqual({ k1, k2, near, far: Math.max(far, near) });
      }),
      { numRuns: RUNS },
    );
  });
});

describe('EQUITY_RECONCILIATION_GAP', () => {
  test('a larger gap (more withdrawals or injections the balance sheet does not show) never lowers the severity', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(
        profileArb,
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        (profile, a, extra) => {
          const base = reportOf(profile);
          fc.pre(base.equity.status === 'reconciled');
          if (base.equity.status !== 'reconciled') return;
          // More equity than explained: a withdrawal lowers the expected equity and widens the gap; less: an injection.
          const kind = toDecimal(base.equity.gap).isNegative() ? 'injection' : 'withdrawal';
          const withEvent = (amount: bigint) => ({
            ...profile,
            history: [...(profile.history as object[]), { date: profile.analysisDate, kind, amount: String(amount) }],
          });
          const ranks = [0n, a, a + extra].map((amount) => rank(reportOf(withEvent(amount)), 'EQUITY_RECONCILIATION_GAP'));
          expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
