import { isMainThread } from 'node:worker_threads';
import { main } from './main.js';

// The same file runs the batch mode's worker threads (src/cli/ndjson.ts); only the main thread runs the command.
if (isMainThread) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`xcheck: internal error: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
