/**
 * The HTML memo's guarantors, collateral and soft-information sections (docs/html.md): the same content as the
 * Markdown memo's (src/report/markdown-guarantors.ts), every string escaped by the `html` template. Null when the
 * report has none of the three.
 */
import type { Lang } from '../locales/index.js';
import { memoTexts } from '../locales/memo.js';
import type { Report } from '../report/analyze.js';
import { attr, type Html, html } from './escape.js';
import { g, num, pct, table } from './parts.js';

function section(id: string, heading: string, body: Html | readonly Html[]): Html {
  return html`<section id="${attr(id)}" class="page" aria-labelledby="${attr(`${id}-h`)}"><h2 id="${attr(`${id}-h`)}">${heading}</h2>${body}</section>`;
}

export function guaranteeSections(report: Report, lang: Lang): Html | null {
  const m = memoTexts[lang];
  const t = m.guarantees;
  const w = (k: string) => (Object.hasOwn(t.words, k) ? (t.words[k] as string) : k);
  const yn = (b: boolean | null) => (b === null ? '—' : b ? t.yes : t.no);
  const out: Html[] = [];
  const gs = report.guarantors;
  if (gs !== null && gs !== undefined) {
    const c = t.guarantorColumns;
    const notes = gs.flatMap((x) => [x.business, x.note].filter((n): n is string => n !== null).map((n) => html`<li>${t.guarantorNote(x.name, n)}</li>`));
    out.push(
      section(
        'guarantors',
        t.guarantorsHeading,
        html`${table(
          t.guarantorsHeading,
          [c.name, c.relation, c.amount, c.netWorth, c.monthlyIncome, c.ownLoans, c.guaranteesGiven, c.mutual],
          gs.map((x) => [
            x.name,
            w(x.relation),
            num(x.amountDefaulted ? t.requested(g(x.amount)) : g(x.amount)),
            num(g(x.netWorth)),
            num(g(x.monthlyIncome)),
            num(g(x.ownLoans)),
            num(g(x.guaranteesGiven)),
            x.guaranteedByApplicant ? t.mutual(x.guaranteedByApplicantAmount === null ? null : g(x.guaranteedByApplicantAmount)) : t.no,
          ]),
          undefined,
          [false, false, true, true, true, true, true, false],
        )}${notes.length === 0 ? null : html`<ul>${notes}</ul>`}`,
      ),
    );
  }
  const cs = report.collateral;
  if (cs !== null && cs !== undefined) {
    const c = t.collateralColumns;
    out.push(
      section(
        'collateral',
        t.collateralHeading,
        table(
          t.collateralHeading,
          [c.description, c.kind, c.value, c.appraisedBy, c.secured, c.priorLiens, c.loanToValue, c.lien, c.insured],
          cs.map((x) => [
            x.owner === null ? x.description : t.guarantorNote(x.description, x.owner),
            w(x.kind),
            num(g(x.appraisedValue)),
            w(x.appraisedBy),
            num(x.securedAmountDefaulted ? t.requested(g(x.securedAmount)) : g(x.securedAmount)),
            num(g(x.priorLiens)),
            num(pct(x.loanToValue)),
            yn(x.lienRegistered),
            yn(x.insured),
          ]),
          undefined,
          [false, false, true, false, true, true, true, false, false],
        ),
      ),
    );
  }
  const s = report.softInformation;
  if (s !== null && s !== undefined) {
    const c = t.softColumns;
    const family = t.family({ spouse: s.spouse, spouseInBusiness: s.spouseInBusiness, dependants: s.dependants, standing: s.tradeStanding === null ? null : w(s.tradeStanding) });
    out.push(
      section(
        'soft-information',
        t.softHeading,
        html`${family === '' ? null : html`<p>${family}</p>`}${
          s.items.length === 0
            ? html`<p>${t.noItems}</p>`
            : table(
                t.softHeading,
                [c.topic, c.source, c.assessment, c.concerns, c.note],
                s.items.map((i) => [w(i.topic), w(i.source), i.assessment === null ? '—' : w(i.assessment), i.concerns.length === 0 ? '—' : m.list(i.concerns.map(w)), i.note ?? '—']),
              )
        }<p>${t.effect}</p>`,
      ),
    );
  }
  return out.length === 0 ? null : html`${out}`;
}
