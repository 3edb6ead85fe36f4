/**
 * `npm run bench:batch`: streams XCHECK_BATCH_LINES (default 1,000,000) profile lines through the
 * built `xcheck analyze --ndjson -` (with XCHECK_BATCH_WORKERS worker threads, default 0) and reports
 * the process's peak resident memory (VmHWM from /proc, Linux), the time and the line rate. Worker
 * threads are threads of that one process, so its RSS covers them (the feeding bench process is not
 * counted: it stands for whatever writes the input). The
 * lines cycle through 1,000 generated profiles (typical ones, as `npm run bench` uses, with XCHECK_BATCH_TYPICAL=1;
 * the basic generator's by default); the output is counted and discarded. XCHECK_BATCH_ARGS adds
 * options (e.g. `--texts false`, `--policy-header`); the CLI's own summary line goes to stderr.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateProfiles } from '../test/support/generate.js';

const LINES = Number(process.env.XCHECK_BATCH_LINES ?? 1_000_000);
const WORKERS = Number(process.env.XCHECK_BATCH_WORKERS ?? 0);
// XCHECK_BATCH_CLI runs another build (e.g. a copy of dist/, so that a long run is not disturbed by a rebuild).
const cli = process.env.XCHECK_BATCH_CLI ?? join(import.meta.dirname, '..', 'dist', 'cli.js');

const typical = process.env.XCHECK_BATCH_TYPICAL === '1';
const distinct = generateProfiles(1_000, 1, { typical }).map((p) => `${JSON.stringify(p)}\n`);
const extra = (process.env.XCHECK_BATCH_ARGS ?? '').split(/\s+/).filter(Boolean);
const args = [cli, 'analyze', '--ndjson', '-', ...(WORKERS > 0 ? ['--workers', String(WORKERS)] : []), ...extra];
// --policy-header writes one line before the results.
const EXPECTED = LINES + (extra.includes('--policy-header') ? 1 : 0);
const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
const started = performance.now();

function memory(): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

let peak = 0;
const samples: string[] = [];
const sampler = setInterval(() => {
  const m = memory();
  peak = Math.max(peak, m.hwm, m.rss);
  if (samples.length < 1_000) samples.push(`${written}:${Math.round(m.rss / 1024)}`);
}, 250);

let results = 0;
child.stdout.on('data', (chunk: Buffer) => {
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) results++;
});

let written = 0;
function feed(): void {
  while (written < LINES) {
    const ok = child.stdin.write(distinct[written % distinct.length] as string);
    written++;
    if (written % 100_000 === 0) {
      const s = (performance.now() - started) / 1000;
      const m = memory();
      console.log(`${written.toLocaleString('en-US')} lines written, ${results.toLocaleString('en-US')} results, ${s.toFixed(0)} s, RSS ${Math.round(m.rss / 1024)} MB, peak ${Math.round(Math.max(peak, m.hwm) / 1024)} MB`);
    }
    if (!ok) {
      child.stdin.once('drain', feed);
      return;
    }
  }
  child.stdin.end();
}
// If the CLI stops early (killed, or an internal error), still print the summary below.
child.stdin.on('error', () => {});
feed();

child.on('close', (code) => {
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nxcheck analyze --ndjson - ${WORKERS > 0 ? `--workers ${WORKERS}` : '(one thread)'}: exit ${code}`);
  console.log(`${LINES.toLocaleString('en-US')} lines in, ${results.toLocaleString('en-US')} results out, ${seconds.toFixed(1)} s, ${Math.round(results / seconds).toLocaleString('en-US')} lines/s`);
  const complete = results === EXPECTED;
  console.log(
    `peak RSS ${(peak / 1024).toFixed(1)} MB (budget 200 MB): ${!complete ? 'NO VERDICT (the run did not write every line)' : peak / 1024 <= 200 ? 'within' : 'OVER'}`,
  );
  console.log(`RSS samples (lines written:MB): ${samples.filter((_, i) => i % Math.ceil(samples.length / 12) === 0).join(' ')}`);
  if (!complete || peak / 1024 > 200) process.exitCode = 1;
});
