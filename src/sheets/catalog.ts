/**
 * The one description table of the spreadsheet functions. Everything else is generated from it: the
 * Excel `functions.json` metadata, the Apps Script stubs with their `@customfunction` JSDoc, the
 * HyperFormula test plugin, and the list in docs/spreadsheets.md is checked against it by a test.
 *
 * Ids are stable API: a workbook stores formulas by name, so an id is never renamed or reused.
 * Excel shows `XCHECK.<id>` (the namespace comes from the add-in manifest); Apps Script names may not
 * contain dots, so Google Sheets shows `XCHECK_<id>`.
 *
 * This file imports nothing, so the build configuration can read it without bundling the library.
 */

export const SHEET_NAMESPACE = 'XCHECK';

export interface SheetParameter {
  readonly name: string;
  readonly description: string;
  readonly optional?: boolean;
  /** A range (2-D) rather than one cell. */
  readonly range?: boolean;
  /**
   * The type Excel declares (functions.json) and Excel checks before calling: `number` (dates are serial
   * numbers, percentages fractions), `string`, or `any` for a range of mixed cells.
   */
  readonly type: 'number' | 'string' | 'any';
}

export interface SheetFunctionInfo {
  readonly id: string;
  readonly description: string;
  readonly parameters: readonly SheetParameter[];
  /** `matrix` results spill a table with a header row. */
  readonly result: { readonly type: 'number' | 'string' | 'any'; readonly matrix: boolean };
  /** A formula and what it shows, for the docs and the JSDoc. */
  readonly example: string;
  readonly exampleResult: string;
}

const basis: SheetParameter = {
  name: 'basis',
  description: 'Days in a year: 360 (default; the source counts a month as 30 days) or 365.',
  optional: true,
  type: 'number',
};

const method: SheetParameter = {
  name: 'method',
  description: '"annuity" (等额本息, equal instalments; default) or "equal-principal" (等额本金).',
  optional: true,
  type: 'string',
};

