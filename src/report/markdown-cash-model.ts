/**
 * The funding plan's cash-model lines of the memo (Markdown and HTML): the peak working-capital need and the part
 * the cash and bank do not carry, the idle months and the slow months (docs/capacity.md §4). Plain text of figures
 * and month names only (no applicant text); each format escapes it as it places it.
 */
import type { MemoTexts } from '../locales/sections/memo.js';
import type { FundingPlanJson } from './capacity-json.js';
import { g } from './markdown-parts.js';

export function cashModelLines(f: FundingPlanJson, m: MemoTexts): string[] {
  const t = m.funding;
  const months = (list: readonly number[]) => (list.length === 0 ? t.none : m.list(list.map(m.month)));
  const lines: string[] = [];
  if (f.peakNeedMonth !== null) lines.push(m.cashModel.peakNeed(g(f.peakWorkingCapitalNeed), m.month(f.peakNeedMonth), g(f.fundingGap)));
  lines.push(m.cashModel.idleAndSlow(months(f.idleMonths), months(f.slowMonths)));
  return lines;
}
