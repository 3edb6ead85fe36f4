/** The `verify` section of the en catalog. */
import type { VerifyTexts } from '../sections/verify.js';

export const verify: VerifyTexts = {};
