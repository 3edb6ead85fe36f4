/** The `memo` section of the en catalog. */
import type { MemoTexts } from '../sections/memo.js';

export const memo: MemoTexts = {};
