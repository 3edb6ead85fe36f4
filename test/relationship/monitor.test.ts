import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type CliIO, main } from '../../src/cli/main.js';
import { defaultPolicy } from '../../src/profile/policy.js';
import { profileSchema } from '../../src/profile/schema.js';
import { toProfileData } from '../../src/profile/domain.js';
import { expectDeposits } from '../../src/relationship/deposit.js';
import { renderMonitorMarkdown } from '../../src/relationship/markdown.js';
import { monitor } from '../../src/relationship/monitor.js';
import { buildIncomeStatement } from '../../src/statements/index.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'relationship');
const fixture = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.monitor.json`), 'utf8')) as { profile: unknown; flows: unknown };

describe('monitor: input', () => {
  test('never throws on junk; every problem has a path', () => {
    for (const junk of [null, undefined, 42, 'x', [], {}]) {
      const r = monitor(junk, junk);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.every((e) => e.path.length > 0)).toBe(true);
    }
  });
  test('profile, flows and policy errors are reported together, flows under flows., policy under policy.', () => {
    const { profile } = fixture('supermarket-supplier-flows-moved');
    const r = monitor({ ...(profile as object), sales: { annual: 'lots' } }, { months: [] }, { policy: { relationship: { transferRate: 2 } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path).sort()).toEqual(['flows.months', 'policy.relationship.transferRate', 'sales.annual']);
  });
  test('months out of order, and an unknown key in the relationship block', () => {
    const { profile } = fixture('supermarket-supplier-flows-moved');
    const p = profile as { relationship: object };
    const m = (month: string) => ({ month, inflows: 1, outflows: 1, averageBalance: 1 });
    const r = monitor({ ...p, relationship: { ...p.relationship, birthday: '08-08' } }, { months: [m('2026-03'), m('2026-03'), m('2026-02')] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['relationship.birthday', 'flows.months[1].month', 'flows.months[2].month']);
  });
  test('inputs are not mutated', () => {
    const f = fixture('garment-trader-sales-decline');
    const before = JSON.stringify(f);
    monitor(f.profile, f.flows);
    expect(JSON.stringify(f)).toBe(before);
  });
  test('deterministic', () => {
    const f = fixture('supermarket-supplier-flows-moved');
    expect(JSON.stringify(monitor(f.profile, f.flows))).toBe(JSON.stringify(monitor(f.profile, f.flows)));
  });
});

describe('deposit expectation', () => {
  const policy = defaultPolicy();
  const profile = (relationship: object) =>
    toProfileData(profileSchema.parse({
      analysisDate: '2026-01-01',
      business: { name: 'x', industry: 'x', kind: 'service', startDate: '2020-01-01' },
      sales: { annual: '1200000' },
      grossMargin: '0.2',
      relationship,
    }));
  const run = (relationship: object) => {
    const p = profile(relationship);
    return expectDeposits(p, policy, buildIncomeStatement(p));
  };
  test('steady: 100,000 a month × 0.25 = 25,000 every month', () => {
    const e = run({ depositPattern: 'steady' });
    expect(e.months.map((m) => m.expectedBalance.toFixed(2))).toEqual(Array.from({ length: 12 }, () => '25000.00'));
  });
  test('pass-through: 100,000 × 0.03 = 3,000', () => {
    expect(run({ depositPattern: 'pass-through' }).averageBalance.toFixed(2)).toBe('3000.00');
  });
  test('seasonal trough: December 100,000 × 0.8 = 80,000, July 100,000 × 0.05 = 5,000', () => {
    const e = run({ depositPattern: 'seasonal-trough' });
    expect(e.months[11]?.expectedBalance.toFixed(2)).toBe('80000.00');
    expect(e.months[6]?.expectedBalance.toFixed(2)).toBe('5000.00');
    expect(e.months[11]?.phase).toBe('trough');
  });
  test('bank-settled share scales the inflows: 100,000 × 0.6 × 0.12 (mixed, the service default) = 7,200', () => {
    const e = run({ bankSettledShare: '0.6' });
    expect(e.pattern).toBe('mixed');
    expect(e.patternSource).toBe('policy');
    expect(e.averageBalance.toFixed(2)).toBe('7200.00');
  });
});

describe('xcheck monitor', () => {
  const files: Record<string, string> = {};
  for (const name of ['supermarket-supplier-flows-moved', 'contractor-flows-never-moved']) {
    const f = fixture(name);
    files[`${name}.profile.json`] = JSON.stringify(f.profile);
    files[`${name}.flows.json`] = JSON.stringify(f.flows);
  }
  const run = async (args: string[]) => {
    let out = '';
    let err = '';
    const io: CliIO = {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      readFile: (p) => {
        const v = files[p];
        if (v === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
        return v;
      },
    };
    const code = await main(args, io);
    return { code, out, err };
  };
  const c = ['contractor-flows-never-moved.profile.json', 'contractor-flows-never-moved.flows.json'];
  const s = ['supermarket-supplier-flows-moved.profile.json', 'supermarket-supplier-flows-moved.flows.json'];

  test('json: the flags', async () => {
    const r = await run(['monitor', ...c]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { flags: { code: string }[] }).flags.map((f) => f.code)).toEqual(['FLOWS_NOT_MOVED', 'DEPOSIT_BELOW_EXPECTATION']);
  });
  test('md in Chinese', async () => {
    const r = await run(['monitor', ...c, '--format', 'md', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('#### 主要流水未转到我行（FLOWS_NOT_MOVED）');
    expect(r.out).toContain('## 存款预期');
  });
  test('md with the cost and the calendar', async () => {
    const r = await run(['monitor', ...s, '--format', 'md']);
    expect(r.out).toContain('| Effective annual cost | 25.6539% |');
    expect(r.out).toContain('| 2026-02-14 | festival |');
  });
  test('ics needs --dtstamp, then prints the calendar', async () => {
    expect((await run(['monitor', ...s, '--format', 'ics'])).code).toBe(2);
    const r = await run(['monitor', ...s, '--format', 'ics', '--dtstamp', '2026-01-31T00:00:00Z']);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(r.out).toContain('DTSTART;VALUE=DATE:20260320');
    // UIDs: FNV-1a 64 of '["Chen\'s food wholesale","2012-04-01"]' (business name and start date), by an independent implementation
    expect(r.out).toContain('UID:82abbe586ba32657-20260320-interest-settlement-1@xcheck');
  });
  test('a --dtstamp that does not exist is a usage error naming the option, in any format', async () => {
    for (const format of ['ics', 'json']) {
      const r = await run(['monitor', ...s, '--format', format, '--dtstamp', '2026-13-45T99:99:99Z']);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain('--dtstamp must be a UTC date-time that exists');
      expect(r.err).toContain('got "2026-13-45T99:99:99Z"');
    }
    const zh = await run(['monitor', ...s, '--format', 'ics', '--lang', 'zh', '--dtstamp', '2026-02-29T00:00:00Z']);
    expect(zh.code).toBe(2);
    expect(zh.err).toContain('--dtstamp 须为真实存在的 UTC 日期时间');
  });
  test('usage and input errors exit 2 with paths', async () => {
    expect((await run(['monitor', c[0] as string])).code).toBe(2);
    expect((await run(['monitor', ...c, '--format', 'pdf'])).code).toBe(2);
    const missing = await run(['monitor', 'nope.json', c[1] as string]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('nope.json: cannot be read');
    files['bad.flows.json'] = JSON.stringify({ months: [{ month: '2026-1', inflows: 1, outflows: 1, averageBalance: 1 }] });
    const bad = await run(['monitor', c[0] as string, 'bad.flows.json']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('flows.months[0].month');
  });
});

test('renderMonitorMarkdown lists skipped checks', () => {
  const f = fixture('contractor-flows-never-moved');
  const r = monitor(f.profile, f.flows);
  expect(r.ok).toBe(true);
  if (r.ok) expect(renderMonitorMarkdown(r.report)).toContain('- SALES_DECLINE: skipped: needs at least 6 months');
});
