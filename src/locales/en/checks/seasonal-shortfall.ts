/** seasonal-shortfall: texts (en). */
import type { CheckTexts } from '../../types.js';
import { money } from '../../format.js';

interface Params {
  readonly termMonths: number;
  readonly shortfallMonths: number;
  readonly openingBuffer: string;
  readonly openingBufferSource: string;
  readonly covered: readonly string[];
  readonly uncovered: readonly { readonly month: string; readonly gap: string }[];
  readonly shortfalls: readonly { month: string; surplus: string; payment: string; net: string; bufferBefore: string; covered: boolean; gap: string }[];
}

export const seasonalShortfall: CheckTexts = {
  title: 'Instalment not covered by the month’s surplus',
  labels: {
    amount: 'requested amount',
    termMonths: 'term (months)',
    startDate: 'disbursement date',
    openingBuffer: 'opening buffer',
    surplusByMonth: 'monthly disposable surplus by month',
  },
  skips: { 'no-loan-request': () => 'no loan request in the profile' },
  findings: {
    SEASONAL_SHORTFALL: (f) => {
      const p = f.params as unknown as Params;
      const lines = p.shortfalls.map(
        (m) =>
          `${m.month}: ${money(m.surplus)} − ${money(m.payment)} = ${money(m.net)}; buffer ${money(m.bufferBefore)} → ` +
          (m.covered ? 'covered' : `not covered, gap ${money(m.gap)}`),
      );
      const uncovered = p.uncovered.map((u) => `${u.month} (${money(u.gap)})`);
      return {
        message:
          `In ${p.shortfallMonths} of ${p.termMonths} months the surplus does not cover the new instalment. ` +
          `Covered by the cash carried from earlier months: ${p.covered.join(', ') || 'none'}. ` +
          `Not covered: ${uncovered.join(', ') || 'none'}.`,
        formula:
          'net(k) = surplus(month of k) − instalment(k); buffer(k) = buffer(k−1) + net(k); shortfall when net < 0, ' +
          'covered when buffer(k) ≥ 0; uncovered every month buffer(k) < 0 (the deficit is carried until the surplus repays it; ' +
          'gap = how much further below 0 the month takes it; the list of uncovered months gives the deficit carried). ' +
          'observed = Σ shortfall, expected = the part the buffer covers, deviation = the uncovered gap',
        computation: `buffer₀ = ${money(p.openingBuffer)} (${p.openingBufferSource}); ${lines.join('; ')}`,
        evidence: [
          'bank statements over last year’s slow months: did the balance carry the business through?',
          'the deposit balance at the end of the last peak season',
          'sales records by month (ledgers, stall takings, POS statements)',
        ],
        questions: [
          'How did you pay your regular bills in last year’s slow months?',
          'What do you do with the money that comes in during the busy season?',
          'Who could help if a slow month ran longer than usual?',
        ],
      };
    },
  },
};
