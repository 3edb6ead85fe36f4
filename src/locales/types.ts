/**
 * The shape of a language's catalog (one folder per language under src/locales: `en/`, `zh/`). A catalog
 * renders every text xcheck writes from data: findings (by code), skip reasons, input labels, input errors,
 * the decision, statement notes, memo labels, the after-the-loan texts and `verify`'s output. Adding a
 * language is adding one folder shaped like `en/`; a test fails when any code lacks any text in any catalog.
 */
import type { Finding, FindingParams, FindingTexts, FlagCode } from '../rules/types.js';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** The texts of one finding code, from the finding. `title` defaults to the check's title. */
export type FindingWriter = (f: Finding) => Omit<FindingTexts, 'title'> & { readonly title?: string };

/** One check's texts in one language (src/locales/<lang>/checks/<rule-id>.ts). */
export interface CheckTexts {
  /** The check's title. */
  readonly title: string;
  /** One writer per code the check raises. */
  readonly findings: { readonly [C in FlagCode]?: FindingWriter };
  /** Labels of the input names the check's findings use (`customerDays` → 回款天数). */
  readonly labels?: Readonly<Record<string, string>>;
  /** The check's own skip reasons, by code. */
  readonly skips?: Readonly<Record<string, (params: FindingParams) => string>>;
}

/** Texts shared by every check. */
export interface CommonTexts {
  /** A rule skipped for missing inputs: the paths, joined as the language writes lists. */
  readonly missingInputs: (missing: readonly string[]) => string;
  /** A rule skipped because it threw (a bug). */
  readonly ruleError: (message: string) => string;
  /** The balance sheet is empty: no balances reported. */
  readonly noBalances: string;
  /** Where a finding code has no text in the catalog (a custom check): a generic message from its figures. */
  readonly unknownFinding: (f: Finding) => Omit<FindingTexts, 'title'> & { readonly title: string };
  /** Labels of input names used by several checks (`sales`, `dayBasis`, …). */
  readonly labels: Readonly<Record<string, string>>;
}

import type { DecisionTexts } from './sections/decision.js';
import type { ErrorsTexts } from './sections/errors.js';

/**
 * A language's core catalog: what `analyze()` writes. The memo's, the after-the-loan and `verify`'s texts are
 * apart (src/locales/memo.ts, relationship.ts, verify.ts), loaded by the entries that write them.
 */
export interface Catalog {
  readonly lang: Lang;
  readonly common: CommonTexts;
  /** Each default check's texts, by rule id. */
  readonly checks: Readonly<Record<string, CheckTexts>>;
  /** Input errors (profile, policy, case files, flows). */
  readonly errors: ErrorsTexts;
  /** The recommendation, its reasons and the statements' assumptions. */
  readonly decision: DecisionTexts;
}
