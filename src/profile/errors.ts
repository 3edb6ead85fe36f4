/**
 * Input errors as data (the way zod reports problems): a stable code, the path in dotted form, and a
 * plain-words message in English and Chinese written from the catalogs (src/locales/<lang>/errors.ts).
 * Every problem is reported, not only the first.
 */
import type * as z from 'zod';
import { catalogs } from '../locales/index.js';
import { ERROR_KEYS, type ErrorKey, LIMIT_KEYS, type LimitKey, type TypeName } from '../locales/sections/errors.js';
import type { Lang } from '../locales/types.js';

export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

/**
 * Every code an input error can have (stable API): the schemas' own keys (`money`, `date`, `caseFile`, …, see
 * src/locales/sections/errors.ts), the limits (`amountTooLarge`, `tooMany`, …), the generic ones below, the case
 * file's (`assertsNothing`, `conflictingExpectations`) and any other zod issue code, passed through as zod names it.
 */
export type InputErrorCode =
  | ErrorKey
  | LimitKey
  | 'unknown_key'
  | 'required'
  | 'invalid_type'
  | 'too_small'
  | 'too_big'
  | 'invalid_value'
  | 'tooManyErrors'
  | 'internal_error'
  | 'unreadable'
  | 'assertsNothing'
  | 'conflictingExpectations'
  | Exclude<z.core.$ZodIssue['code'], 'unrecognized_keys'>;

export interface InputError {
  /** Where the problem is, e.g. `business.startDate` or `fixedAssets[0].cost`; `(root)` for the whole input. */
  readonly path: string;
  /** Stable code: `invalid_type`, `unknown_key`, `money`, `date`, … */
  readonly code: InputErrorCode;
  readonly message: Bilingual;
}

/** An input error as data: the code and the values its message needs (the catalogs write the message). */
export interface ErrorData {
  readonly path: string;
  readonly code: InputErrorCode;
  readonly params?: ErrorParams;
}

/** What an error's message needs: a limit, a type name, the allowed values, a detail. */
export type ErrorParams = Readonly<Record<string, string | readonly string[]>>;

const isErrorKey = (key: string): key is ErrorKey => (ERROR_KEYS as readonly string[]).includes(key);
const isLimitKey = (key: string): key is LimitKey => (LIMIT_KEYS as readonly string[]).includes(key);
const isTypeName = (key: string): key is TypeName => Object.prototype.hasOwnProperty.call(catalogs.en.errors.typeNames, key);

/** The message of an error code with its params, in one language, from the catalog. */
export function inputErrorText(code: string, params: ErrorParams, lang: Lang): string {
  const t = catalogs[lang].errors;
  const one = (key: string): string => {
    const v = params[key];
    return typeof v === 'string' ? v : (v ?? []).join(', ');
  };
  const type = (name: string) => (isTypeName(name) ? t.typeNames[name] : name);
  if (isLimitKey(code)) return t.limits[code](one('limit'));
  if (isErrorKey(code)) return code === 'notJson' && params.detail !== undefined ? t.notJsonDetail(one('detail')) : t.messages[code];
  switch (code) {
    case 'unknown_key':
      return t.unknownKey;
    case 'required':
      return t.required;
    case 'invalid_type':
      return t.invalidType(type(one('expected')), type(one('received')));
    case 'too_small':
      return t.tooSmall(one('limit'));
    case 'too_big':
      return t.tooBig(one('limit'));
    case 'invalid_value':
      return t.invalidValue(typeof params.values === 'object' ? params.values : []);
    case 'tooManyErrors':
      return t.tooManyErrors(one('count'), one('limit'));
    case 'internal_error':
      return t.internalError(one('detail'));
    case 'unreadable':
      return t.unreadable(one('detail'));
    default:
      return t.otherIssue(params.message === undefined ? code : one('message'));
  }
}

/** An InputError from its data: the message in both languages from the catalogs. */
export function inputError(data: ErrorData): InputError {
  const params = data.params ?? {};
  return { path: data.path, code: data.code, message: { en: inputErrorText(data.code, params, 'en'), zh: inputErrorText(data.code, params, 'zh') } };
}

/** An allowed value as JSON writes it (`"info"`, `360`); bigint and symbol as text. */
function showValue(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null ? JSON.stringify(value) : String(value);
}

