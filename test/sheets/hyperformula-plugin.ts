/**
 * The catalog registered as a HyperFormula function plugin, so the functions can be tested in a real
 * spreadsheet engine (dev dependency only, GPL-v3 licence key; never shipped).
 *
 * Each function is registered under its Excel name (XCHECK.RECEIVABLES) with the Apps Script name
 * (XCHECK_RECEIVABLES) as an alias. HyperFormula sizes an array result while parsing, before any cell
 * is computed, so spilled tables get a predicted size and are padded with empty cells:
 * SCHEDULE: months + 1 rows when months is a literal, else 361 (the 360-month maximum + header);
 * ANALYZE: 1 + ANALYZE_ROWS; SCHEMA: 1 + the number of fields (read from the schema at run time).
 * Excel and Google Sheets size spills after evaluating, so they need none of this.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  type ImplementedFunctions,
  SimpleRangeValue,
} from 'hyperformula';
import { appsScriptName, SHEET_FUNCTIONS, SHEET_NAMESPACE, type SheetFunctionInfo } from '../../src/sheets/catalog.js';
import { isSheetError, type SheetResult } from '../../src/sheets/cells.js';
import { sheetFields } from '../../src/sheets/fields.js';
import { callSheetFunction } from '../../src/sheets/functions.js';

export const ANALYZE_ROWS = 40;

interface Ast {
  readonly type: string;
  readonly value?: unknown;
  readonly args?: readonly Ast[];
}

/** A HyperFormula value as a plain cell value (what Excel or Apps Script would pass). */
function fromEngine(value: unknown): unknown {
  if (value === EmptyValue) return null;
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(fromEngine));
  if (typeof value === 'object' && value !== null && 'val' in value) return (value as { val: unknown }).val;
  return value;
}

function findError(value: unknown): CellError | undefined {
  if (value instanceof CellError) return value;
  if (Array.isArray(value)) for (const v of value) {
    const e = findError(v);
    if (e) return e;
  }
  if (value instanceof SimpleRangeValue) return findError(value.data);
  return undefined;
}

function toEngine(result: SheetResult, size: ArraySize | undefined): unknown {
  if (isSheetError(result))
    return new CellError(result.code === '#DIV/0!' ? ErrorType.DIV_BY_ZERO : ErrorType.VALUE, result.message);
  if (!Array.isArray(result)) return result;
  const rows = result as readonly (readonly unknown[])[];
  const height = size?.height ?? rows.length;
  const width = size?.width ?? rows[0]?.length ?? 0;
  const data = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? EmptyValue),
  );
  return SimpleRangeValue.onlyValues(data as never);
}

function predictedSize(f: SheetFunctionInfo, ast: Ast): ArraySize {
  const width = { SCHEDULE: 7, SEASONAL_SCHEDULE: 7, ANALYZE: 5, SCHEMA: 4 }[f.id] ?? 1;
  if (f.id === 'SCHEDULE' || f.id === 'SEASONAL_SCHEDULE') {
    const months = ast.args?.[2];
    const literal = months?.type === 'NUMBER' && typeof months.value === 'number' ? months.value : undefined;
    return new ArraySize(width, literal !== undefined && Number.isInteger(literal) && literal >= 1 && literal <= 360 ? literal + 1 : 361);
  }
  if (f.id === 'ANALYZE') return new ArraySize(width, 1 + ANALYZE_ROWS);
  return new ArraySize(width, 1 + sheetFields().length);
}

export class XcheckPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};
  static override aliases: Record<string, string> = {};

  /** Evaluates the arguments the engine's way (runFunction) and calls the pure core. */
  runXcheck(name: string, f: SheetFunctionInfo, ast: Ast, state: unknown): ReturnType<FunctionPlugin['evaluateAst']> {
    const run = (...args: unknown[]) => {
      const error = findError(args);
      if (error) return error;
      // Omitted optional arguments arrive as undefined: drop them from the end, as the other adapters do.
      const plain = args.map(fromEngine);
      while (plain.length > 0 && plain[plain.length - 1] === undefined) plain.pop();
      return toEngine(callSheetFunction(f.id, plain), f.result.matrix ? predictedSize(f, ast) : undefined);
    };
    return this.runFunction(ast.args as never, state as never, this.metadata(name), run as never) as never;
  }
}

const proto = XcheckPlugin.prototype as unknown as Record<string, unknown>;
const translations: Record<string, string> = {};

for (const f of SHEET_FUNCTIONS as readonly SheetFunctionInfo[]) {
  const name = `${SHEET_NAMESPACE}.${f.id}`;
  const method = `xcheck${f.id}`;
  XcheckPlugin.implementedFunctions[name] = {
    method,
    parameters: f.parameters.map((p) => ({
      argumentType: p.range ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR,
      ...(p.optional ? { optionalArg: true } : {}),
    })),
    ...(f.result.matrix ? { sizeOfResultArrayMethod: `${method}Size`, vectorizationForbidden: true } : {}),
  };
  XcheckPlugin.aliases![appsScriptName(f.id)] = name;
  translations[name] = name;
  translations[appsScriptName(f.id)] = appsScriptName(f.id);
  proto[method] = function (this: XcheckPlugin, ast: Ast, state: unknown) {
    return this.runXcheck(name, f, ast, state);
  };
  if (f.result.matrix) proto[`${method}Size`] = (ast: Ast) => predictedSize(f, ast);
}

/** Translations for the default language (every function and alias must have one). */
export const xcheckTranslations = { enGB: translations };
