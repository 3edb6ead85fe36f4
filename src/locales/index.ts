/**
 * Rendering findings and other data into texts, from the catalogs (src/locales/en, src/locales/zh).
 * `formatFinding(finding, 'zh')` gives one language's texts; the report carries both by default
 * (`withTexts`), and a caller that asked for figures only renders later with `formatFinding`.
 */
import type { Bilingual, Finding, FindingTexts, Flag, FlagTexts, SkipReason } from '../rules/types.js';
import { formatMoney } from '../money/index.js';
import type { SalesEstimate } from '../rules/sales-triangulation/index.js';
import { en } from './en/index.js';
import { type EstimateTexts, estimateTexts as enEstimate } from './en/checks/sales-estimates.js';
import { estimateTexts as zhEstimate } from './zh/checks/sales-estimates.js';
import type { Catalog, CheckTexts, FindingWriter, Lang } from './types.js';
import { zh } from './zh/index.js';

export type { Catalog, CheckTexts, CommonTexts, FindingWriter, Lang } from './types.js';
export { LANGS } from './types.js';

/** The catalogs, by language. */
export const catalogs: Readonly<Record<Lang, Catalog>> = { en, zh };

/** The check texts and writer of a code in a catalog (undefined for a code the catalog does not know). */
function writerOf(catalog: Catalog, finding: Finding): { check: CheckTexts; write: FindingWriter } | undefined {
  const check = catalog.checks[finding.ruleId];
  const write = check?.findings[finding.code];
  if (check !== undefined && write !== undefined) return { check, write };
  // A code raised by another rule id (a custom registry reusing a default code): look it up by code.
  for (const other of Object.values(catalog.checks)) {
    const w = other.findings[finding.code];
    if (w !== undefined) return { check: other, write: w };
  }
  return undefined;
}

/** A finding's texts in one language. A code the catalog does not know gets a generic text from its figures. */
export function formatFinding(finding: Finding, lang: Lang, catalog: Catalog = catalogs[lang]): FindingTexts {
  const found = writerOf(catalog, finding);
  const t = found ? found.write(finding) : catalog.common.unknownFinding(finding);
  return {
    title: t.title ?? found?.check.title ?? finding.code,
    message: t.message,
    formula: t.formula,
    computation: t.computation,
    evidence: t.evidence,
    questions: t.questions,
  };
}

/** Zips two lists of texts into bilingual pairs (the catalogs give each list in the same order). */
function pairs(enList: readonly string[], zhList: readonly string[]): Bilingual[] {
  const out: Bilingual[] = [];
  const n = Math.max(enList.length, zhList.length);
  for (let i = 0; i < n; i++) out.push({ en: enList[i] ?? '', zh: zhList[i] ?? '' });
  return out;
}

/** A finding's texts in both languages. */
export function flagTexts(finding: Finding): FlagTexts {
  const e = formatFinding(finding, 'en');
  const z = formatFinding(finding, 'zh');
  return {
    title: { en: e.title, zh: z.title },
    message: { en: e.message, zh: z.message },
    formula: { en: e.formula, zh: z.formula },
    computation: { en: e.computation, zh: z.computation },
    evidence: pairs(e.evidence, z.evidence),
    questions: pairs(e.questions, z.questions),
  };
}

/** The finding with its texts in both languages (what the report carries by default). */
export function withTexts(finding: Finding): Flag {
  return { ...finding, ...flagTexts(finding) };
}

/** A rule's title in both languages (its id when no catalog knows it). */
export function ruleTitle(ruleId: string): Bilingual {
  return { en: en.checks[ruleId]?.title ?? ruleId, zh: zh.checks[ruleId]?.title ?? ruleId };
}

/** Why a rule was skipped, in one language. */
export function formatSkipReason(reason: SkipReason, missing: readonly string[], lang: Lang, ruleId?: string): string {
  const catalog = catalogs[lang];
  if (reason.code === 'missing-inputs') return catalog.common.missingInputs(missing);
  if (reason.code === 'no-balances') return catalog.common.noBalances;
  if (reason.code === 'rule-error') return catalog.common.ruleError(String(reason.params?.message ?? ''));
  const own = ruleId === undefined ? undefined : catalog.checks[ruleId]?.skips?.[reason.code];
  if (own !== undefined) return own(reason.params ?? {});
  for (const check of Object.values(catalog.checks)) {
    const w = check.skips?.[reason.code];
    if (w !== undefined) return w(reason.params ?? {});
  }
  return catalog.common.missingInputs(missing);
}

/** Why a rule was skipped, in both languages. */
export function skipReasonTexts(reason: SkipReason, missing: readonly string[], ruleId?: string): Bilingual {
  return { en: formatSkipReason(reason, missing, 'en', ruleId), zh: formatSkipReason(reason, missing, 'zh', ruleId) };
}

/** The label of an input name in one language (the name itself when no catalog labels it). */
export function inputLabel(name: string, lang: Lang, ruleId?: string): string {
  const catalog = catalogs[lang];
  const own = ruleId === undefined ? undefined : catalog.checks[ruleId]?.labels?.[name];
  if (own !== undefined) return own;
  const common = catalog.common.labels[name];
  if (common !== undefined) return common;
  for (const check of Object.values(catalog.checks)) {
    const l = check.labels?.[name];
    if (l !== undefined) return l;
  }
  return name;
}

/** An independent sales estimate's texts (name, formula, computation, evidence, questions) in one language. */
export function formatSalesEstimate(estimate: SalesEstimate, lang: Lang): EstimateTexts {
  return (lang === 'zh' ? zhEstimate : enEstimate)(estimate.id, { ...estimate.params }, formatMoney(estimate.value));
}

export type { EstimateTexts };
