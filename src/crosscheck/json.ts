/**
 * The cross-check table in the report (`crossChecks`): the rows as data, and with texts each estimate's basis
 * (the formula with its numbers filled in, from the same catalog entry a flag of it would use).
 */
import { formatFinding } from '../locales/index.js';
import type { Bilingual } from '../rules/types.js';
import { type CrossCheckEstimate, type CrossCheckRow, estimateAsFinding } from './index.js';

/** An estimate as the report gives it: with texts, its basis in both languages. */
export type CrossCheckEstimateJson = CrossCheckEstimate & { readonly basis?: Bilingual };

/** A row as the report gives it. */
export type CrossCheckRowJson = Omit<CrossCheckRow, 'estimates'> & { readonly estimates: readonly CrossCheckEstimateJson[] };

/** The basis of an estimate in both languages: the computation its finding would show. */
export function estimateBasis(e: CrossCheckEstimate): Bilingual {
  const f = estimateAsFinding(e);
  return { en: formatFinding(f, 'en').computation, zh: formatFinding(f, 'zh').computation };
}

/** The table for the report: as it is without texts, each estimate with its basis with them. */
export function serializeCrossChecks(rows: readonly CrossCheckRow[], texts: boolean): CrossCheckRowJson[] {
  if (!texts) return [...rows];
  return rows.map((r) => ({ ...r, estimates: r.estimates.map((e) => ({ ...e, basis: estimateBasis(e) })) }));
}
