import { describe, expect, test } from 'vitest';
import type { CliIO } from '../../src/cli/main.js';
import { main } from '../../src/cli/main.js';
import { rateOption } from '../../src/cli/schedule.js';

function run(args: string[]) {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => (out += t), stderr: (t) => (err += t), readFile: () => '' };
  return main(['schedule', ...args], io).then((code) => ({ code, out, err }));
}

describe('xcheck schedule', () => {
  test('json: the reference schedule (PMT 9,048.50, last 9,048.46, total interest 8,581.96)', async () => {
    const r = await run(['--amount', '100000', '--rate', '0.0129', '--months', '12']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect([s.instalment, s.rows[11].payment, s.totalInterest, s.effectiveAnnualRate]).toEqual(['9048.50', '9048.46', '8581.96', '0.166269']);
    // (1.0129)^12 − 1 = 0.16626932… (16.627%), six places in the JSON
  });

  test('csv with due dates from a 31 January start: 28 February, 31 March, 30 April', async () => {
    const r = await run(['--amount', '100000', '--rate', '0.0129', '--months', '12', '--start', '2026-01-31', '--format', 'csv']);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe('period,dueDate,openingBalance,payment,interest,principal,closingBalance');
    expect(lines.slice(1, 4).map((l) => l.split(',')[1])).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
    // month 1: interest 100,000 × 0.0129 = 1,290.00; principal 9,048.50 − 1,290.00 = 7,758.50
    expect(lines[1]).toBe('1,2026-02-28,100000.00,9048.50,1290.00,7758.50,92241.50');
  });

  test('md, equal principal: 12,000 at 1% → first payment 1,000 + 120 = 1,120.00', async () => {
    const r = await run(['--amount', '12000', '--rate', '0.01', '--months', '12', '--method', 'equal-principal', '--format', 'md']);
    expect(r.out).toContain('| 1 | — | 1,120.00 | 120.00 | 1,000.00 | 11,000.00 |');
    expect(r.out).toContain('total interest 780.00');
  });

  test('bad input: exit 2, each option named', async () => {
    const r = await run(['--amount=-5', '--rate', '2', '--months', '0', '--start', '2026-02-30']);
    expect(r.code).toBe(2);
    for (const o of ['--amount', '--rate', '--months', '--start']) expect(r.err).toContain(`${o}:`);
  });

  test('missing amount and an unknown format are reported', async () => {
    expect((await run(['--rate', '0.01', '--months', '3'])).err).toContain('--amount: is required');
    expect((await run(['--amount', '1', '--rate', '0', '--months', '1', '--format', 'xml'])).code).toBe(2);
  });

  test('--rate as a percentage (issue 18, finding 8): 1.29% is the fraction 0.0129, the same schedule', async () => {
    const percent = await run(['--amount', '100000', '--rate', '1.29%', '--months', '12', '--format', 'csv']);
    expect(percent.code).toBe(0);
    expect(percent.out).toBe((await run(['--amount', '100000', '--rate', '0.0129', '--months', '12', '--format', 'csv'])).out);
    // month 1 as computed above: 100,000 × 1.29% = 1,290.00 interest
    expect(percent.out.split('\n')[1]).toBe('1,,100000.00,9048.50,1290.00,7758.50,92241.50');
  });

  test('--rate 0.5%: 12,000 equal principal → first payment 1,000 + 12,000 × 0.005 = 1,060.00; 1% = 0.01', async () => {
    const r = await run(['--amount', '12000', '--rate', '0.5%', '--months', '12', '--method', 'equal-principal', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('| 1 | — | 1,060.00 | 60.00 | 1,000.00 | 11,000.00 |');
    expect(rateOption('1%')).toBe('0.01');
    expect(rateOption('129%')).toBe('1.29');
    expect(rateOption('0012.50%')).toBe('0.1250');
    expect(rateOption('0.0129')).toBe('0.0129');
  });

  test('a rate that is not a number: one error naming --rate and the hint, not the whole usage', async () => {
    const r = await run(['--amount', '100000', '--rate', '1,29%', '--months', '12']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^--rate: .*\nsee xcheck schedule --help\n$/);
    expect((await run(['--help'])).out).toContain('a percentage (1.29%)');
  });
});
