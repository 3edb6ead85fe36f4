/**
 * `npx tsx bench/capacity-fen.ts`: the capacity stage alone (`computeCapacity` on the statements of typical
 * profiles, default policy) of this tree against another tree's source (XCHECK_BENCH_BASELINE_SRC, e.g. main's
 * src/ before integer fen), in one process, interleaved, median round. Used to decide which of issue 13's
 * simplifications pay (docs/performance.md, "Integer fen"). Not a test: no timing assertion.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateProfiles } from '../test/support/generate.js';

type Tree = {
  parseInput: (p: unknown) => { ok: true; profile: unknown; policy: unknown } | { ok: false };
  buildStatements: (profile: unknown, rounding: unknown) => unknown;
  computeCapacity: (profile: unknown, statements: unknown, policy: unknown) => unknown;
};
async function load(src: string): Promise<Tree> {
  const imp = (p: string) => import(pathToFileURL(resolve(src, p)).href);
  const [a, s, c] = await Promise.all([imp('report/analyze.ts'), imp('statements/index.ts'), imp('capacity/capacity.ts')]);
  return { parseInput: a.parseInput, buildStatements: s.buildStatements, computeCapacity: c.computeCapacity };
}
const N = Number(process.env.XCHECK_BENCH_PROFILES ?? 1000);
const ROUNDS = Number(process.env.XCHECK_BENCH_ROUNDS ?? 7);
const trees: [string, Tree][] = [['this tree', await load('src')]];
if (process.env.XCHECK_BENCH_BASELINE_SRC) trees.unshift(['baseline', await load(process.env.XCHECK_BENCH_BASELINE_SRC)]);
const inputs = trees.map(([, t]) =>
  generateProfiles(N, 1, { typical: true }).map((p) => {
    const r = t.parseInput(p);
    if (!r.ok) throw new Error('invalid profile');
    const statements = t.buildStatements(r.profile, (r.policy as { rounding: unknown }).rounding);
    return [r.profile, statements, r.policy] as const;
  }),
);
const samples = trees.map(() => [] as number[]);
let sink = 0;
for (let round = 0; round <= ROUNDS; round++) {
  for (const [i, [, t]] of trees.entries()) {
    const t0 = performance.now();
    for (const [p, s, pol] of inputs[i]!) if (t.computeCapacity(p, s, pol) !== undefined) sink++;
    if (round > 0) samples[i]!.push(((performance.now() - t0) * 1000) / N);
  }
}
if (sink < 0) console.log(sink);
const med = samples.map((s) => [...s].sort((a, b) => a - b)[Math.floor(s.length / 2)]!);
for (const [i, [label]] of trees.entries()) console.log(`${label.padEnd(12)} ${med[i]!.toFixed(1).padStart(8)} µs  ${(med[i]! / med[med.length - 1]!).toFixed(2)}× this tree`);
