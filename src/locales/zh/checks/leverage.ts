/** leverage: texts (zh). */
import type { CheckTexts } from '../../types.js';

export const leverage: CheckTexts = {
  title: '负债相对权益或销售额过高',
  findings: {},
};