/** The JSON type of a received value, as the catalogs name it. */
function receivedType(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** `["fixedAssets", 0, "cost"]` → `fixedAssets[0].cost`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (key === '' || (typeof key === 'string' && !/^[\w$-]+$/.test(key))) out += `[${JSON.stringify(key)}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * The most input errors one call reports (docs/profile.md, "Limits"): the first 1,000, then one error
 * `tooManyErrors` at `(root)` saying how many more there were. A broken export can give hundreds of thousands;
 * nobody reads past the first screens, and each message costs time and memory.
 */
export const MAX_INPUT_ERRORS = 1000;

/**
 * Turns zod issues into InputErrors, one per offending path (unknown keys: one per key); the issues of
 * several inputs (the profile, then the policy under `policy`) are given as [issues, prefix] pairs. At most
 * `MAX_INPUT_ERRORS` are listed, then one `tooManyErrors` error with the count of the rest.
 */
export function toInputErrors(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): InputError[] {
  return inputErrorsOf([[issues, prefix]]);
}

/** `toInputErrors` over several inputs' issues, capped together (see `MAX_INPUT_ERRORS`). */
export function inputErrorsOf(
  groups: readonly (readonly [readonly z.core.$ZodIssue[], readonly PropertyKey[]])[],
  max: number = MAX_INPUT_ERRORS,
): InputError[] {
  const out: InputError[] = [];
  let more = 0;
  // loops, never push(...spread): a spread of 100,000+ elements overflows the call stack
  for (const [issues, prefix] of groups) {
    const caseFile = isCaseFile(issues, prefix);
    for (const issue of issues)
      for (const data of caseFile ? caseFileData(issue, issues) : issueData(issue, prefix)) {
        if (out.length < max) out.push(inputError(data));
        else more++;
      }
  }
  if (more > 0) out.push(inputError({ path: '(root)', code: 'tooManyErrors', params: { count: String(more), limit: String(max) } }));
  return out;
}

/**
 * Whether the issues of a profile say it is a case file (docs/fixtures.md: `profile` and `expect` at the top):
 * an unknown-key issue at the root naming both. The profile's issues are then replaced by one `caseFile` error.
 */
function isCaseFile(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): boolean {
  return prefix.length === 0 && issues.some((i) => i.code === 'unrecognized_keys' && i.path.length === 0 && i.keys.includes('profile') && i.keys.includes('expect'));
}

/** The one error of a case file given as a profile, on its first issue (nothing on the others). */
function caseFileData(issue: z.core.$ZodIssue, issues: readonly z.core.$ZodIssue[]): ErrorData[] {
  return issue === issues[0] ? [{ path: '(root)', code: 'caseFile' }] : [];
}

/** The code and params of one zod issue (several for unknown keys: one per key). */
function issueData(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): ErrorData[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: formatPath([...path, key]), code: 'unknown_key' }));
  const at = formatPath(path);
  if ((issue.code === 'invalid_union' || issue.code === 'invalid_type') && 'input' in issue && issue.input === undefined)
    return [{ path: at, code: 'required' }];
  if (isLimitKey(issue.message)) {
    const limit = issue.code === 'too_big' ? issue.maximum : (issue as { params?: { limit?: unknown } }).params?.limit;
    return [{ path: at, code: issue.message, params: { limit: String(limit) } }];
  }
  if (isErrorKey(issue.message)) return [{ path: at, code: issue.message }];
  if (issue.code === 'invalid_type')
    return [{ path: at, code: 'invalid_type', params: { expected: issue.expected, received: receivedType((issue as { input?: unknown }).input) } }];
  if (issue.code === 'too_small' || issue.code === 'too_big')
    return [{ path: at, code: issue.code, params: { limit: String(issue.code === 'too_small' ? issue.minimum : issue.maximum) } }];
  if (issue.code === 'invalid_value') return [{ path: at, code: issue.code, params: { values: issue.values.map(showValue) } }];
  return [{ path: at, code: issue.code, params: { message: issue.message } }];
}

/** One line per error, for the command line. */
export function formatInputErrors(errors: readonly InputError[], lang: Lang = 'en'): string {
  return errors.map((e) => `${e.path}: ${e.message[lang]}`).join('\n');
}

/** The one error an entry point returns when xcheck itself failed (a bug): path `(root)`, code `internal_error`. */
export function internalError(error: unknown): InputError {
  const detail = error instanceof Error ? error.message : String(error);
  return inputError({ path: '(root)', code: 'internal_error', params: { detail } });
}
