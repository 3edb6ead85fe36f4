/**
 * SOFT_INFORMATION_CONCERN — 软信息 (docs/rules.md).
 *
 * One finding per concern recorded in `softInformation.items[i].concerns` (gambling, heavy drinking, a serious
 * illness, …), its severity straight from policy.softInformation.concerns.<concern> (gambling: critical, a reason
 * to refer back; the others warnings; `other` info). Nothing is added up or scored: each concern is stated with
 * its source (observed, a neighbour, a supplier, the market office, the applicant) and its effect on the outcome
 * is that of its severity (docs/rules.md). Skipped when the profile has no soft information.
 * Example (fixtures/rules/soft-information.json): gambling seen by the officer → critical; a neighbour's word of
 * unpaid debts → a warning.
 */
import { plainInput, ran } from '../flag.js';
import type { Rule, RuleFinding } from '../types.js';

/** Params of SOFT_INFORMATION_CONCERN: the concern, the item's topic and source, and the officer's note (applicant text, escaped wherever it lands; null when none). */
export interface SoftConcernParams {
  readonly concern: string;
  readonly topic: string;
  readonly source: string;
  readonly note: string | null;
}

export const NO_SOFT_INFORMATION = 'no-soft-information';

export const softInformationRule: Rule = {
  id: 'soft-information',
  codes: ['SOFT_INFORMATION_CONCERN'],
  check({ profile, policy }) {
    const s = profile.softInformation;
    if (s === undefined) return { status: 'skipped', missing: ['softInformation'], reason: { code: NO_SOFT_INFORMATION } };
    const findings: RuleFinding[] = [];
    (s.items ?? []).forEach((item, i) => {
      const seen = new Set<string>();
      for (const concern of item.concerns ?? []) {
        if (seen.has(concern)) continue;
        seen.add(concern);
        const severity = policy.softInformation.concerns[concern];
        const params: SoftConcernParams = { concern, topic: item.topic, source: item.source, note: item.note ?? null };
        findings.push({
          code: 'SOFT_INFORMATION_CONCERN',
          subject: { item: i, concern },
          severity,
          unit: 'count',
          observed: null,
          expected: null,
          range: null,
          deviation: null,
          requirement: { path: `softInformation.concerns.${concern}`, value: severity },
          inputs: [
            plainInput('softTopic', `softInformation.items[${i}].topic`, item.topic, 'text'),
            plainInput('softSource', `softInformation.items[${i}].source`, item.source, 'text'),
            plainInput('softConcern', `softInformation.items[${i}].concerns`, concern, 'text'),
          ],
          params: { ...params },
        });
      }
    });
    return ran(findings);
  },
};
