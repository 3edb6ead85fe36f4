/**
 * Google Apps Script entry point: bundled as an IIFE whose global is `XCHECK`, followed by one
 * top-level `function XCHECK_<ID>(…)` stub per catalog entry (see `appsScriptStubs`), the only form
 * the Sheets editor offers as a custom function.
 *
 * Apps Script passes `undefined` for omitted arguments, `''` for empty cells, `Date` objects for date
 * cells (read by their local calendar day: set the script's time zone to the spreadsheet's) and 2-D
 * arrays for ranges. A custom function can only signal an error by throwing: the cell then shows
 * #ERROR! with the message, which starts with the error xcheck means (#VALUE! or #DIV/0!).
 */
import { isSheetError } from './cells.js';
import { callSheetFunction } from './functions.js';

/** Calls a function by catalog id; throws the SheetError as an Error (the Apps Script way). */
export function call(id: string, args: readonly unknown[]): unknown {
  // Trailing `undefined`s are omitted arguments, not extra ones.
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n -= 1;
  const result = callSheetFunction(id, args.slice(0, n));
  if (isSheetError(result)) throw new Error(`${result.code} ${result.message}`);
  return result;
}
