/**
 * How a verify run is written out: plain text for people, JUnit XML for CI servers. Pure: a
 * VerifyRun in, a string out (the CLI writes it). JSON output is the VerifyRun itself.
 */
import { verifyTexts } from '../locales/verify.js';
import type { CaseResult, VerifyRun } from './index.js';

/** The output's sentences (English: the format CI logs and scripts read). */
const T = verifyTexts.en;

/**
 * Characters that would let a case's text change the output around it: C0 and C1 controls (newline, CR,
 * ESC of ANSI sequences, the single-character CSI U+009B), DEL, the line and paragraph separators and the
 * bidirectional overrides and isolates.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Escapes control characters for a line of text output, as JSON writes them: `\n`, `\r`, `\t`, else
 * `\u001b`. A case's name, source, paths, values and messages go through it, so none can start a line,
 * forge a `PASS` or the closing count, or send an escape sequence to the terminal.
 *
 * @example
 * escapeControl('x\nPASS  forged') //=> 'x\\nPASS  forged'
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * One line per difference, e.g. `balanceSheet.equity: expected 2158000.00, got 2158001.00`; control
 * characters in each part escaped (escapeControl), so a difference is always one line.
 */
export function describeDifferences(result: CaseResult): string[] {
  const e = escapeControl;
  if (result.status === 'invalid' && result.errors && result.errors.length > 0)
    return result.errors.map((x) => `${e(x.path)}: ${e(x.message.en)}`);
  return result.differences.map((d) => `${e(d.path)}: ${T.difference(e(d.expected), e(d.got))}`);
}

const LABEL = { passed: 'PASS', failed: 'FAIL', invalid: 'INVALID' } as const;

/**
 * One line per case (`PASS name`, or `FAIL name (source)` followed by each difference, indented),
 * then the plain closing line `N passed, N failed` (invalid case files count as failed). Control
 * characters in names, sources and differences are escaped (escapeControl).
 *
 * @example
 * formatVerifyText(run)
 * //=> 'PASS  shop\nFAIL  farm  (fixtures/farm.json)\n      equity.gap: expected 0.00, got 5000.00\n1 passed, 1 failed\n'
 */
export function formatVerifyText(run: VerifyRun): string {
  const lines: string[] = [];
  for (const r of run.results) {
    const where = r.status !== 'passed' && r.source !== undefined && r.source !== r.name ? `  (${escapeControl(r.source)})` : '';
    lines.push(`${LABEL[r.status]}  ${escapeControl(r.name)}${where}`);
    if (r.status !== 'passed') for (const d of describeDifferences(r)) lines.push(`      ${d}`);
  }
  const t = run.totals;
  if (t.invalid > 0) lines.push(T.invalidFiles(t.invalid));
  lines.push(T.totals(t.passed, t.failed + t.invalid));
  return `${lines.join('\n')}\n`;
}

// XML 1.0 allows tab, LF, CR and code points from U+0020 on (minus the surrogates and U+FFFE/U+FFFF).
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Escapes text for an XML element: the five specials, CR as `&#13;` (a parser would turn a raw CR into
 * LF); characters XML 1.0 cannot carry (other C0 controls such as ESC, lone surrogates, U+FFFE/U+FFFF)
 * are removed.
 */
export function escapeXml(text: string): string {
  return text
    .replace(XML_ILLEGAL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** Escapes text for an XML attribute: as escapeXml, and tab and LF as `&#9;` `&#10;` (a parser turns them into spaces). */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

export interface JUnitOptions {
  /** The suite's name. Default `xcheck verify`. */
  readonly suiteName?: string;
}

/**
 * JUnit XML (the common Surefire/Jenkins/GitLab dialect): one <testsuite>, one <testcase> per case
 * (name = case name, classname = its source), a <failure> for a failed case and an <error> for an
 * invalid case file, with every difference in the element's text. No timings: the output is
 * deterministic for the same cases.
 */
export function formatJUnit(run: VerifyRun, options: JUnitOptions = {}): string {
  const suite = escapeXmlAttribute(options.suiteName ?? 'xcheck verify');
  const t = run.totals;
  const counts = `tests="${t.total}" failures="${t.failed}" errors="${t.invalid}" skipped="0"`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${suite}" ${counts}>`,
    `  <testsuite name="${suite}" ${counts}>`,
  ];
  for (const r of run.results) {
    const open = `    <testcase name="${escapeXmlAttribute(r.name)}" classname="${escapeXmlAttribute(r.source ?? r.name)}"`;
    if (r.status === 'passed') {
      out.push(`${open}/>`);
      continue;
    }
    const lines = describeDifferences(r);
    const tag = r.status === 'invalid' ? 'error' : 'failure';
    const message =
      r.status === 'invalid'
        ? T.junitInvalid
        : T.junitDifferences(lines.length, lines[0] ?? '');
    out.push(`${open}>`);
    out.push(`      <${tag} message="${escapeXmlAttribute(message)}" type="${r.status}">${escapeXml(lines.join('\n'))}</${tag}>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return `${out.join('\n')}\n`;
}
