/** The `decision` section of the en catalog. */
import type { OpenPoint } from '../../capacity/recommend.js';
import type { EvidenceFigure, EvidenceKind } from '../../profile/evidence.js';
import { money, percent } from '../format.js';
import type { DecisionTexts, OpenPointTexts } from '../sections/decision.js';
import { figureName, kindList } from './evidence.js';

/** The seasonal plans' kinds (docs/capacity.md §6), as the decision's sentence names them. */
const PLAN_NAMES: Readonly<Record<string, string>> = {
  'interest-only': 'interest only in the slow months',
  grace: 'principal grace at the start',
  proportional: "principal in proportion to each month's surplus",
  balloon: 'a balloon of principal in the peak month',
};

const reasonNames: Readonly<Record<string, string>> = {
  INCOMPLETE_PREMISES_VISITED: 'premises not confirmed on a visit',
  INCOMPLETE_KEY_FIGURE_PROOFS: 'key figures without two independent proofs',
  INCOMPLETE_TALKING_HABIT: 'talking habit not judged',
  INCOMPLETE_HOUSEHOLD_EXPENSES: 'household expenses not recorded',
  INCOMPLETE_SALES_ESTIMATE: 'no independent sales estimate',
  EQUITY_NEGATIVE: 'negative equity',
  PREMISES_NOT_APPLICANT: "premises not the applicant's",
};

const gateName = (gate: string) => reasonNames[`INCOMPLETE_${gate.toUpperCase().replaceAll('-', '_')}`] ?? gate;
const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
type FigureParam = { figure: EvidenceFigure | 'loan'; lender?: string; have: EvidenceKind[]; closing: EvidenceKind[] };

function openPoint(p: OpenPoint): OpenPointTexts {
  const q = p.params;
  const none: OpenPointTexts = { documents: [], questions: [], observe: [] };
  if (p.source === 'estimate')
    return {
      documents: [`The loan contract or IOU of the loan from ${str(q.lender)}, with its repayment terms`],
      questions: [
        `What do you pay each month on the loan from ${str(q.lender)}, and until when? (Estimated meanwhile at ${money(str(q.estimate))} a month over ${str(q.months)} months.)`,
      ],
      observe: [],
    };
  switch (p.code) {
    case 'premises-visited':
      return {
        documents: q.proof === true ? [] : ["The lease contract or ownership papers of the premises, in the applicant's name"],
        questions: ['Since when have you used these premises, and on what terms?'],
        observe: [
          q.visited === true
            ? "See the applicant's own business operating at the premises: the applicant at work, staff, stock, customers, the signboard"
            : "Visit the premises and see the applicant's own business operating there: the applicant at work, staff, stock, customers, the signboard",
        ],
      };
    case 'key-figure-proofs': {
      const figures = (Array.isArray(q.figures) ? q.figures : []) as unknown as FigureParam[];
      return {
        ...none,
        documents: figures.map(
          (f) => `${figureName(f)}: ${f.have.length} of ${str(q.minimum)} independent proofs (${kindList(f.have)}); collect one of: ${kindList(f.closing)}`,
        ),
      };
    }
    case 'talking-habit':
      return {
        ...none,
        observe: ["Judge the applicant's talking habit (exaggerating, neutral or cautious): compare what they say with what you see and what the papers show"],
      };
    case 'household-expenses':
      return {
        ...none,
        questions: [
          `How many people live on the household's money, what does the household spend a month (food, housing, schooling, medical costs), and is there other household income?${q.estimate === undefined ? '' : ` (Estimated meanwhile at ${money(str(q.estimate))} a month: ${money(str(q.perPerson))} × ${str(q.members)} people, the policy minimum.)`}`,
        ],
      };
    case 'sales-estimate':
      return {
        ...none,
        documents: [
          'At least one independent sales estimate: six months of bank statements of the business accounts, the sales ledger or slips of a month, or a count of the till during the visit',
        ],
      };
    default:
      return none;
  }
}

