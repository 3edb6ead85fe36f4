/** self-report: texts (en). */
import type { SelfReportParams } from '../../../rules/self-report/index.js';
import type { CheckTexts } from '../../types.js';
import { evidenceFigures, evidenceKinds } from '../evidence.js';
import { money, signedPercent } from '../../format.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Labels of the inputs: the habit, the factor and each amount adjusted (named by its profile path). */
const LABELS: Readonly<Record<string, string>> = {
  talkingHabit: 'talking habit',
  factor: 'adjustment factor',
  'sales.annual': 'annual sales',
  ...Object.fromEntries(MONTHS.map((m, i) => [`sales.monthly[${i}]`, `sales in ${m}`])),
  'balances.receivables': 'receivables',
  'balances.inventory': 'inventory',
  'balances.cash': 'cash',
  'balances.bank': 'bank deposits',
};

const HABITS: Readonly<Record<string, string>> = { exaggerating: 'exaggerates', neutral: 'is neutral', cautious: 'is cautious' };

export const selfReport: CheckTexts = {
  title: "Figures resting on the applicant's word adjusted for the talking habit",
  labels: LABELS,
  skips: {
    'no-talking-habit': () => 'no talking habit recorded (talkingHabit): figures are taken as the applicant said them',
  },
  findings: {
    SELF_REPORT_ADJUSTED: (f) => {
      const p = f.params as unknown as SelfReportParams;
      return {
        formula:
          'adjusted = original × policy.selfReport[talkingHabit], for each favourable figure with no independent proof; ' +
          'deviation = (Σ original − Σ adjusted) / Σ original',
        computation: p.adjustments.map((a) => `${a.path}: ${money(a.original)} × ${p.factor} = ${money(a.adjusted)}`).join('; '),
        evidence: p.figures.map(
          (x) => `${evidenceFigures[x.figure]}: ${x.proofs.map((k) => evidenceKinds[k]).join(', ')} would replace the adjustment with a proof`,
        ),
        questions: ['How do you keep track of what you sell each day?', 'Could you show me where that figure comes from?'],
        message: `The applicant ${HABITS[p.habit] ?? p.habit}; ${p.figures.map((x) => evidenceFigures[x.figure]).join(', ')} rested only on their word and were multiplied by ${p.factor} (${signedPercent(p.change)}): ${money(f.observed)} became ${money(f.expected)}. Every check and statement uses the adjusted figures.`,
      };
    },
  },
};
