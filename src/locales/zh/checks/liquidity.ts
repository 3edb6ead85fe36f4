/** liquidity: texts (zh). */
import type { CheckTexts } from '../../types.js';

export const liquidity: CheckTexts = {
  title: '流动资产不足以覆盖流动负债',
  findings: {},
};
