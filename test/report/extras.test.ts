/**
 * Extras on demand (issue 13): the alternative terms, the stress test and the funding plan are computed only when
 * asked (docs/capacity.md, "The extras, on demand"). Left out they are null; asked for, the report is the one
 * before they became optional. The command line asks for them in `analyze FILE` and `verify`, the batch only with
 * `--extras`.
 */
import type { PolicyInput } from '../../src/profile/policy.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { nodeIO } from '../../src/cli/io.js';
import { type CliIO, main, USAGE } from '../../src/cli/main.js';
import { analyzeLine } from '../../src/cli/ndjson.js';
import { verifyCase, parseCase } from '../../src/cases/index.js';
import { analyze, parseInput, runAnalysis, toReport } from '../../src/index.js';
import { underwritingCases } from '../support/cases.js';

const seasonalCase = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'capacity', 'seasonal-garment-trader.json'), 'utf8')) as Record<string, unknown>;
const seasonal = seasonalCase.profile;

const extrasOf = (report: { recommendation: { alternatives: unknown; stress: unknown } | null; fundingPlan: unknown }) => [
  report.recommendation?.alternatives,
  report.recommendation?.stress,
  report.fundingPlan,
];

function reportOf(profile: unknown, options: { policy?: PolicyInput; extras?: boolean } = {}) {
  const r = analyze(profile, options);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.report;
}

describe('analyze(): the extras only when asked', () => {
  test('left out by default: the three fields are null; asked for: computed', () => {
    expect(extrasOf(reportOf(seasonal))).toEqual([null, null, null]);
    const r = reportOf(seasonal, { extras: true });
    // The default policy's alternative terms are 6, 12, 18 and 24 months (docs/capacity.md).
    expect(r.recommendation?.alternatives?.map((a) => a.termMonths)).toEqual([6, 12, 18, 24]);
    expect(r.recommendation?.stress?.amount).toBe(r.recommendation?.requested.amount);
    // The cash model of the example trader (docs/capacity.md §5): the stock build-up starts in February, so the loan comes in January.
    expect(r.fundingPlan?.suggestedDisbursementMonth).toBe(1);
  });

  test('no loan request: no recommendation either way; the funding plan only when asked', () => {
    const { loanRequest: _, ...noLoan } = seasonal as Record<string, unknown>;
    expect(reportOf(noLoan).fundingPlan).toBeNull();
    expect(reportOf(noLoan, { extras: true }).fundingPlan?.seasonal).toBe(true);
  });

  test('every other field is the same with and without them, on every case file', () => {
    const cases = underwritingCases();
    expect(cases.length).toBeGreaterThan(30);
    for (const c of cases) {
      const without = analyze(c.profile, { policy: c.policy as PolicyInput });
      const withExtras = analyze(c.profile, { policy: c.policy as PolicyInput, extras: true });
      if (!without.ok || !withExtras.ok) {
        expect(JSON.stringify(without), c.name).toBe(JSON.stringify(withExtras));
        continue;
      }
      const r = withExtras.report;
      const blanked = {
        ...r,
        recommendation: r.recommendation === null ? null : { ...r.recommendation, alternatives: null, stress: null },
        fundingPlan: null,
      };
      expect(JSON.stringify(without.report), c.name).toBe(JSON.stringify(blanked));
    }
  });

  test('runAnalysis computes them only when asked; toReport reports what was computed, or drops it with extras: false', () => {
    const parsed = parseInput(seasonal);
    if (!parsed.ok) throw new Error('the fixture parses');
    const lean = runAnalysis(parsed.profile, parsed.policy);
    expect([lean.context.capacity.loan?.alternatives, lean.context.capacity.loan?.stress, lean.context.capacity.fundingPlan]).toEqual([null, null, null]);
    expect(extrasOf(toReport(lean))).toEqual([null, null, null]);
    // Asking the report for them cannot compute them: they stay null.
    expect(extrasOf(toReport(lean, { extras: true }))).toEqual([null, null, null]);
    const full = runAnalysis(parsed.profile, parsed.policy, undefined, { extras: true });
    expect(JSON.stringify(toReport(full))).toBe(JSON.stringify(reportOf(seasonal, { extras: true })));
    expect(JSON.stringify(toReport(full, { extras: false }))).toBe(JSON.stringify(reportOf(seasonal)));
  });
});

describe('the command line', () => {
  function capture(): { io: CliIO; out: () => string; err: () => string } {
    let stdout = '';
    let stderr = '';
    const io: CliIO = { ...nodeIO, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
    return { io, out: () => stdout, err: () => stderr };
  }

  test('xcheck analyze FILE computes them, in JSON and in the memo', async () => {
    const file = join(import.meta.dirname, '..', '..', 'fixtures', 'capacity', 'seasonal-garment-trader.json');
    const json = capture();
    expect(await main(['analyze', file], json.io)).toBe(0);
    const report = JSON.parse(json.out()) as Parameters<typeof extrasOf>[0];
    expect(extrasOf(report).every((x) => x !== null)).toBe(true);
    const md = capture();
    expect(await main(['analyze', file, '--format', 'md'], md.io)).toBe(0);
    expect(md.out()).toContain('### Alternatives');
    // the cash model's build-up starts in February (docs/capacity.md §5): the loan should come in January
    expect(md.out()).toContain('- Suggested disbursement month: January');
    expect(md.out()).not.toContain('not computed');
  });

  test('xcheck analyze --ndjson: null unless --extras; with it, the report of analyze(p, { extras: true })', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xcheck-extras-'));
    const file = join(dir, 'in.ndjson');
    writeFileSync(file, `${JSON.stringify(seasonal)}\n`);
    const plain = capture();
    expect(await main(['analyze', '--ndjson', file], plain.io)).toBe(0);
    const asked = capture();
    expect(await main(['analyze', '--ndjson', file, '--extras'], asked.io)).toBe(0);
    const line = (text: string) => (JSON.parse(text) as { report: Parameters<typeof extrasOf>[0] }).report;
    expect(extrasOf(line(plain.out()))).toEqual([null, null, null]);
    const { policy: _, ...expected } = reportOf(seasonal, { extras: true });
    expect(asked.out()).toBe(`${JSON.stringify({ line: 1, ok: true, report: expected })}\n`);
    expect(analyzeLine(JSON.stringify(seasonal), 1, undefined, { extras: true })).toBe(asked.out().trimEnd());
    expect(USAGE).toContain('[--extras]');
  });

  test('verify: a case may assert on them (the seasonal trader asserts on the stress test and the funding plan)', () => {
    const c = parseCase(seasonalCase);
    if (!c.ok) throw new Error('the case parses');
    expect(c.value.expect.figures?.some((f) => f.path.startsWith('fundingPlan.'))).toBe(true);
    expect(c.value.expect.figures?.some((f) => f.path.startsWith('recommendation.stress.'))).toBe(true);
    expect(verifyCase(c.value, 'seasonal').status).toBe('passed');
  });
});
