/**
 * Escaping for the text formats xcheck writes (docs/memo-text.md, "Safe text"): every string that may hold what an
 * applicant or an officer typed (a business name, an item, a lender, a note, a birthday's name) and every text
 * made from such strings (a finding's message, computation, evidence) is escaped for the format it lands in.
 * The catalogs' own words are plain text: they are escaped with the rest, and nothing in them changes.
 *
 * - Markdown (`mdInline`, `mdBlock`, `mdCode`): the text renders as the same characters, never as markup, in
 *   any CommonMark or GFM renderer and in the older ones (Markdown.pl): no tag, no emphasis, no link, no code
 *   span, no heading, list or quote, no table cell broken.
 * - CSV (`csvField`, `csvRow`): RFC 4180 quoting, and text that a spreadsheet would read as a formula is
 *   prefixed with an apostrophe (OWASP "CSV injection"); numbers stay numbers.
 * - The .ics calendar escapes its own TEXT values (src/relationship/ics.ts, `escapeText`, RFC 5545).
 */

/**
 * Characters that reorder or hide text (bidirectional overrides, embeddings and isolates, U+202A–U+202E and
 * U+2066–U+2069, which make `‮gnp.exe` read as `exe.png`) and control characters (C0 but TAB, DEL, C1):
 * removed. The marks U+200E/U+200F only set the direction of neutral characters and stay.
 */
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Line breaks of every kind (CRLF, CR, LF, NEL, LS, PS): one line of Markdown, so a space. */
const BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/**
 * Markdown punctuation that can start or end markup inline: backslash, emphasis (`*`, `_`), code (`` ` ``),
 * strikethrough (`~`), table cells (`|`), a closing heading sequence (`#`). Escaped with a backslash
 * (CommonMark §2.4; Markdown.pl knows all but `|` and `~`, which it does not treat as markup either). An
 * underscore inside a word (`LEVERAGE_HIGH`, `snake_case`) opens no emphasis and stays as is.
 */
const PUNCTUATION = /[\\*`~|#]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/**
 * Brackets make a link or an image only with a `(`, a `[` or a `:` after the closing one (`[a](b)`, `[a][b]`,
 * `[a] (b)` in Markdown.pl, a definition `[a]: b`): a text holding such a pair has all its brackets escaped;
 * other brackets (`loans[].evidence`, `[ledger, invoices]`) cannot link and stay as they are.
 */
const LINK = /\]\s*[([:]/;

/**
 * `<` and `&` as entities (`&lt;`, `&amp;`: understood by every Markdown renderer, old ones included) where they
 * could start markup: `<` before a letter, `/`, `!` or `?` (a tag, a comment, a declaration, an autolink: what
 * a renderer would pass through as HTML), `&` before a letter or `#` (an entity). `>` closes nothing once its
 * `<` is escaped; it is escaped where it would open a quote (`mdBlock`). Elsewhere (`93.61% > 70.00%`, `2 < 3`,
 * `A & B`) the characters render as themselves in every renderer, and the memo reads as before.
 */
const MARKUP = /<(?=[A-Za-z/!?])|&(?=[A-Za-z#])/g;
const ENTITY: Readonly<Record<string, string>> = { '<': '&lt;', '&': '&amp;' };

/** Any character some escaping may change: most texts have none and are returned as they are. */
const SPECIAL = /[\\*`~|#_<&[\]\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Removes hidden and control characters and collapses line breaks (the common first step of every format). */
export function plainLine(s: string): string {
  return s.replace(BREAKS, ' ').replace(HIDDEN, '');
}

/**
 * A text inside a line of Markdown (after `# `, `- `, in a table cell, in a sentence): renders as exactly its
 * characters. `<img src=x onerror=alert(1)> **Lin**` → `&lt;img src=x onerror=alert(1)> \*\*Lin\*\*`.
 */
export function mdInline(s: string): string {
  if (!SPECIAL.test(s)) return s;
  const line = plainLine(s);
  const escaped = line.replace(MARKUP, (c) => ENTITY[c] ?? c).replace(PUNCTUATION, (c) => `\\${c}`);
  return LINK.test(line) ? escaped.replace(/[[\]]/g, (c) => `\\${c}`) : escaped;
}

/**
 * A text that starts a block or a list item (a paragraph, `- ` + text): also what would open a block there,
 * a list marker (`-`, `+`, `*`, `1.`, `1)`), a heading (`#`), a quote (`>`), a rule (`===`, `---`) or
 * indented code (leading spaces, trimmed).
 */
export function mdBlock(s: string): string {
  if (!SPECIAL.test(s) && !/^[\s\-+=>\d]/.test(s)) return s;
  const inline = mdInline(plainLine(s).trimStart());
  return inline
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^>/, '&gt;');
}

/**
 * A code span holding `s` as it is: fenced by one backtick more than its longest run of backticks, with a
 * space inside when it starts or ends with a backtick (CommonMark §6.1). Renderers escape `<` inside code.
 */
export function mdCode(s: string): string {
  const text = plainLine(s);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A decimal number as xcheck writes figures (`-1048.50`, `0.7000`, `12`): a number, not text, in a spreadsheet. */
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break (quotes doubled). Text that
 * starts with `=`, `+`, `-`, `@`, TAB or CR would be read as a formula by a spreadsheet: it gets a leading `'`.
 * A number (`-1048.50`) is written as it is.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (!NUMBER.test(s) && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record: the fields, each escaped, joined by commas. */
export function csvRow(fields: readonly (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(',');
}
