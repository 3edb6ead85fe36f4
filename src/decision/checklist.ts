/**
 * The next visit's checklist as both memos list it: the open points' lines grouped by kind (documents to collect,
 * questions to ask, what to observe), each with the name of what calls for it. Layout only: the lines are the
 * report's (src/report/capacity-json.ts), the names the catalogs'.
 */
import type { Lang } from '../locales/types.js';
import type { OpenPointJson } from '../report/capacity-json.js';

export type ChecklistKind = 'documents' | 'questions' | 'observe';
export const CHECKLIST_KINDS: readonly ChecklistKind[] = ['documents', 'questions', 'observe'];

/** One line of the checklist: its text and the open point it belongs to. */
export interface ChecklistLine {
  readonly text: string;
  readonly point: OpenPointJson;
}

/** The lines of one kind, in the order of the open points (a line said twice is listed once). */
export function checklistLines(points: readonly OpenPointJson[], kind: ChecklistKind, lang: Lang): ChecklistLine[] {
  const seen = new Set<string>();
  const out: ChecklistLine[] = [];
  for (const point of points)
    for (const line of point[kind] ?? []) {
      const text = line[lang];
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ text, point });
    }
  return out;
}
