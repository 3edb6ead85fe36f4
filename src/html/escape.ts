/**
 * HTML text built safely (docs/html.md, "Escaping"): every string interpolated into the `html` template is
 * escaped, only fragments built by the template itself (`Html`) go in as markup. Applicant and officer text
 * with bidirectional controls is isolated in `<bdi>` so a right-to-left override cannot reorder what follows.
 */

/** A fragment of markup this module built (never a caller's string). */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Bidirectional formatting characters (LRM, RLM, ALM, the embeddings and overrides, the isolates). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Escapes text for an element's content or a quoted attribute value: `& < > " '`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Text as markup: escaped, and isolated in `<bdi>` when it holds bidirectional controls. */
export function text(value: string): Html {
  const escaped = escapeHtml(value);
  return new Html(BIDI.test(value) ? `<bdi>${escaped}</bdi>` : escaped);
}

/** What the template accepts: text (escaped), numbers, markup, lists of them, and nothing (null, undefined, false). */
export type Part = string | number | Html | null | undefined | false | readonly Part[];

function part(p: Part): string {
  if (p === null || p === undefined || p === false) return '';
  if (p instanceof Html) return p.value;
  if (typeof p === 'number') return String(p);
  if (typeof p === 'string') return text(p).value;
  return p.map(part).join('');
}

/** The template: `html\`<p>${name}</p>\`` escapes `name`. */
export function html(strings: TemplateStringsArray, ...values: readonly Part[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += part(v) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Text inside an attribute (quoted by the template): escaped, no `<bdi>`. */
export function attr(value: string | number): Html {
  return new Html(escapeHtml(String(value)));
}
