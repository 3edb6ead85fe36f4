/**
 * Excel custom-functions entry point (bundled to dist/sheets/excel/functions.js, metadata in
 * functions.json). Registers every catalog function with `CustomFunctions.associate(id, fn)`.
 *
 * Excel passes an invocation object after the declared parameters, and `null` for omitted optional
 * ones; dates arrive as serial numbers. A SheetError becomes `CustomFunctions.Error` (#VALUE! or #DIV/0!)
 * with the reason as its message.
 */
import { SHEET_FUNCTIONS } from './catalog.js';
import { isSheetError, type SheetErrorCode, type SheetResult } from './cells.js';
import { callSheetFunction } from './functions.js';

interface CustomFunctionsApi {
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  Error: new (code: string, message?: string) => unknown;
  ErrorCode: Readonly<Record<string, string>>;
}

declare const CustomFunctions: CustomFunctionsApi;

const EXCEL_ERROR_CODES: Readonly<Record<SheetErrorCode, string>> = {
  '#VALUE!': 'invalidValue',
  '#DIV/0!': 'divisionByZero',
};

/** A SheetResult as Excel wants it back. */
export function toExcelValue(api: CustomFunctionsApi, result: SheetResult): unknown {
  if (!isSheetError(result)) return result;
  const code = api.ErrorCode[EXCEL_ERROR_CODES[result.code]] ?? result.code;
  return new api.Error(code, result.message);
}

for (const f of SHEET_FUNCTIONS) {
  const arity = f.parameters.length;
  CustomFunctions.associate(f.id, (...args: unknown[]) =>
    toExcelValue(CustomFunctions, callSheetFunction(f.id, args.slice(0, arity))),
  );
}
