/**
 * A two-column range of field paths and values → the profile and policy objects `analyze` takes.
 *
 *   sales.annual            | 12000000
 *   settlement.customerDays | 45
 *   fixedAssets[0].cost     | 180000
 *   policy.dayBasis         | 365
 *
 * Each value is read as its field's kind says (from the JSON Schema, see fields.ts): decimals through
 * the number's shortest string (`toDecimal`, then a plain decimal string); whole numbers stay numbers;
 * dates from serials, `Date`s (local calendar day) or ISO text. Rows with an empty path or value, and
 * rows whose path starts with `#`, are skipped; a first row `field | value` is taken as a header.
 * Validation itself is left to `analyze` (it reports every problem with its path).
 */
import { formatPlain, toDecimal } from '../money/index.js';
import { isDateObject, isEmptyCell, readDate, isSheetError, type SheetError, sheetError } from './cells.js';
import { type FieldInfo, fieldPattern } from './fields.js';

type Key = string | number;

// Keys may hold hyphens after the first character (policy keys such as `pass-through`).
const PATH = /^[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*|\[\d{1,3}\])*$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** `fixedAssets[0].cost` → ['fixedAssets', 0, 'cost']; undefined when malformed. */
export function parseFieldPath(path: string): Key[] | undefined {
  if (!PATH.test(path)) return undefined;
  const keys: Key[] = [];
  for (const m of path.matchAll(/([A-Za-z_$][\w$-]*)|\[(\d+)\]/g)) {
    if (m[1] !== undefined) {
      if (FORBIDDEN.has(m[1])) return undefined;
      keys.push(m[1]);
    } else keys.push(Number(m[2]));
  }
  return keys;
}

function convert(value: unknown, field: FieldInfo | undefined, label: string): unknown | SheetError {
  const kind = field?.kind ?? 'any';
  if (kind === 'date') {
    const iso = readDate(value, label);
    return iso;
  }
  if (isDateObject(value)) return readDate(value, label);
  if (typeof value === 'string') {
    const text = value.trim();
    if ((kind === 'whole number' || kind === 'number') && /^-?\d+(?:\.\d+)?$/.test(text)) return Number(text);
    if (kind === 'choice' && field?.choices?.every((c) => typeof c === 'number') && /^-?\d+$/.test(text)) return Number(text);
    if (kind === 'true/false' && /^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
    return text;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return sheetError(`${label} is not a finite number`);
    if (kind === 'decimal') return formatPlain(toDecimal(value));
    if (kind === 'text' || (kind === 'choice' && field?.choices?.every((c) => typeof c === 'string'))) return String(value);
    return value;
  }
  return value;
}

function place(root: Record<string, unknown>, keys: readonly Key[], value: unknown): boolean {
  let node: Record<Key, unknown> = root;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i] as Key;
    const nextIsIndex = typeof keys[i + 1] === 'number';
    const existing = node[key];
    if (existing === undefined) {
      const child = nextIsIndex ? [] : {};
      node[key] = child;
      node = child as Record<Key, unknown>;
    } else if (typeof existing === 'object' && existing !== null && Array.isArray(existing) === nextIsIndex) {
      node = existing as Record<Key, unknown>;
    } else return false;
  }
  const last = keys[keys.length - 1] as Key;
  if (node[last] !== undefined) return false;
  node[last] = value;
  return true;
}

export interface RangeInput {
  readonly profile: Record<string, unknown>;
  readonly policy: Record<string, unknown>;
}

/** Reads the range; every bad row is reported in one error (row numbers count from 1 within the range). */
export function profileFromRange(range: unknown, fields: readonly FieldInfo[]): RangeInput | SheetError {
  if (!Array.isArray(range) || range.length === 0 || !range.every((r) => Array.isArray(r)))
    return sheetError('profile must be a range of two columns: field path | value');
  const rows = range as readonly unknown[][];
  if ((rows[0]?.length ?? 0) < 2) return sheetError('profile must be a range of two columns: field path | value');
  const byPattern = new Map(fields.map((f) => [f.path, f]));
  const profile: Record<string, unknown> = {};
  const policy: Record<string, unknown> = {};
  const problems: string[] = [];
  let used = 0;
  rows.forEach((row, i) => {
    const rawPath = row[0];
    const value = row[1];
    if (isEmptyCell(rawPath) || isEmptyCell(value)) return;
    const path = String(rawPath).trim();
    if (path.startsWith('#')) return;
    if (i === 0 && /^(field|path)$/i.test(path)) return;
    const label = `row ${i + 1} (${path})`;
    const keys = parseFieldPath(path);
    if (!keys) {
      problems.push(`${label}: not a field path (write it like sales.annual or fixedAssets[0].cost)`);
      return;
    }
    const converted = convert(value, byPattern.get(fieldPattern(path)), label);
    if (isSheetError(converted)) {
      problems.push(converted.message);
      return;
    }
    const [head, ...rest] = keys;
    const ok = head === 'policy' && rest.length > 0 ? place(policy, rest, converted) : place(profile, keys, converted);
    if (!ok) problems.push(`${label}: given twice, or clashes with another row`);
    used += 1;
  });
  if (problems.length > 0) return sheetError(problems.join('; '));
  if (used === 0) return sheetError('profile has no rows with a field path and a value');
  return { profile, policy };
}
