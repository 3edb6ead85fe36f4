/**
 * Runs analyzeNdjson's worker pool for test/cli/ndjson.test.ts. Worker threads load the file they
 * were started from, so the test bundles this file with esbuild and runs the bundle:
 *
 *   node harness.mjs LINES_FILE WORKERS WRITE_DELAY_MS [WORKER_MEMORY_MB]
 *
 * It prints one JSON object: the summary, the result lines, and `maxAhead`, the largest number of
 * lines taken from the input and not yet written (what the in-flight window bounds), or `error`.
 */
import { readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { analyzeNdjson } from '../../src/cli/ndjson.js';

async function run(): Promise<void> {
  const [file, workers, delay, memory] = process.argv.slice(2);
  const all = readFileSync(file as string, 'utf8').split('\n');
  let pulled = 0;
  let written = 0;
  let maxAhead = 0;
  function* lines(): Generator<string> {
    for (const line of all.slice(0, -1)) {
      // Blank lines are skipped, never written: not counted.
      if (line.trim() !== '') pulled++;
      maxAhead = Math.max(maxAhead, pulled - written);
      yield line;
    }
  }
  const out: string[] = [];
  const decoder = new TextDecoder();
  try {
    const summary = await analyzeNdjson(lines(), {
      workers: Number(workers),
      workerMemoryMb: memory === undefined ? undefined : Number(memory),
      write: async (line) => {
        out.push(typeof line === 'string' ? line : decoder.decode(line));
        await new Promise((resolve) => setTimeout(resolve, Number(delay)));
        written++;
      },
    });
    process.stdout.write(JSON.stringify({ summary, maxAhead, out }));
  } catch (error) {
    process.stdout.write(JSON.stringify({ error: (error as Error).message, out }));
  }
}

if (isMainThread) void run();
