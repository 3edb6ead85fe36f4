/**
 * The monitor on the finding contract: its findings carry subject, requirement (the policy setting that decided
 * the severity), inputs with paths and params, rule id `monitor`, and texts from the catalogs in both languages;
 * skipped checks say why with a code. Figures are the fixtures' (fixtures/relationship/*.monitor.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { inputLabel } from '../../src/locales/index.js';
import { monitor, type MonitorReport } from '../../src/relationship/monitor.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'relationship');
const fixture = (name: string) =>
  JSON.parse(readFileSync(join(dir, `${name}.monitor.json`), 'utf8')) as { profile: Record<string, unknown>; flows: unknown; policy?: unknown };

function report(name: string, change: (p: Record<string, unknown>) => Record<string, unknown> = (p) => p, policy?: unknown): MonitorReport {
  const f = fixture(name);
  const r = monitor(change(f.profile), f.flows, { policy: policy ?? f.policy });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.report;
}
const flag = (r: MonitorReport, code: string) => {
  const f = r.flags.find((x) => x.code === code);
  if (!f) throw new Error(`${code} did not fire`);
  return f;
};

describe('monitor findings', () => {
  test('FLOWS_NOT_MOVED: subject, critical requirement, inputs with paths, params, texts', () => {
    // 20,000 in over 2026-04…2026-06 against 3 × 300,000 × 1 = 900,000: (20,000 − 900,000) / 900,000 = −97.78%,
    // beyond the critical −80% (policy.relationship.flowsNotMoved.critical, default 0.8).
    const f = flag(report('contractor-flows-never-moved'), 'FLOWS_NOT_MOVED');
    expect(f.ruleId).toBe('monitor');
    expect(f.subject).toEqual({ from: '2026-04', to: '2026-06' });
    expect(f.severity).toBe('critical');
    expect(f.requirement).toEqual({ path: 'relationship.flowsNotMoved.critical', value: '0.8' });
    expect(f.params).toEqual({ months: 3, bankSettledShare: '1' });
    expect(f.inputs.map((i) => [i.name, i.path])).toEqual([
      ['observedInflows', 'flows.months[].inflows'],
      ['expectedInflows', 'expectation.months[].inflows'],
      ['bankSettledShare', 'relationship.bankSettledShare'],
      ['months', 'flows.months'],
    ]);
    expect(f.title).toEqual({ en: 'The business flows have not moved to the bank', zh: '主要流水未转到我行' });
    expect(f.computation.en).toBe('Σ sales × 1 over 3 months = 900,000.00; (20,000.00 − 900,000.00) / 900,000.00 = -97.78%');
    expect(f.computation.zh).toBe('Σ 销售额 × 1，共 3 个月 = 900,000.00；(20,000.00 − 900,000.00) ÷ 900,000.00 = -97.78%');
    expect(f.formula.zh).toBe('应有进账 = Σ 观察各月销售额 × 在我行结算的销售比例；偏差 = (实际进账 − 应有进账) ÷ 应有进账');
    expect(f.message.zh).toBe('3 个月进账 20,000.00，按销售额应有约 900,000.00（偏差 -97.78%）：客户主要流水仍在他行。');
  });

  test('DEPOSIT_BELOW_EXPECTATION: a deviation exactly at critical is a warning, decided by the tolerance', () => {
    // Mean balance 50,000 against 125,000 (steady: 500,000 × 0.25): (50,000 − 125,000) / 125,000 = −60%, not beyond
    // the critical 60% (strict), beyond the tolerance 30%.
    const f = flag(report('wholesaler-balances-swept'), 'DEPOSIT_BELOW_EXPECTATION');
    expect(f.severity).toBe('warning');
    expect(f.requirement).toEqual({ path: 'relationship.depositBelowExpectation.tolerance', value: '0.3' });
    expect(f.params).toEqual({ months: 3, pattern: 'steady' });
    expect(f.inputs.find((i) => i.name === 'depositPattern')).toMatchObject({ path: 'relationship.depositPattern', value: 'steady', defaulted: true });
    expect(f.computation.zh).toContain('（稳定留存型）');
  });

  test("SALES_DECLINE: the profile's stress threshold decides the warning; without it the policy's tolerance; critical by the policy", () => {
    // Against the expected collections of the client's own cycle (the fixture's description: 80% on credit, 90 days):
    // index 1,380 / 1,400 = 0.9857 in 2026-05…2026-07, 1,720 / 2,660 = 0.6466 in 2026-08…2026-10:
    // (1,720 × 1,400) / (2,660 × 1,380) − 1 = −34.40%: beyond 30%, within max(30%, 50%).
    const r = report('garment-trader-sales-decline');
    const f = flag(r, 'SALES_DECLINE');
    expect(f.severity).toBe('warning');
    expect(f.subject).toEqual({ firstWindow: '2026-05…2026-07', lastWindow: '2026-08…2026-10' });
    expect(f.requirement).toEqual({ path: 'profile.relationship.stressSalesDecline', value: '0.3' });
    expect(f.params).toEqual({ firstWindow: '2026-05…2026-07', lastWindow: '2026-08…2026-10', threshold: '0.3', windowMonths: 3 });
    expect(f.message.en).toBe(
      'Season-adjusted inflows fell from 0.9857 to 0.6466 of what the sales imply (-34.40%), beyond the 30% the loan was stressed for.',
    );
    expect(f.computation.zh).toBe('2026-05…2026-07：0.9857；2026-08…2026-10：0.6466；(0.6466 − 0.9857) ÷ 0.9857 = -34.40%');

    const withoutStress = (p: Record<string, unknown>) => ({ ...p, relationship: { depositPattern: 'seasonal-trough' } });
    expect(flag(report('garment-trader-sales-decline', withoutStress), 'SALES_DECLINE').requirement).toEqual({
      path: 'relationship.salesDecline.tolerance',
      value: '0.3',
    });
    // −34.40% is beyond a critical level of 33%.
    const strict = flag(report('garment-trader-sales-decline', withoutStress, { relationship: { salesDecline: { critical: '0.33' } } }), 'SALES_DECLINE');
    expect(strict.severity).toBe('critical');
    expect(strict.requirement).toEqual({ path: 'relationship.salesDecline.critical', value: '0.33' });
  });

  test('a skipped check says why with a code, its params and its texts', () => {
    const r = report('contractor-flows-never-moved');
    expect(r.checks.find((c) => c.code === 'SALES_DECLINE')).toEqual({
      code: 'SALES_DECLINE',
      status: 'skipped',
      reasonCode: 'too-few-months',
      reasonParams: { needed: 6, window: 3, got: 3 },
      reason: { en: 'needs at least 6 months of flows (two windows of 3); got 3', zh: '至少需要 6 个月流水（两个 3 个月的窗口）；现有 3 个月' },
    });
  });

  test('every input name of the monitor has a label in each language, Chinese in zh', () => {
    const names = new Set(
      ['contractor-flows-never-moved', 'wholesaler-balances-swept', 'garment-trader-sales-decline'].flatMap((n) =>
        report(n).flags.flatMap((f) => f.inputs.map((i) => i.name)),
      ),
    );
    expect(names.size).toBe(11);
    for (const name of names) {
      expect(inputLabel(name, 'en', 'monitor'), name).not.toBe(name);
      expect(inputLabel(name, 'zh', 'monitor'), name).not.toMatch(/[A-Za-z]/);
    }
  });
});
