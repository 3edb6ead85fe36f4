/** The `errors` section of the zh catalog. */
import type { ErrorsTexts } from '../sections/errors.js';

export const errors: ErrorsTexts = {};
