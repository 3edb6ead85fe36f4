/** premises: texts (zh). */
import type { CheckTexts } from '../../types.js';

export const premises: CheckTexts = {
  title: '经营场所未核实为客户本人经营',
  findings: {},
};
