/** The `verify` section of the zh catalog. */
import type { VerifyTexts } from '../sections/verify.js';

export const verify: VerifyTexts = {};