export const decision: DecisionTexts = {
  decisions: {
    approve: 'Approve as asked',
    'approve-with-conditions': 'Approve with conditions',
    'approve-lower': 'Approve a lower amount',
    decline: 'Decline',
    'refer-back': 'Refer back',
  },
  recommendation: (decision, p) => {
    const conditions = p.conditions === 0 ? '' : p.conditions === 1 ? ', on the condition below' : `, on the ${p.conditions} conditions below`;
    if (decision === 'refer-back') {
      if (p.failedRules.length > 0) {
        const checks = p.failedRules.length === 1 ? 'a check' : `${p.failedRules.length} checks`;
        return `Refer back: ${checks} failed with an error (${p.failedRules.join(', ')}), a fault in xcheck or in a custom check rather than in the file; the analysis is incomplete, so it cannot approve the loan. Report the error and run the analysis again once it is fixed.`;
      }
      const parts = [
        ...(p.blocking.length > 0 ? [`critical inconsistencies to settle (${p.blocking.join(', ')})`] : []),
        ...(p.missing.length > 0 ? [`investigation not complete (${p.missing.map(gateName).join('; ')})`] : []),
      ];
      return `Refer back for further investigation: ${parts.join(', and ')}. Go back to the applicant (a call or a second visit) with the checklist below; until then the figures are not verified and no amount is offered.`;
    }
    if ((decision === 'approve' || decision === 'approve-with-conditions') && p.plan !== null)
      return `Approve as asked on a seasonal repayment plan (${PLAN_NAMES[p.plan] ?? p.plan}): ${money(p.requested)} over ${p.termMonths} months fits the repayment capacity month by month, where equal instalments would not${conditions}.`;
    if (decision === 'approve' || decision === 'approve-with-conditions')
      return `Approve as asked: ${money(p.requested)} over ${p.termMonths} months fits the repayment capacity${conditions}.`;
    if (decision === 'approve-lower')
      return `Approve a lower amount: at most ${money(p.maxAmount)} over ${p.termMonths} months (asked ${money(p.requested)})${conditions}.`;
    if (p.grounds.length > 0) return `Decline on verified grounds: ${p.grounds.map((c) => reasonNames[c] ?? c).join(', ')}.`;
    return `Decline: on verified figures, the largest affordable amount over ${p.termMonths} months (${money(p.maxAmount)}) is below the minimum loan (${money(p.minimumAmount)}).`;
  },
  notes: {
    'not-reported': () => 'not reported: taken as 0 on the balance sheet',
    'no-inventory': () => 'no inventory count and no reported inventory: taken as 0',
    'annual-differs': (p) => `differs from the sum of the 12 monthly sales (${p.monthlySum ?? '—'}); the P&L uses the monthly figures`,
    'no-gross-margin': () => 'no gross margin stated: cost of goods sold taken as the annual purchases (inventory assumed stable)',
    'no-household': (p) =>
      p.estimate === undefined
        ? 'no household given: household expenses taken as 0'
        : `no household given: household expenses estimated at ${money(p.estimate)} a month (${money(p.perPerson)} × ${p.members ?? '—'} people, the policy minimum, ${p.region ?? '—'}); approval waits until the officer records the figure`,
    'no-instalment': (p) =>
      p.estimate === undefined
        ? 'no monthly instalment given: taken as 0'
        : `no monthly instalment given: estimated at ${money(p.estimate)} (the balance over ${p.months ?? '—'} months plus ${percent(p.monthlyRate)} interest a month on it); ask for the figure`,
    'stock-written-down': (p) =>
      `${p.condition === 'unsaleable' ? 'unsaleable' : 'slow-moving'} stock: ${money(p.writeDown)} of its cost of ${money(p.cost)} written off (factor ${p.factor ?? '—'}), carried at ${money(p.value)}`,
    'consigned-excluded': (p) => `consigned goods (代销) at ${money(p.cost)}: the supplier's, left out of the balance sheet`,
    'shelf-price-converted': (p) => `counted at shelf prices (${money(p.price)}), converted to cost through the margin ${percent(p.margin)}: ${money(p.cost)}`,
  },
  stageSkips: {
    'no-start-event': 'the history has no start event (the capital put in at the start), so equity cannot be traced from the start',
    'no-opening-equity': 'the since-opening-equity window needs openingEquity (the equity recorded at an earlier analysis)',
    'no-loan-request': 'no loan request in the profile',
  },
  openPoint,
  reasonNames,
  memo: {
    conditions: 'Conditions',
    openPoints: "Open points: the next visit's checklist",
    documents: 'Documents to collect',
    questions: 'Questions to ask',
    observe: 'What to observe',
    settle: (title) => `Settle: ${title}`,
    unverifiedMaxAmount: (max) => `Largest affordable amount on the figures as declared: ${max} (computed from unverified inputs, not an offer)`,
    offersWithheld: 'Alternative terms and stress test: not shown, as they rest on figures not yet verified',
  },
};
