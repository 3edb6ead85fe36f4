/** evidence-insufficient: texts (zh). */
import type { CheckTexts } from '../../types.js';

export const evidenceInsufficient: CheckTexts = {
  title: '关键数据缺少两项以上独立实据',
  findings: {},
};
