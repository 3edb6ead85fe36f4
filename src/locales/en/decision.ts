/** The `decision` section of the en catalog. */
import type { DecisionTexts } from '../sections/decision.js';

export const decision: DecisionTexts = {};