export const SHEET_FUNCTIONS = [
  {
    id: 'RECEIVABLES',
    description: 'Expected receivables (应收账款): annual sales × days customers take to pay / basis.',
    parameters: [
      { name: 'sales', description: 'Annual sales on credit.', type: 'number' },
      { name: 'days', description: 'Days customers take to pay (a whole number).', type: 'number' },
      basis,
    ],
    result: { type: 'number', matrix: false },
    example: '=XCHECK.RECEIVABLES(12000000, 45)',
    exampleResult: '1500000',
  },
  {
    id: 'PAYABLES',
    description:
      'Expected payables (应付账款): the annual flow suppliers finance (purchases, or what the analyst chooses) × days of credit / basis.',
    parameters: [
      { name: 'purchases', description: 'Annual purchases on credit (or the flow the analyst chooses).', type: 'number' },
      { name: 'days', description: 'Days of credit suppliers allow (a whole number).', type: 'number' },
      basis,
    ],
    result: { type: 'number', matrix: false },
    example: '=XCHECK.PAYABLES(12000000, 30)',
    exampleResult: '1000000',
  },
  {
    id: 'INVENTORY',
    description: 'Expected inventory (存货): annual cost of goods sold × days of stock / basis.',
    parameters: [
      { name: 'cogs', description: 'Annual cost of goods sold.', type: 'number' },
      { name: 'days', description: 'Days of stock held (a whole number).', type: 'number' },
      basis,
    ],
    result: { type: 'number', matrix: false },
    example: '=XCHECK.INVENTORY(10200000, 36)',
    exampleResult: '1020000',
  },
  {
    id: 'DEVIATION',
    description: 'Deviation of a cross-check: (declared − estimate) / declared, as a fraction (format the cell as %).',
    parameters: [
      { name: 'declared', description: 'The figure the applicant declared (not zero).', type: 'number' },
      { name: 'estimate', description: 'The figure the cross-check gives.', type: 'number' },
    ],
    result: { type: 'number', matrix: false },
    example: '=XCHECK.DEVIATION(2600000, 1500000)',
    exampleResult: '0.4230769230769231',
  },
  {
    id: 'EQUITY',
    description:
      'Expected present equity (权益): initial + profits − withdrawals + injections − depreciation, to the fen.',
    parameters: [
      { name: 'initial', description: 'Equity at the start of the period (the capital put in).', type: 'number' },
      { name: 'profits', description: 'Profits retained over the period (negative for losses).', type: 'number' },
      { name: 'withdrawals', description: 'Money taken out (debt repaid, a house, other large spending).', type: 'number' },
      { name: 'injections', description: 'Money put in (demolition compensation, revaluations).', type: 'number' },
      { name: 'depreciation', description: 'Depreciation of the fixed assets over the period.', type: 'number' },
    ],
    result: { type: 'number', matrix: false },
    example: '=XCHECK.EQUITY(500000, 4880000, 3300000, 100000, 72000)',
    exampleResult: '2108000',
  },
  {
    id: 'INSTALLMENT',
    description:
      'The monthly instalment to the fen: the annuity payment P·r / (1 − (1 + r)^−n), or the first (largest) equal-principal payment.',
    parameters: [
      { name: 'amount', description: 'The loan amount.', type: 'number' },
      { name: 'monthlyRate', description: 'Monthly rate as a fraction (1.29% = 0.0129).', type: 'number' },
      { name: 'months', description: 'Term in months (1 to 360).', type: 'number' },
      method,
    ],
    result: { type: 'number', matrix: false },
    example: '=XCHECK.INSTALLMENT(100000, 1.29%, 12)',
    exampleResult: '9048.5',
  },
  {
    id: 'SCHEDULE',
    description:
      'The repayment schedule, spilled with a header row: period, due date, opening balance, payment, interest, principal, closing balance.',
    parameters: [
      { name: 'amount', description: 'The loan amount.', type: 'number' },
      { name: 'monthlyRate', description: 'Monthly rate as a fraction (1.29% = 0.0129).', type: 'number' },
      { name: 'months', description: 'Term in months (1 to 360).', type: 'number' },
      method,
      {
        name: 'startDate',
        description: 'Disbursement date; due dates are left empty without it.',
        optional: true,
        type: 'number',
      },
    ],
    result: { type: 'any', matrix: true },
    example: '=XCHECK.SCHEDULE(100000, 1.29%, 12, "annuity", DATE(2026,1,31))',
    exampleResult: '13 rows × 7 columns; row 2: 1 | 2026-02-28 | 100000 | 9048.5 | 1290 | 7758.5 | 92241.5',
  },
  {
    id: 'SEASONAL_SCHEDULE',
    description:
      'A seasonal repayment plan (docs/capacity.md §6), spilled like SCHEDULE: interest every month, the principal following the season; the last period repays the balance left.',
    parameters: [
      { name: 'amount', description: 'The loan amount.', type: 'number' },
      { name: 'monthlyRate', description: 'Monthly rate as a fraction (1.29% = 0.0129).', type: 'number' },
      { name: 'months', description: 'Term in months (1 to 360).', type: 'number' },
      {
        name: 'kind',
        description: '"interest-only", "grace", "proportional" or "balloon".',
        type: 'string',
      },
      {
        name: 'shape',
        description:
          'interest-only: the periods paying interest only (a range or one number); grace: how many first periods; proportional: one weight per period (e.g. each month’s surplus, a range); balloon: the balloon’s period.',
        range: true,
        type: 'any',
      },
      {
        name: 'startDate',
        description: 'Disbursement date; due dates are left empty without it.',
        optional: true,
        type: 'number',
      },
      { name: 'balloonShare', description: 'balloon: its share of the principal (default 0.5).', optional: true, type: 'number' },
    ],
    result: { type: 'any', matrix: true },
    example: '=XCHECK.SEASONAL_SCHEDULE(12000, 1%, 3, "balloon", 2)',
    exampleResult: '4 rows × 7 columns; payments 3120 | 6090 | 3030',
  },
  {
    id: 'ANALYZE',
    description:
      'Runs every cross-check on a two-column range of field paths and values (sales.annual | 12000000) and spills the flags: code, severity, message, expected, observed.',
    parameters: [
      {
        name: 'range',
        description: 'Two columns: a field path (see SCHEMA) and its value. policy.… rows set the policy.',
        range: true,
        type: 'any',
      },
      { name: 'lang', description: 'Language of the messages: "en" (default) or "zh".', optional: true, type: 'string' },
    ],
    result: { type: 'any', matrix: true },
    example: '=XCHECK.ANALYZE(A2:B30)',
    exampleResult: 'RECEIVABLES_INCONSISTENT | critical | … | 1500000 | 2600000',
  },
  {
    id: 'SCHEMA',
    description: 'Spills the field paths ANALYZE reads (profile and policy) with their type, whether required, and the default.',
    parameters: [],
    result: { type: 'any', matrix: true },
    example: '=XCHECK.SCHEMA()',
    exampleResult: 'field | type | required | default; analysisDate | date | yes | …',
  },
] as const satisfies readonly SheetFunctionInfo[];

export type SheetFunctionId = (typeof SHEET_FUNCTIONS)[number]['id'];

/** The Google Apps Script name: no dots allowed, so `XCHECK_RECEIVABLES`. */
export function appsScriptName(id: string): string {
  return `${SHEET_NAMESPACE}_${id}`;
}

