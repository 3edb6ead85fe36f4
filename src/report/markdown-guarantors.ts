/**
 * The memo's guarantors, collateral and soft-information sections in Markdown (docs/profile.md "Guarantors and
 * collateral"). Empty when the report has none of the three. Every cell goes through `table` (escaped); every
 * sentence with applicant text through `mdBlock` / `mdInline` (src/report/escape.ts).
 */
import type { Lang } from '../locales/index.js';
import { memoTexts } from '../locales/memo.js';
import type { Report } from './analyze.js';
import { mdBlock, mdInline } from './escape.js';
import { g, pct, table } from './markdown-parts.js';

export function renderGuaranteeSections(report: Report, lang: Lang): string[] {
  const t = memoTexts[lang].guarantees;
  const w = (k: string) => (Object.hasOwn(t.words, k) ? (t.words[k] as string) : k);
  const yn = (b: boolean | null) => (b === null ? '—' : b ? t.yes : t.no);
  const out: string[] = [];
  const gs = report.guarantors;
  if (gs !== null && gs !== undefined) {
    const c = t.guarantorColumns;
    out.push(`## ${t.guarantorsHeading}`, '');
    out.push(
      table(
        [c.name, c.relation, c.amount, c.netWorth, c.monthlyIncome, c.ownLoans, c.guaranteesGiven, c.mutual],
        gs.map((x) => [
          x.name,
          w(x.relation),
          x.amountDefaulted ? t.requested(g(x.amount)) : g(x.amount),
          g(x.netWorth),
          g(x.monthlyIncome),
          g(x.ownLoans),
          g(x.guaranteesGiven),
          x.guaranteedByApplicant ? t.mutual(x.guaranteedByApplicantAmount === null ? null : g(x.guaranteedByApplicantAmount)) : t.no,
        ]),
      ),
      '',
    );
    for (const x of gs) {
      for (const note of [x.business, x.note]) if (note !== null) out.push(`- ${mdInline(t.guarantorNote(x.name, note))}`);
    }
    if (gs.some((x) => x.business !== null || x.note !== null)) out.push('');
  }
  const cs = report.collateral;
  if (cs !== null && cs !== undefined) {
    const c = t.collateralColumns;
    out.push(`## ${t.collateralHeading}`, '');
    out.push(
      table(
        [c.description, c.kind, c.value, c.appraisedBy, c.secured, c.priorLiens, c.loanToValue, c.lien, c.insured],
        cs.map((x) => [
          x.owner === null ? x.description : t.guarantorNote(x.description, x.owner),
          w(x.kind),
          g(x.appraisedValue),
          w(x.appraisedBy),
          x.securedAmountDefaulted ? t.requested(g(x.securedAmount)) : g(x.securedAmount),
          g(x.priorLiens),
          pct(x.loanToValue),
          yn(x.lienRegistered),
          yn(x.insured),
        ]),
      ),
      '',
    );
  }
  const s = report.softInformation;
  if (s !== null && s !== undefined) {
    const c = t.softColumns;
    out.push(`## ${t.softHeading}`, '');
    const family = t.family({ spouse: s.spouse, spouseInBusiness: s.spouseInBusiness, dependants: s.dependants, standing: s.tradeStanding === null ? null : w(s.tradeStanding) });
    if (family !== '') out.push(mdBlock(family), '');
    if (s.items.length === 0) out.push(t.noItems, '');
    else
      out.push(
        table(
          [c.topic, c.source, c.assessment, c.concerns, c.note],
          s.items.map((i) => [w(i.topic), w(i.source), i.assessment === null ? '—' : w(i.assessment), i.concerns.length === 0 ? '—' : memoTexts[lang].list(i.concerns.map(w)), i.note ?? '—']),
          false,
        ),
        '',
      );
    out.push(mdBlock(t.effect), '');
  }
  return out;
}
