/**
 * `npx tsup --silent && npx tsx bench/schedule-fen.ts`: `buildSchedule` (the public schedule, rows as Decimals) of this build, whose walk runs on
 * integer fen, against a baseline build whose walk runs on decimal.js (main before issue 13's integer fen), in one
 * process, 12- and 360-month loans of both methods; and the walk itself: the fen walk of this build against the
 * Decimal walk written below (the library's walk before integer fen), without rows. Variants are interleaved
 * round by round; each figure is the median round. Not a test: no timing assertion.
 *
 *   XCHECK_BENCH_BASELINE=<a build's dist without integer fen> npx tsx bench/schedule-fen.ts
 *
 * Environment: XCHECK_BENCH_ROUNDS (default 7), XCHECK_BENCH_LOANS (default 1,000 loans a variant and round).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { D, type Dec, roundFen } from '../src/money/index.js';

type BuildSchedule = (req: Record<string, unknown>) => { totalInterest: unknown };
interface Build {
  readonly buildSchedule: BuildSchedule;
}
const ROUNDS = Number(process.env.XCHECK_BENCH_ROUNDS ?? 7);
const LOANS = Number(process.env.XCHECK_BENCH_LOANS ?? 1000);

const load = async (dir: string) => (await import(pathToFileURL(resolve(dir, 'index.js')).href)) as Build;
const current = await load('dist');
const baselineDir = process.env.XCHECK_BENCH_BASELINE;
const baseline = baselineDir ? await load(baselineDir) : undefined;
// the fen walk is internal: the bench reaches it through the source (tsx), like the Decimal walk below
const { walkSchedule } = await import('../src/capacity/schedule.js');

/** The Decimal walk before integer fen: the payments and total interest, no rows. */
function decimalWalk(amount: Dec, r: Dec, n: number, method: 'annuity' | 'equal-principal'): Dec {
  const g = r.plus(1).pow(n);
  const regular = roundFen(method === 'annuity' ? amount.times(r).times(g).div(g.minus(1)) : amount.div(n));
  let balance = amount;
  let total = new D(0);
  for (let k = 1; k <= n; k++) {
    const interest = roundFen(balance.times(r));
    let principal = k === n ? balance : method === 'annuity' ? regular.minus(interest) : regular;
    if (principal.isNegative()) principal = new D(0);
    if (balance.lt(principal)) principal = balance;
    total = total.plus(interest);
    balance = balance.minus(principal);
  }
  return total;
}

// loans from 10,000 to 2,000,000 CNY in whole yuan, rates 0.5% to 2% a month (4 decimals)
let seed = 13;
const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
const loans = Array.from({ length: LOANS }, () => ({ amount: new D(10_000 + (next() % 1_990_000)), monthlyRate: new D(50 + (next() % 150)).div(10_000) }));

const variants: { label: string; run: (l: (typeof loans)[number], n: number, method: 'annuity' | 'equal-principal') => unknown }[] = [];
if (baseline) variants.push({ label: 'baseline buildSchedule (Decimal walk)', run: (l, n, method) => baseline.buildSchedule({ ...l, months: n, method, rounding: 'half-up' }) });
variants.push({ label: 'this build buildSchedule (fen walk)', run: (l, n, method) => current.buildSchedule({ ...l, months: n, method, rounding: 'half-up' }) });
variants.push({ label: 'Decimal walk, no rows', run: (l, n, method) => decimalWalk(l.amount, l.monthlyRate, n, method) });
variants.push({ label: 'fen walk, no rows', run: (l, n, method) => walkSchedule(l.amount, l.monthlyRate, n, method, 'half-up') });

let sink = 0;
for (const n of [12, 360]) {
  for (const method of ['annuity', 'equal-principal'] as const) {
    const count = n === 360 ? Math.max(1, Math.floor(LOANS / 10)) : LOANS;
    const samples = variants.map(() => [] as number[]);
    for (let round = 0; round <= ROUNDS; round++) {
      for (const [i, v] of variants.entries()) {
        const t0 = performance.now();
        for (let j = 0; j < count; j++) if (v.run(loans[j]!, n, method) !== undefined) sink++;
        if (round > 0) samples[i]!.push(((performance.now() - t0) * 1000) / count);
      }
    }
    const medians = samples.map((s) => [...s].sort((a, b) => a - b)[Math.floor(s.length / 2)]!);
    console.log(`${n} months, ${method}, ${count} loans, median of ${ROUNDS} interleaved rounds (Node ${process.version})`);
    for (const [i, v] of variants.entries()) console.log(`  ${v.label.padEnd(40)} ${medians[i]!.toFixed(1).padStart(8)} µs`);
    const ratio = (a: string, b: string) => {
      const ia = variants.findIndex((v) => v.label.startsWith(a));
      const ib = variants.findIndex((v) => v.label.startsWith(b));
      return ia < 0 || ib < 0 ? null : (medians[ia]! / medians[ib]!).toFixed(1);
    };
    if (baseline) console.log(`  buildSchedule: fen ${ratio('baseline', 'this build')}× faster`);
    console.log(`  walk alone: fen ${ratio('Decimal walk', 'fen walk')}× faster`);
  }
}
if (sink < 0) console.log(sink);
