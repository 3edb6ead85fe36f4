/** The `memo` section of the zh catalog. */
import type { MemoTexts } from '../sections/memo.js';

export const memo: MemoTexts = {};
