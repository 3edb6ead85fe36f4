/**
 * The shape of the catalog's `errors` section (filled in src/locales/en/errors.ts and src/locales/zh/errors.ts):
 * the texts of input errors (profile, policy, case files, flows, NDJSON lines). src/profile/errors.ts maps each
 * zod issue to a code and its params; these texts turn them into the message after the path
 * (`balances.receivables: must not be negative`).
 */

/**
 * The keys the schemas give their custom errors (`{ error: 'money' }`, `ctx.addIssue({ message: 'oneStart' })`):
 * each is also the input error's code. `bandOrder` and `rangeOrder` are the policy's cross-field checks.
 */
export const ERROR_KEYS = [
  'money',
  'nonNegative',
  'positive',
  'fractionRange',
  'wholeNumber',
  'date',
  'text',
  'enum',
  'boolean',
  'twelveMonths',
  'salesRequired',
  'marginOrPurchases',
  'lifeOrAppraisal',
  'afterAnalysisDate',
  'oneStart',
  'termTooLong',
  'dayBasis',
  'notJson',
  'belowOne',
  'monthRange',
  'sharesOverOne',
  'calendarMonth',
  'monthsInOrder',
  'yearMonth',
  'atLeastOneMonth',
  'flagCode',
  'bandOrder',
  'rangeOrder',
  'afterYear9999',
  'caseFile',
  'industryCode',
  'fiveGrades',
  'planShape',
] as const;

export type ErrorKey = (typeof ERROR_KEYS)[number];

/**
 * The codes of the limits (docs/profile.md, "Limits"): each message names the limit (`params.limit`).
 * `tooLarge` is a line or a file over a size in bytes (the batch and the command line).
 */
export const LIMIT_KEYS = ['amountTooLarge', 'tooManyDigits', 'rateTooSmall', 'tooLong', 'tooMany', 'tooLarge'] as const;

export type LimitKey = (typeof LIMIT_KEYS)[number];

/** The JSON types an input error names (`must be an object, got a list`). */
export type TypeName = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'nothing' | 'null';

export interface ErrorsTexts {
  /** The message of each custom error key. */
  readonly messages: Readonly<Record<ErrorKey, string>>;
  /** Names of the JSON types, as an error says what was expected and what was received. */
  readonly typeNames: Readonly<Record<TypeName, string>>;
  /** `invalid_type`: the type expected and the one received (already named by `typeNames`, or as zod spells it). */
  readonly invalidType: (expected: string, received: string) => string;
  /** `unknown_key`: a field the schemas do not know (a typo?). */
  readonly unknownKey: string;
  /** `required`: a field that must be given. */
  readonly required: string;
  /** `too_small` / `too_big`: the limit as written in the schema. */
  readonly tooSmall: (limit: string) => string;
  readonly tooBig: (limit: string) => string;
  /** `invalid_value`: a value outside a fixed list (the allowed values as JSON, e.g. `"info"`, `360`). */
  readonly invalidValue: (values: readonly string[]) => string;
  /** Any other zod issue: its own message (in English, from zod) is passed in. */
  readonly otherIssue: (zodMessage: string) => string;
  /** `internal_error`: xcheck failed on this input (a bug); the error's own message. */
  readonly internalError: (detail: string) => string;
  /** `notJson` with the parser's message (an NDJSON line, a case file). */
  readonly notJsonDetail: (detail: string) => string;
  /** The limits' messages, each with its limit (`must have at most 12 digits after the decimal point`). */
  readonly limits: Readonly<Record<LimitKey, (limit: string) => string>>;
  /** `tooManyErrors`: the errors past the first `limit` are not listed; `count` of them. */
  readonly tooManyErrors: (count: string, limit: string) => string;
  /** `unreadable`: a file that cannot be read, with the system's error code (ENOENT). */
  readonly unreadable: (detail: string) => string;
}
