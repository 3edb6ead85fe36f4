/**
 * The two spreadsheet bundles, built here with the real tsup configuration (into a temporary folder)
 * and run in `node:vm` contexts: the Apps Script file with no Node globals at all, the Excel bundle with
 * a stubbed `CustomFunctions`. The Excel add-in around it (manifest, page, icons, metadata) is checked
 * in excel-addin.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sheetsConfigs } from '../../tsup.config.js';
import { checkExcelAddin } from './excel-addin.js';
import { appsScriptName, SHEET_FUNCTIONS, type SheetFunctionInfo } from '../../src/sheets/catalog.js';

const out = mkdtempSync(join(tmpdir(), 'xcheck-sheets-'));
let appsScript = '';
let excelJs = '';
let excelJson: { functions: { id: string; name: string; parameters: { name: string; type: string; dimensionality?: string; optional?: boolean }[]; result: { type?: string; dimensionality?: string } }[] };

beforeAll(async () => {
  await Promise.all(sheetsConfigs(out, 'https://sheets.example.com/xcheck/').map((c) => build({ ...c, config: false, silent: true })));
  appsScript = readFileSync(join(out, 'google', 'xcheck.js'), 'utf8');
  excelJs = readFileSync(join(out, 'excel', 'functions.js'), 'utf8');
  excelJson = JSON.parse(readFileSync(join(out, 'excel', 'functions.json'), 'utf8'));
}, 60_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

/**
 * Valid arguments for every function, as the engine would pass them (the range for ANALYZE is a 2-D
 * array). `expected` is checked for the scalar ones (hand-computed in functions.test.ts).
 */
const calls: Record<string, { args: (ctx: vm.Context) => unknown[]; expected?: unknown; rows?: number }> = {
  RECEIVABLES: { args: () => [12000000, 45], expected: 1500000 },
  PAYABLES: { args: () => [12000000, 30, 360], expected: 1000000 },
  INVENTORY: { args: () => [10200000, 42], expected: 1190000 },
  DEVIATION: { args: () => [0.1, 0.3], expected: -2 },
  EQUITY: { args: () => [500000, 4880000, 3300000, 100000, 72000], expected: 2108000 },
  INSTALLMENT: { args: () => [100000, 0.0129, 12], expected: 9048.5 },
  // a Date made inside the context, as Apps Script passes date cells
  SCHEDULE: { args: (ctx) => [100000, 0.0129, 12, 'annuity', vm.runInContext('new Date(2026, 0, 31)', ctx)], rows: 13 },
  SEASONAL_SCHEDULE: { args: () => [12000, 0.01, 3, 'balloon', 2], rows: 4 },
  ANALYZE: {
    args: (ctx) => [
      [
        ['analysisDate', vm.runInContext('new Date(2026, 5, 30)', ctx)],
        ['business.name', 'Lin'],
        ['business.industry', 'wholesale'],
        ['business.kind', 'trading'],
        ['business.startDate', '2005-03-01'],
        ['sales.annual', 12000000],
        ['settlement.customerDays', 45],
        ['grossMargin', 0.15],
        ['balances.receivables', 2600000],
      ],
    ],
  },
  SCHEMA: { args: () => [] },
};

const plain = (v: unknown) => JSON.parse(JSON.stringify(v));

