/**
 * Safe text (issue 17, item 4): what the applicant or the officer typed renders as itself in the Markdown memo,
 * the monitor report and the CSV, never as markup. The escapers are checked on hand-written cases, then every
 * free-text field of a few case files (and of a monitoring profile) is filled with hostile text, the memo and
 * the report are rendered to HTML by a real Markdown renderer (markdown-it with raw HTML allowed: the worst
 * setting a bank page could use), and no tag, no emphasis, no link and no code span of the applicant's survives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { monitor } from '../../src/relationship/monitor.js';
import { escapeText } from '../../src/relationship/ics.js';
import { renderMonitorMarkdown } from '../../src/relationship/markdown.js';
import { analyze } from '../../src/report/analyze.js';
import { csvField, csvRow, mdBlock, mdCode, mdInline } from '../../src/report/escape.js';
import { renderMarkdown } from '../../src/report/markdown.js';

const md = new MarkdownIt({ html: true, linkify: false });

describe('the escapers', () => {
  test('mdInline: markup characters escaped, tags and entities neutralised, breaks collapsed, bidi overrides removed', () => {
    expect(mdInline('<img src=x onerror=alert(1)> **Lin**')).toBe('&lt;img src=x onerror=alert(1)> \\*\\*Lin\\*\\*');
    expect(mdInline('<script>x</script>')).toBe('&lt;script>x&lt;/script>');
    expect(mdInline('a | b')).toBe('a \\| b');
    expect(mdInline('`code` and ~~gone~~')).toBe('\\`code\\` and \\~\\~gone\\~\\~');
    expect(mdInline('line one\nline two\r\nthree')).toBe('line one line two three');
    expect(mdInline('abc\u202Egnp.exe')).toBe('abcgnp.exe');
    expect(mdInline('&amp; &#60;')).toBe('&amp;amp; &amp;\\#60;');
    expect(mdInline('_em_ LEVERAGE_HIGH')).toBe('\\_em\\_ LEVERAGE_HIGH');
    expect(mdInline('[click](javascript:alert(1))')).toBe('\\[click\\](javascript:alert(1))');
    expect(mdInline('back\\slash #tag')).toBe('back\\\\slash \\#tag');
    // What cannot start markup stays as it is: the memo's own texts read as before.
    expect(mdInline('93.61% > 70.00%; 2 < 3; A & B; loans[].evidence')).toBe('93.61% > 70.00%; 2 < 3; A & B; loans[].evidence');
  });

  test('mdBlock: what would open a block at the start of a line is escaped too', () => {
    expect(mdBlock('- item')).toBe('\\- item');
    expect(mdBlock('+ item')).toBe('\\+ item');
    expect(mdBlock('1. item')).toBe('1\\. item');
    expect(mdBlock('2) item')).toBe('2\\) item');
    expect(mdBlock('# heading')).toBe('\\# heading');
    expect(mdBlock('> quote')).toBe('&gt; quote');
    expect(mdBlock('    indented')).toBe('indented');
    expect(mdBlock('1.5 times')).toBe('1.5 times');
  });

  test('mdCode: a fence longer than any run of backticks inside', () => {
    expect(mdCode('a = b')).toBe('`a = b`');
    expect(mdCode('a ` b')).toBe('``a ` b``');
    expect(mdCode('`x``')).toBe('``` `x`` ```');
  });

  test('ics: the calendar escapes its TEXT values and drops bidirectional overrides', () => {
    expect(escapeText('Lin; Wu, \u202Egnp.exe\nnext')).toBe('Lin\\; Wu\\, gnp.exe\\nnext');
  });

  test('CSV: RFC 4180 quoting; text read as a formula gets an apostrophe, numbers stay numbers', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1+2')).toBe("'+1+2");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-1048.50')).toBe('-1048.50');
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
    expect(csvRow(['a', '=1', 2, undefined])).toBe("a,'=1,2,");
  });
});

/** Hostile text: a tag, a script, emphasis, a pipe, backticks, a link, a line break with a heading, a bidi override. */
const HOSTILE = '<img src=x onerror=alert(1)> **Lin** <script>alert(2)</script> `tick` a|b _em_ [x](javascript:alert(3))\n# H \u202Egnp.exe';

/** Free-text fields of the profile and of the relationship section. */
const TEXT_KEYS = new Set(['name', 'industry', 'item', 'unit', 'lender', 'description', 'relation']);

/** The profile with every free-text field replaced by hostile text (numbered, so that items stay distinct). */
function hostile(profile: unknown): unknown {
  let n = 0;
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return TEXT_KEYS.has(key) ? `${HOSTILE} ${++n}` : v;
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(profile, '');
}

const fixture = (path: string) => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', path), 'utf8'));

/** What must never be in the HTML a memo renders to: the applicant's markup made live. */
function expectInert(html: string): void {
  expect(html).not.toMatch(/<img|<script|<a |<code>tick|<em>em|<strong>Lin|<h1>H /);
  expect(html).not.toContain('\u202E');
  // The text itself is there, shown as typed.
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; **Lin** &lt;script&gt;alert(2)&lt;/script&gt; `tick` a|b _em_ [x](javascript:alert(3)) # H gnp.exe');
}

describe('hostile text in every free-text field', () => {
  test.each(['worked-example-disagrees.json', 'rules/production-capacity.json', 'rules/hidden-debt-suspected.json', 'corpus/garment-stall-seasonal.json'])(
    'the memo of %s renders it as text (en and zh)',
    (path) => {
      const c = fixture(path);
      const result = analyze(hostile(c.profile), { policy: c.policy });
      expect(result.ok ? [] : result.errors).toEqual([]);
      if (!result.ok) return;
      for (const lang of ['en', 'zh'] as const) {
        const html = md.render(renderMarkdown(result.report, lang));
        expectInert(html);
        // The heading holds the whole name on its line; nothing else became a heading or a table row.
        expect(html.match(/<h1>/g)).toHaveLength(1);
        expect(html).toContain('onerror=alert(1)&gt; **Lin**');
      }
    },
  );

  test('a product item in a flag message (production capacity) is escaped there too', () => {
    const c = fixture('rules/production-capacity.json');
    const result = analyze(hostile(c.profile), { policy: c.policy });
    if (!result.ok) throw new Error('invalid');
    const flag = result.report.flags.find((f) => f.code === 'PRODUCTION_CAPACITY');
    expect(flag?.message.en).toContain('<img');
    // Outside the formula's code span (where a renderer shows `<` as text), no raw `<img` is left.
    const memo = renderMarkdown(result.report, 'en').replace(/^- Formula: .*$/m, '');
    expect(memo).not.toContain('<img');
    expect(memo).toContain('the by-product &lt;img src=x onerror=alert(1)> \\*\\*Lin\\*\\*');
  });

  test('the monitor report renders the name, the industry and the birthdays as text', () => {
    const c = fixture('relationship/supermarket-supplier-flows-moved.monitor.json');
    const result = monitor(hostile(c.profile), c.flows, { policy: c.policy });
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    for (const lang of ['en', 'zh'] as const) {
      const text = renderMonitorMarkdown(result.report, lang);
      const html = md.render(text);
      expectInert(html);
      // Table rows stay table rows: the birthday task's cell holds the whole name, pipe included.
      expect(html).toContain('a|b');
      expect(html.match(/<table>/g)?.length).toBe(text.match(/^\| --- /gm)?.length);
    }
  });
});
