/** evidence-insufficient: texts (en). */
import type { EvidenceFigureParams, EvidenceParams } from '../../../rules/evidence-insufficient/index.js';
import type { CheckTexts } from '../../types.js';
import { figureName, kindList } from '../evidence.js';

/** Open questions per figure, to lead the applicant to the papers without suggesting an answer. */
const QUESTIONS: Readonly<Record<EvidenceFigureParams['figure'], string>> = {
  sales: 'How do your customers usually pay you, and where does that money go?',
  receivables: 'How do you keep track of what customers still owe you?',
  payables: 'How do you keep track of what you still owe your suppliers?',
  inventory: 'Where do you keep your stock, and how do you record goods coming in and going out?',
  cashAndBank: 'Which accounts does the business use, and how much cash do you usually keep at hand?',
  initialCapital: 'How did you put together the money to start the business?',
  loan: 'How did this loan come about, and how are you repaying it?',
};

export const evidenceInsufficient: CheckTexts = {
  title: 'Key figures without two independent proofs',
  labels: {
    loan: 'a loan (its path says which)',
    minimumKinds: 'independent kinds of proof needed',
    sales: 'sales',
    criticalBelow: 'critical below this many kinds',
    documentsOnSiteOnly: 'documents count only when collected on site',
    receivables: 'receivables',
    payables: 'payables',
    inventory: 'inventory',
    'cash and bank': 'cash and bank',
    'initial capital': 'initial capital',
  },
  skips: {
    'no-evidence-recorded': () => 'no evidence recorded (evidence, loans[].evidence): cannot tell which figures rest on proofs',
  },
  findings: {
    EVIDENCE_INSUFFICIENT: (f) => {
      const p = f.params as unknown as EvidenceParams;
      const short = p.figures.filter((x) => x.short);
      const describe = (x: EvidenceFigureParams) => `${figureName(x)}: ${x.independentKinds.length} of ${p.minimum} (${kindList(x.independentKinds)})`;
      return {
        formula:
          "per figure: independent kinds = distinct kinds of proof that can prove it, excluding the applicant's word; " +
          `short when < ${p.minimum} (policy.evidence.minimumKinds); critical when < ${p.criticalBelow} (policy.evidence.criticalBelow)`,
        computation:
          p.figures
            .map((x) => `${x.path}: ${x.independentKinds.length} [${x.independentKinds.join(', ')}]${x.notCounted.length > 0 ? ` (not counted: ${x.notCounted.join(', ')})` : ''}`)
            .join('; ') + `; ${f.observed} of ${f.expected} figures have ${p.minimum} or more`,
        evidence: short.map((x) => `${figureName(x)}: ${p.minimum - x.independentKinds.length} more of ${kindList(x.closingKinds)}`),
        questions: [...new Set(short.map((x) => QUESTIONS[x.figure]))],
        message: `${short.length} of ${f.expected} key figures rest on fewer than ${p.minimum} independent proofs: ${short.map(describe).join('; ')}. An inference without proofs is empty.`,
      };
    },
  },
};