describe('Google Apps Script file', () => {
  test('has no require, import or process, and a @customfunction stub per function', () => {
    expect(appsScript).not.toMatch(/\brequire\s*\(/);
    expect(appsScript).not.toMatch(/\bimport\s*[({*"'`]|\bimport\s+\w|\bexport\s/);
    expect(appsScript).not.toMatch(/\bprocess\s*[.[]/);
    for (const f of SHEET_FUNCTIONS) {
      expect(appsScript).toMatch(new RegExp(`@customfunction\\n \\*/\\nfunction ${appsScriptName(f.id)}\\(`));
    }
    expect(appsScript.match(/@customfunction/g)).toHaveLength(SHEET_FUNCTIONS.length);
  });

  test('readable: not minified, no line longer than 1,500 characters, Chinese as UTF-8 text', () => {
    const lines = appsScript.split('\n');
    expect(lines.length).toBeGreaterThan(10_000);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(1500);
    expect(appsScript).toContain('function callSheetFunction(id, args)');
    expect(appsScript).toContain('应收账款');
  });

  test('runs in a bare vm (no Node globals) and every stub returns', () => {
    const ctx = vm.createContext({});
    vm.runInContext(appsScript, ctx, { filename: 'xcheck.js' });
    expect(vm.runInContext('typeof require + typeof process + typeof module', ctx)).toBe('undefinedundefinedundefined');
    for (const f of SHEET_FUNCTIONS) {
      const stub = ctx[appsScriptName(f.id)] as (...a: unknown[]) => unknown;
      expect(typeof stub).toBe('function');
      const call = calls[f.id];
      if (!call) throw new Error(`no test call for ${f.id}`);
      const result = plain(stub(...call.args(ctx)));
      if (call.expected !== undefined) expect(result).toBe(call.expected);
      else expect(Array.isArray(result) && result.length > 1).toBe(true);
      if (call.rows !== undefined) expect(result).toHaveLength(call.rows);
    }
    // The Date for 2026-01-31 read by its local day: the first instalment falls due on 2026-02-28.
    const schedule = plain((ctx.XCHECK_SCHEDULE as Function)(100000, 0.0129, 12, undefined, vm.runInContext('new Date(2026, 0, 31)', ctx)));
    expect(schedule[1]).toEqual([1, '2026-02-28', 100000, 9048.5, 1290, 7758.5, 92241.5]);
    const flags = plain((ctx.XCHECK_ANALYZE as Function)(...(calls.ANALYZE as { args: (c: vm.Context) => unknown[] }).args(ctx)));
    expect(flags[1].slice(0, 2)).toEqual(['RECEIVABLES_INCONSISTENT', 'critical']);
  });

  test('a bad argument throws an Error whose message starts with the error value', () => {
    const ctx = vm.createContext({});
    vm.runInContext(appsScript, ctx);
    expect(() => (ctx.XCHECK_RECEIVABLES as Function)('lots', 45)).toThrow('#VALUE! sales must be a number, got the text "lots"');
    expect(() => (ctx.XCHECK_DEVIATION as Function)(0, 1)).toThrow(/^#DIV\/0! /);
    // an omitted optional argument is not an extra one
    expect((ctx.XCHECK_RECEIVABLES as Function)(12000000, 45, undefined)).toBe(1500000);
  });
});

describe('Excel custom-functions bundle', () => {
  const load = () => {
    const ctx = vm.createContext({});
    vm.runInContext(
      `var associated = {};
       var CustomFunctions = {
         associate: function (id, fn) { associated[id] = fn; },
         Error: function (code, message) { this.code = code; this.message = message; },
         ErrorCode: { invalidValue: '#VALUE!', divisionByZero: '#DIV/0!' },
       };`,
      ctx,
    );
    vm.runInContext(excelJs, ctx, { filename: 'functions.js' });
    return ctx;
  };

  test('functions.json lists the catalog, ids stable, every scalar typed (number or string), only ranges any', () => {
    expect(excelJson.functions.map((f) => f.id)).toEqual(SHEET_FUNCTIONS.map((f) => f.id));
    for (const f of excelJson.functions) {
      expect(f.name).toBe(f.id);
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
      for (const p of f.parameters) {
        if (p.dimensionality === 'matrix') expect(p.type).toBe('any');
        else expect([p.name, p.type]).toEqual([p.name, expect.stringMatching(/^(number|string)$/)]);
      }
      if (f.result.dimensionality !== 'matrix') expect(f.result.type).toBe('number');
    }
    expect(excelJson.functions.filter((f) => f.result.dimensionality === 'matrix').map((f) => f.id)).toEqual([
      'SCHEDULE',
      'SEASONAL_SCHEDULE',
      'ANALYZE',
      'SCHEMA',
    ]);
  });

  test('associates every id of functions.json, and each runs (with the invocation argument Excel appends)', () => {
    const ctx = load();
    const associated = ctx.associated as Record<string, (...a: unknown[]) => unknown>;
    expect(Object.keys(associated)).toEqual(excelJson.functions.map((f) => f.id));
    const invocation = { address: 'Sheet1!A1' };
    for (const f of SHEET_FUNCTIONS as readonly SheetFunctionInfo[]) {
      const call = calls[f.id] as (typeof calls)[string];
      const args = call.args(ctx);
      // Excel passes null for omitted optional parameters, then the invocation object.
      while (args.length < f.parameters.length) args.push(null);
      const result = plain((associated[f.id] as Function)(...args, invocation));
      if (call.expected !== undefined) expect(result).toBe(call.expected);
      else expect(Array.isArray(result) && result.length > 1).toBe(true);
    }
  });

  test('errors become CustomFunctions.Error with the reason', () => {
    const ctx = load();
    const associated = ctx.associated as Record<string, (...a: unknown[]) => unknown>;
    expect(plain((associated.RECEIVABLES as Function)(12000000, 45.5, null, {}))).toEqual({
      code: '#VALUE!',
      message: 'days must be a whole number, got 45.5',
    });
    expect(plain((associated.DEVIATION as Function)(0, 5, {})).code).toBe('#DIV/0!');
  });
});

describe('the Excel add-in folder', () => {
  test('manifest (read back with office-addin-manifest), page, icons and metadata are complete', async () => {
    await checkExcelAddin(join(out, 'excel'), 'https://sheets.example.com/xcheck/');
  });
});
