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
 * nothing but the applicant's word, "empty"), else warning. One flag lists every short figure, what it has,
 * and which kinds would close it.
 *
 * Skipped when the profile records no evidence at all (no `evidence`, no `loans[].evidence`): an older
 * profile without the evidence model is not taken as proving nothing.
 */
import { assessEvidence, EVIDENCE_KIND_LABELS, type FigureEvidence } from '../../adjust/evidence.js';
import type { EvidenceKind } from '../../profile/evidence.js';
import { writeFlag, dedupeBilingual, plainInput, skipped } from '../legacy.js';
import type { Bilingual, Flag, Rule } from '../legacy.js';

const title = { en: 'Key figures without two independent proofs', zh: '关键数据缺少两项以上独立实据' };

/** Open questions per figure, to lead the applicant to the papers without suggesting an answer. */
const QUESTIONS: Record<FigureEvidence['figure'], Bilingual> = {
  sales: { en: 'How do your customers usually pay you, and where does that money go?', zh: '客户一般怎么付款给您？收到的钱存在哪里？' },
  receivables: { en: 'How do you keep track of what customers still owe you?', zh: '客户欠您的货款，您平时是怎么记的？' },
  payables: { en: 'How do you keep track of what you still owe your suppliers?', zh: '您欠供货商的货款，平时是怎么记的？' },
  inventory: { en: 'Where do you keep your stock, and how do you record goods coming in and going out?', zh: '货都放在哪里？进出货是怎么登记的？' },
  cashAndBank: { en: 'Which accounts does the business use, and how much cash do you usually keep at hand?', zh: '生意上用哪些账户？手头一般留多少现金？' },
  initialCapital: { en: 'How did you put together the money to start the business?', zh: '当初创业的钱是怎么凑起来的？' },
  loan: { en: 'How did this loan come about, and how are you repaying it?', zh: '这笔借款是怎么借来的？现在是怎么还的？' },
};

const kinds = (list: readonly EvidenceKind[], lang: 'en' | 'zh'): string =>
  list.length === 0 ? (lang === 'en' ? 'none' : '无') : list.map((k) => EVIDENCE_KIND_LABELS[k][lang]).join(lang === 'en' ? ', ' : '、');

export const evidenceInsufficientRule: Rule = {
  id: 'evidence-insufficient',
  codes: ['EVIDENCE_INSUFFICIENT'],
  title,
  check({ profile, policy }) {
    const recorded = profile.evidence !== undefined || (profile.loans ?? []).some((l) => l.evidence !== undefined);
    if (!recorded)
      return skipped(['evidence'], {
        en: 'no evidence recorded (evidence, loans[].evidence): cannot tell which figures rest on proofs',
        zh: '未记录任何证据（evidence、loans[].evidence）：无法判断哪些数据有实据支持',
      });
    const minimum = policy.evidence.minimumKinds;
    const all = assessEvidence(profile, policy);
    const short = all.filter((f) => f.independentKinds.length < minimum);
    if (short.length === 0) return { status: 'ran', flags: [] };
    const critical = short.some((f) => f.independentKinds.length < policy.evidence.criticalBelow);
    const proven = all.length - short.length;

    const describe = (f: FigureEvidence, lang: 'en' | 'zh') =>
      lang === 'en'
        ? `${f.label.en}: ${f.independentKinds.length} of ${minimum} (${kinds(f.independentKinds, 'en')})`
        : `${f.label.zh}：${f.independentKinds.length}/${minimum}（${kinds(f.independentKinds, 'zh')}）`;
    const flag: Flag = writeFlag({ code: 'EVIDENCE_INSUFFICIENT', severity: critical ? 'critical' : 'warning', ruleId: 'evidence-insufficient', title, unit: 'count' }, () => ({
      observed: String(proven),
      expected: String(all.length),
      range: { min: String(all.length), max: String(all.length) },
      deviation: null,
      formula:
        `per figure: independent kinds = distinct kinds of proof that can prove it, excluding the applicant's word; ` +
        `short when < ${minimum} (policy.evidence.minimumKinds); critical when < ${policy.evidence.criticalBelow} (policy.evidence.criticalBelow)`,
      computation:
        all.map((f) => `${f.path}: ${f.independentKinds.length} [${f.independentKinds.join(', ')}]${f.notCounted.length > 0 ? ` (not counted: ${f.notCounted.join(', ')})` : ''}`).join('; ') +
        `; ${proven} of ${all.length} figures have ${minimum} or more`,
      inputs: [
        plainInput('minimumKinds', 'policy.evidence.minimumKinds', String(minimum), 'count'),
        plainInput('criticalBelow', 'policy.evidence.criticalBelow', String(policy.evidence.criticalBelow), 'count'),
        plainInput('documentsOnSiteOnly', 'policy.evidence.documentsOnSiteOnly', String(policy.evidence.documentsOnSiteOnly), 'text'),
        ...all.map((f) => plainInput(f.label.en, f.path, f.independentKinds.join(', ') || 'none', 'text')),
      ],
      evidence: short.map((f) => {
        const need = minimum - f.independentKinds.length;
        return {
          en: `${f.label.en}: ${need} more of ${kinds(f.closingKinds, 'en')}`,
          zh: `${f.label.zh}：还需 ${need} 项，可取${kinds(f.closingKinds, 'zh')}`,
        };
      }),
      questions: dedupeBilingual(short.map((f) => QUESTIONS[f.figure])),
      message: {
        en: `${short.length} of ${all.length} key figures rest on fewer than ${minimum} independent proofs: ${short.map((f) => describe(f, 'en')).join('; ')}. An inference without proofs is empty.`,
        zh: `${all.length} 项关键数据中有 ${short.length} 项不足 ${minimum} 项独立实据：${short.map((f) => describe(f, 'zh')).join('；')}。没有实据的推理都是空的。`,
      },
    }));
    return { status: 'ran', flags: [flag] };
  },
};
