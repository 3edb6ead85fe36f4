/** self-report: texts (zh). */
import type { CheckTexts } from '../../types.js';

export const selfReport: CheckTexts = {
  title: '仅凭客户口述的数据已按说话习惯调整',
  findings: {},
};
