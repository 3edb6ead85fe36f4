/** The `decision` section of the zh catalog. */
import type { DecisionTexts } from '../sections/decision.js';

export const decision: DecisionTexts = {};
