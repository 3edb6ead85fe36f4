/**
 * SELF_REPORT_ADJUSTED — 说话习惯调整 (information).
 *
 * Reports what the talking-habit pre-stage (src/adjust) changed: for each figure that rested only on the
 * applicant's word, `adjusted = original × factor`, where the factor is policy.selfReport[habit]
 * (defaults: exaggerating 0.8, neutral 1, cautious 1 — xcheck's choice; the source says only "adjust
 * appropriately", 适当调整). Severity is always `info`: the adjustment is already in every other figure.
 */
import { formatMoney, formatRatio, groupMoney, sum } from '../../money/index.js';
import { EVIDENCE_KIND_LABELS, FIGURE_LABELS, PROVING_KINDS } from '../../adjust/index.js';
import { writeFlag, moneyInput, plainInput, ratioInput, signedPercent, skipped } from '../legacy.js';
import type { Bilingual, Flag, Rule } from '../legacy.js';

const title = { en: "Figures resting on the applicant's word adjusted for the talking habit", zh: '仅凭客户口述的数据已按说话习惯调整' };

const HABIT_LABELS: Record<string, Bilingual> = {
  exaggerating: { en: 'exaggerates', zh: '喜欢夸大' },
  neutral: { en: 'is neutral', zh: '说话中性' },
  cautious: { en: 'is cautious', zh: '说话谨慎' },
};

export const selfReportRule: Rule = {
  id: 'self-report',
  codes: ['SELF_REPORT_ADJUSTED'],
  title,
  check({ selfReport }) {
    if (selfReport?.habit === undefined || selfReport.factor === undefined)
      return skipped(['talkingHabit'], {
        en: "no talking habit recorded (talkingHabit): figures are taken as the applicant said them",
        zh: '未记录说话习惯（talkingHabit）：数据按客户所说采用',
      });
    const { habit, factor, adjustments } = selfReport;
    if (adjustments.length === 0) return { status: 'ran', flags: [] };

    const flag: Flag = writeFlag({ code: 'SELF_REPORT_ADJUSTED', severity: 'info', ruleId: 'self-report', title, unit: 'CNY' }, () => {
      const original = sum(adjustments.map((a) => a.original));
      const adjusted = sum(adjustments.map((a) => a.adjusted));
      const relative = factor.minus(1);
      const figures = [...new Set(adjustments.map((a) => a.figure))];
      const habitLabel = HABIT_LABELS[habit] ?? { en: habit, zh: habit };
      const lines = adjustments.map((a) => `${a.path}: ${groupMoney(a.original)} × ${factor.toFixed()} = ${groupMoney(a.adjusted)}`);
      return {
        observed: formatMoney(original),
        expected: formatMoney(adjusted),
        range: null,
        deviation: { absolute: formatMoney(original.minus(adjusted)), relative: formatRatio(original.minus(adjusted).div(original)) },
        formula:
          'adjusted = original × policy.selfReport[talkingHabit], for each favourable figure with no independent proof; ' +
          'deviation = (Σ original − Σ adjusted) / Σ original',
        computation: lines.join('; '),
        inputs: [
          plainInput('talkingHabit', 'talkingHabit', habit, 'text'),
          ratioInput('factor', `policy.selfReport.${habit}`, factor),
          ...adjustments.map((a) => moneyInput(a.path, a.path, a.original)),
        ],
        evidence: figures.map((f) => ({
          en: `${FIGURE_LABELS[f].en}: ${PROVING_KINDS[f].slice(0, 3).map((k) => EVIDENCE_KIND_LABELS[k].en).join(', ')} would replace the adjustment with a proof`,
          zh: `${FIGURE_LABELS[f].zh}：收集${PROVING_KINDS[f].slice(0, 3).map((k) => EVIDENCE_KIND_LABELS[k].zh).join('、')}即可以实据代替调整`,
        })),
        questions: [
          { en: 'How do you keep track of what you sell each day?', zh: '您平时每天卖了多少，是怎么记的？' },
          { en: 'Could you show me where that figure comes from?', zh: '这个数字是从哪里来的，能给我看看吗？' },
        ],
        message: {
          en: `The applicant ${habitLabel.en}; ${figures.map((f) => FIGURE_LABELS[f].en).join(', ')} rested only on their word and were multiplied by ${factor.toFixed()} (${signedPercent(relative)}): ${groupMoney(original)} became ${groupMoney(adjusted)}. Every check and statement uses the adjusted figures.`,
          zh: `客户${habitLabel.zh}；${figures.map((f) => FIGURE_LABELS[f].zh).join('、')}仅凭口述，已乘以 ${factor.toFixed()}（${signedPercent(relative)}）：${groupMoney(original)} 调为 ${groupMoney(adjusted)}。各项检验和报表均采用调整后的数据。`,
        },
      };
    });
    return { status: 'ran', flags: [flag] };
  },
};