/** One function of Excel's `functions.json`, in the form Microsoft's generator writes it (defaults left out). */
export interface ExcelFunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly parameters: readonly {
    readonly name: string;
    readonly description: string;
    readonly type: SheetParameter['type'];
    readonly dimensionality?: 'matrix';
    readonly optional?: true;
  }[];
  readonly result: { readonly type?: 'number' | 'string'; readonly dimensionality?: 'matrix' };
}

/**
 * The Excel metadata (`functions.json`) for the custom-functions runtime: what Microsoft's
 * `custom-functions-metadata` generator writes from `excelJsdocSource()` (a test compares the two), so
 * scalar dimensionality, `optional: false` and an `any` result type are left out as it leaves them out.
 */
export function excelFunctionsMetadata(): { allowCustomDataForDataTypeAny: boolean; functions: ExcelFunctionMetadata[] } {
  return {
    allowCustomDataForDataTypeAny: true,
    functions: SHEET_FUNCTIONS.map((f: SheetFunctionInfo) => ({
      id: f.id,
      name: f.id,
      description: f.description,
      parameters: f.parameters.map((p) => ({
        name: p.name,
        description: p.description,
        type: p.type,
        ...(p.range ? { dimensionality: 'matrix' as const } : {}),
        ...(p.optional ? { optional: true as const } : {}),
      })),
      result: {
        ...(f.result.type === 'any' ? {} : { type: f.result.type }),
        ...(f.result.matrix ? { dimensionality: 'matrix' as const } : {}),
      },
    })),
  };
}

const jsdocText = (s: string) => s.replace(/\*\//g, '*\u2215');

/**
 * The top-level Apps Script functions, one per catalog entry, each calling into the bundle's global
 * (`library`). Only top-level `function` declarations with `@customfunction` show in the Sheets editor.
 */
export function appsScriptStubs(library: string): string {
  return SHEET_FUNCTIONS.map((f: SheetFunctionInfo) => {
    const names = f.parameters.map((p) => p.name);
    const params = f.parameters.map((p) => {
      const type = p.range ? 'Array<Array<*>>' : '*';
      const name = p.optional ? `[${p.name}]` : p.name;
      return ` * @param {${type}} ${name} ${jsdocText(p.description)}`;
    });
    return [
      '/**',
      ` * ${jsdocText(f.description)}`,
      ` * Example: ${jsdocText(f.example.replace(`${SHEET_NAMESPACE}.`, `${SHEET_NAMESPACE}_`))}`,
      ...params,
      ` * @return ${f.result.matrix ? 'A table with a header row.' : 'The value.'}`,
      ' * @customfunction',
      ' */',
      `function ${appsScriptName(f.id)}(${names.join(', ')}) {`,
      `  return ${library}.call(${JSON.stringify(f.id)}, [${names.join(', ')}]);`,
      '}',
    ].join('\n');
  }).join('\n\n');
}

/** A TypeScript type for a parameter or result, as Microsoft's generator reads it (`any[][]` is a matrix). */
function tsType(type: SheetParameter['type'], matrix: boolean | undefined): string {
  return matrix ? `${type}[][]` : type;
}

/**
 * The catalog as TypeScript declarations with the JSDoc tags of Excel custom functions
 * (`@customfunction ID`, `@param`, `@returns`): the input from which Microsoft's `custom-functions-metadata`
 * generator writes functions.json. The build ships it as dist/sheets/excel/functions.ts (for reading, and for
 * running the generator on it); the tests run the generator on it and compare with `excelFunctionsMetadata()`.
 */
export function excelJsdocSource(): string {
  const header = [
    '// Generated from src/sheets/catalog.ts: the Excel custom functions of xcheck as declarations with their JSDoc.',
    '// `npx custom-functions-metadata functions.ts` (Microsoft\'s generator) writes the same functions.json as the build.',
    '// The implementation is functions.js (CustomFunctions.associate for every id).',
    '',
  ];
  const fns = SHEET_FUNCTIONS.map((f: SheetFunctionInfo) => {
    const params = f.parameters.map((p) => ` * @param ${p.optional ? `[${p.name}]` : p.name} ${jsdocText(p.description)}`);
    const signature = f.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}: ${tsType(p.type, p.range)}`);
    return [
      '/**',
      ` * ${jsdocText(f.description)}`,
      ` * @customfunction ${f.id}`,
      ...params,
      ` * @returns ${f.result.matrix ? 'A table with a header row.' : 'The value.'}`,
      ' */',
      `export declare function ${f.id}(${signature.join(', ')}): ${tsType(f.result.type, f.result.matrix)};`,
    ].join('\n');
  });
  return `${[...header, fns.join('\n\n')].join('\n')}\n`;
}
