/** The `errors` section of the en catalog. */
import type { ErrorsTexts } from '../sections/errors.js';

export const errors: ErrorsTexts = {};
