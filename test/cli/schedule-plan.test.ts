/** `xcheck schedule --plan`: seasonal plans on the command line (docs/capacity.md §6). */
import { describe, expect, test } from 'vitest';
import type { CliIO } from '../../src/cli/main.js';
import { main } from '../../src/cli/main.js';

function run(args: string[]) {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => (out += t), stderr: (t) => (err += t), readFile: () => '' };
  return main(['schedule', ...args], io).then((code) => ({ code, out, err }));
}

describe('xcheck schedule --plan', () => {
  test('json, proportional: 60,000 at 1% over the crab stall’s surplus (principal = half of each)', async () => {
    const r = await run(['--amount', '60000', '--rate', '1%', '--months', '6', '--plan', 'proportional', '--weights', '50000,50000,15000,4200,400,400']);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.out);
    // principal 25,000, 25,000, 7,500, 2,100, 200, 200; interest 600, 350, 100, 25, 4, 2
    expect(p.rows.map((x: { payment: string }) => x.payment)).toEqual(['25600.00', '25350.00', '7600.00', '2125.00', '204.00', '202.00']);
    expect([p.kind, p.totalInterest, p.effectiveAnnualRate]).toEqual(['proportional', '1081.00', '0.126825']);
  });

  test('csv, grace of 2 over 4 months at 0%: 0, 0, 50, 50', async () => {
    const r = await run(['--amount', '100', '--rate', '0', '--months', '4', '--plan', 'grace', '--grace', '2', '--format', 'csv']);
    expect(r.out.trim().split('\n').slice(1).map((l) => l.split(',')[3])).toEqual(['0.00', '0.00', '50.00', '50.00']);
  });

  test('md, interest only in period 2 of 3: 9,000 at 1% → principal 4,500 in 1 and 3, interest 90, 45, 45', async () => {
    const r = await run(['--amount', '9000', '--rate', '0.01', '--months', '3', '--plan', 'interest-only', '--interest-only', '2', '--format', 'md']);
    expect(r.out).toContain('| 2 | — | 45.00 | 45.00 | 0.00 | 4,500.00 |');
    expect(r.out).toContain('total interest 180.00');
  });

  test('bad input: exit 2, the options named as typed', async () => {
    const r = await run(['--amount', '100', '--rate', '0', '--months', '3', '--plan', 'grace', '--grace', '3']);
    expect([r.code, r.err.split(':')[0]]).toEqual([2, '--grace']);
    const bad = await run(['--amount', '100', '--rate', '0', '--months', '3', '--plan', 'interest-only', '--interest-only', '1,x']);
    expect(bad.err).toContain('--interest-only[1]:');
    const kind = await run(['--amount', '100', '--rate', '0', '--months', '3', '--plan', 'weekly']);
    expect(kind.err).toContain('--plan:');
  });

  test('--plan with --method, or a plan option without --plan: usage errors', async () => {
    expect((await run(['--amount', '100', '--rate', '0', '--months', '3', '--plan', 'grace', '--grace', '1', '--method', 'annuity'])).code).toBe(2);
    expect((await run(['--amount', '100', '--rate', '0', '--months', '3', '--grace', '1'])).code).toBe(2);
  });
});
