/**
 * How a verify run is written out: plain text for people, JUnit XML for CI servers. Pure: a
 * VerifyRun in, a string out (the CLI writes it). JSON output is the VerifyRun itself.
 */
import { verifyTexts } from '../locales/verify.js';
import type { CaseResult, VerifyRun } from './index.js';

/** The output's sentences (English: the format CI logs and scripts read). */
const T = verifyTexts.en;

/** One line per difference, e.g. `balanceSheet.equity: expected 2158000.00, got 2158001.00`. */
export function describeDifferences(result: CaseResult): string[] {
  if (result.status === 'invalid' && result.errors && result.errors.length > 0)
    return result.errors.map((e) => `${e.path}: ${e.message.en}`);
  return result.differences.map((d) => `${d.path}: ${T.difference(d.expected, d.got)}`);
}

const LABEL = { passed: 'PASS', failed: 'FAIL', invalid: 'INVALID' } as const;

/**
 * One line per case (`PASS name`, or `FAIL name (source)` followed by each difference, indented),
 * then the plain closing line `N passed, N failed` (invalid case files count as failed).
 *
 * @example
 * formatVerifyText(run)
 * //=> 'PASS  shop\nFAIL  farm  (fixtures/farm.json)\n      equity.gap: expected 0.00, got 5000.00\n1 passed, 1 failed\n'
 */
export function formatVerifyText(run: VerifyRun): string {
  const lines: string[] = [];
  for (const r of run.results) {
    const where = r.status !== 'passed' && r.source !== undefined && r.source !== r.name ? `  (${r.source})` : '';
    lines.push(`${LABEL[r.status]}  ${r.name}${where}`);
    if (r.status !== 'passed') for (const d of describeDifferences(r)) lines.push(`      ${d}`);
  }
  const t = run.totals;
  if (t.invalid > 0) lines.push(T.invalidFiles(t.invalid));
  lines.push(T.totals(t.passed, t.failed + t.invalid));
  return `${lines.join('\n')}\n`;
}

// XML 1.0 allows tab, LF, CR and code points from U+0020 on (minus the surrogates and U+FFFE/U+FFFF).
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for an XML attribute or element; characters XML cannot carry become U+FFFD. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_ILLEGAL, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
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
  const suite = escapeXml(options.suiteName ?? 'xcheck verify');
  const t = run.totals;
  const counts = `tests="${t.total}" failures="${t.failed}" errors="${t.invalid}" skipped="0"`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${suite}" ${counts}>`,
    `  <testsuite name="${suite}" ${counts}>`,
  ];
  for (const r of run.results) {
    const open = `    <testcase name="${escapeXml(r.name)}" classname="${escapeXml(r.source ?? r.name)}"`;
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
    out.push(`      <${tag} message="${escapeXml(message)}" type="${r.status}">${escapeXml(lines.join('\n'))}</${tag}>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return `${out.join('\n')}\n`;
}
