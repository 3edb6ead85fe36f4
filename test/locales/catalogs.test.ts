/**
 * The catalogs are complete: every code of every check has a writer in every language, every check a title,
 * every input name a label and every skip reason a text, on the findings of every fixture and of generated
 * profiles; the two languages give the same number of evidence items and questions (the report pairs them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { catalogs, formatFinding, formatSalesEstimate, LANGS } from '../../src/locales/index.js';
import { analyze, parseInput, runAnalysis } from '../../src/report/analyze.js';
import { salesEstimates } from '../../src/rules/sales-triangulation/index.js';
import { MONITOR_RULE_ID } from '../../src/relationship/monitor.js';
import { defaultRules } from '../../src/rules/registry.js';
import { FLAG_CODES, type Finding } from '../../src/rules/types.js';
import { underwritingCases } from '../support/cases.js';
import { generateProfiles } from '../support/generate.js';
import type { PolicyInput } from '../../src/profile/policy.js';

/** Every analysis the tests can make cheaply: the fixtures' and 300 generated profiles (typical and basic). */
const reports = [
  ...underwritingCases().map((c) => analyze(c.profile, { policy: c.policy as PolicyInput, texts: false })),
  ...[...generateProfiles(150, 7, { typical: true }), ...generateProfiles(150, 90_001)].map((p) => analyze(p, { texts: false })),
].flatMap((r) => (r.ok ? [r.report] : []));
const findings: Finding[] = reports.flatMap((r) => r.flags);

describe('the catalogs', () => {
  test('every code of every check has a writer, and every check a title, in every language', () => {
    const owners = new Map<string, string>([...defaultRules.flatMap((r) => r.codes.map((c) => [c, r.id] as const))]);
    for (const code of FLAG_CODES) {
      const owner = owners.get(code) ?? MONITOR_RULE_ID;
      for (const lang of LANGS) {
        const check = catalogs[lang].checks[owner];
        expect(check?.title, `${lang}: title of ${owner}`).toBeTruthy();
        expect(check?.findings[code], `${lang}: writer of ${code} in ${owner}`).toBeTypeOf('function');
      }
    }
  });

  test('the analyses raise every code of the default checks (so the checks below cover them all)', () => {
    const seen = new Set(findings.map((f) => f.code));
    expect(defaultRules.flatMap((r) => r.codes).filter((c) => !seen.has(c))).toEqual([]);
  });

  test('every finding renders in every language: no empty text, evidence and questions paired', () => {
    for (const f of findings) {
      const [en, zh] = LANGS.map((lang) => formatFinding(f, lang));
      for (const t of [en!, zh!]) {
        expect(t.title, f.code).not.toBe('');
        expect(t.message, f.code).not.toBe('');
        expect(t.formula, f.code).not.toBe('');
        expect(t.computation, f.code).not.toBe('');
        expect(t.evidence.every((e) => e !== '') && t.questions.every((q) => q !== ''), f.code).toBe(true);
      }
      expect(zh!.evidence.length, `${f.code} evidence`).toBe(en!.evidence.length);
      expect(zh!.questions.length, `${f.code} questions`).toBe(en!.questions.length);
      expect(en!.questions.length, `${f.code} asks something`).toBeGreaterThan(0);
    }
  });

  test('every input name of every finding has a label in every language', () => {
    const missing = new Set<string>();
    for (const f of findings)
      for (const i of f.inputs)
        for (const lang of LANGS) {
          const c = catalogs[lang];
          if (c.checks[f.ruleId]?.labels?.[i.name] === undefined && c.common.labels[i.name] === undefined) missing.add(`${lang} ${f.ruleId} ${i.name}`);
        }
    expect([...missing].sort()).toEqual([]);
  });

  test('every skip reason has a text of its own in every language', () => {
    const common = new Set(['missing-inputs', 'no-balances', 'rule-error']);
    const missing = new Set<string>();
    for (const r of reports)
      for (const rule of r.rules) {
        if (rule.status !== 'skipped' || rule.reasonCode === undefined || common.has(rule.reasonCode)) continue;
        for (const lang of LANGS) if (catalogs[lang].checks[rule.id]?.skips?.[rule.reasonCode] === undefined) missing.add(`${lang} ${rule.id} ${rule.reasonCode}`);
      }
    expect([...missing].sort()).toEqual([]);
  });
});

describe('formatSalesEstimate', () => {
  test('writes an estimate of salesEstimates() in each language from its data', () => {
    const c = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'rules', 'sales-triangulation.json'), 'utf8')) as { profile: unknown };
    const parsed = parseInput(c.profile);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const { profile, statements } = runAnalysis(parsed.profile, parsed.policy, []).context;
    const bank = salesEstimates(profile, statements).find((e) => e.id === 'bank-inflows');
    // (70,000 − 10,000) / (1 − 0.4) = 100,000 a month
    expect(bank?.value.toFixed(2)).toBe('100000.00');
    if (bank === undefined) return;
    const en = formatSalesEstimate(bank, 'en');
    const zh = formatSalesEstimate(bank, 'zh');
    expect(en.name).toBe('bank inflows');
    expect(en.computation).toContain('= 100,000.00');
    expect(zh.name).toBe('银行流水');
    expect(zh.computation).toContain('100,000.00');
    expect(zh.evidence.length).toBe(en.evidence.length);
  });
});
