/**
 * EVIDENCE_INSUFFICIENT — 证据不足：每个推理要落实到两个或以上的具体实物.
 *
 * The source: any inference must finally rest on two or more concrete, independent proofs, otherwise it
 * "is empty" (比如银行流水确认销售额，出入库单及账单确认应收). For each key figure the profile has (sales,
 * receivables, payables, inventory, cash and bank, initial capital, each loan), count the distinct kinds of
 * proof that can prove it (src/adjust/evidence.ts: same kind twice counts once, the applicant's word never).
 *
 * Formula: short(figure) ⇔ independent kinds < policy.evidence.minimumKinds (default 2, the source's "two or
 * more"). Severity: critical when some figure has fewer than policy.evidence.criticalBelow kinds (default 1:
 * nothing but the applicant's word, "empty"), else warning. One finding lists every key figure (params.figures,
 * each with its subject `{ figure: 'sales' }` / `{ loan: 2 }`), what it has, and which kinds would close it.
 * Example: sales proven by bank statements only (twice) and the applicant's word: 1 kind of 2, a warning.
 *
 * Skipped when the profile records no evidence at all (no `evidence`, no `loans[].evidence`): an older
 * profile without the evidence model is not taken as proving nothing.
 */
import { assessEvidence, type FigureEvidence } from '../../adjust/evidence.js';
import type { EvidenceFigure } from '../../profile/evidence.js';
import { plainInput, ran } from '../flag.js';
import type { Rule, Subject } from '../types.js';

/** One key figure and its proofs, as the texts need it: the assessment's own fields (src/adjust/evidence.ts), its subject, and whether it is short. */
export type EvidenceFigureParams = Pick<FigureEvidence, 'figure' | 'lender' | 'path' | 'independentKinds' | 'notCounted' | 'closingKinds'> & {
  /** `{ figure: 'sales' }`, or `{ loan: 2 }` for loans[2]. */
  readonly subject: Subject;
  /** Fewer independent kinds than policy.evidence.minimumKinds. */
  readonly short: boolean;
};

/**
 * The params of EVIDENCE_INSUFFICIENT. The figures: observed = key figures with enough proofs, expected = all
 * key figures (counts).
 */
export type EvidenceParams = {
  /** policy.evidence.minimumKinds and policy.evidence.criticalBelow. */
  readonly minimum: number;
  readonly criticalBelow: number;
  /** Every key figure the profile has, in order: sales, receivables, payables, inventory, cash and bank, initial capital, loans. */
  readonly figures: readonly EvidenceFigureParams[];
};

/** Skip code: the profile records no evidence at all. */
export const NO_EVIDENCE_RECORDED = 'no-evidence-recorded';

/** The stable input name of each key figure (a loan's is `loan`: its path says which). */
const INPUT_NAMES: Readonly<Record<EvidenceFigure, string>> = {
  sales: 'sales',
  receivables: 'receivables',
  payables: 'payables',
  inventory: 'inventory',
  cashAndBank: 'cash and bank',
  initialCapital: 'initial capital',
};

/** `{ figure: 'sales' }`, or `{ loan: 2 }` for loans[2]. */
const subjectOf = (f: FigureEvidence): Subject => (f.figure === 'loan' ? { loan: f.loanIndex ?? 0 } : { figure: f.figure });

const inputName = (f: FigureEvidence): string => (f.figure === 'loan' ? 'loan' : INPUT_NAMES[f.figure]);

export const evidenceInsufficientRule: Rule = {
  id: 'evidence-insufficient',
  codes: ['EVIDENCE_INSUFFICIENT'],
  check({ profile, policy }) {
    const recorded = profile.evidence !== undefined || (profile.loans ?? []).some((l) => l.evidence !== undefined);
    if (!recorded) return { status: 'skipped', missing: ['evidence'], reason: { code: NO_EVIDENCE_RECORDED } };
    const minimum = policy.evidence.minimumKinds;
    const all = assessEvidence(profile, policy);
    const short = all.filter((f) => f.independentKinds.length < minimum);
    if (short.length === 0) return ran([]);
    const critical = short.some((f) => f.independentKinds.length < policy.evidence.criticalBelow);
    const proven = all.length - short.length;

    const params: EvidenceParams = {
      minimum,
      criticalBelow: policy.evidence.criticalBelow,
      figures: all.map((f) => ({
        subject: subjectOf(f),
        figure: f.figure,
        ...(f.lender === undefined ? {} : { lender: f.lender }),
        path: f.path,
        independentKinds: f.independentKinds,
        notCounted: f.notCounted,
        closingKinds: f.closingKinds,
        short: f.independentKinds.length < minimum,
      })),
    };
    return ran([
      {
        code: 'EVIDENCE_INSUFFICIENT',
        subject: {},
        severity: critical ? 'critical' : 'warning',
        unit: 'count',
        observed: String(proven),
        expected: String(all.length),
        range: { min: String(all.length), max: String(all.length) },
        deviation: null,
        requirement: critical
          ? { path: 'evidence.criticalBelow', value: String(policy.evidence.criticalBelow) }
          : { path: 'evidence.minimumKinds', value: String(minimum) },
        inputs: [
          plainInput('minimumKinds', 'policy.evidence.minimumKinds', String(minimum), 'count'),
          plainInput('criticalBelow', 'policy.evidence.criticalBelow', String(policy.evidence.criticalBelow), 'count'),
          plainInput('documentsOnSiteOnly', 'policy.evidence.documentsOnSiteOnly', String(policy.evidence.documentsOnSiteOnly), 'text'),
          ...all.map((f) => plainInput(inputName(f), f.path, f.independentKinds.join(', ') || 'none', 'text')),
        ],
        params: { ...params },
      },
    ]);
  },
};
