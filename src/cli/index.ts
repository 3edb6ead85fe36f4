#!/usr/bin/env node
import { isMainThread } from 'node:worker_threads';
import { outputFailure } from './io.js';
import { main } from './main.js';

// The same file runs the batch mode's worker threads (src/cli/ndjson.ts); only the main thread runs the command.
if (isMainThread) {
  // A failed write to stdout arrives as an 'error' event, not as an exception: a closed pipe
  // (`| head`) ends quietly with 0, any other failure (a full disk) with one line and 1 (README, "Command line").
  process.stdout.on('error', (error: unknown) => {
    const failure = outputFailure(error) ?? { exitCode: 1 as const, message: `xcheck: cannot write the output (${String(error)})` };
    if (failure.exitCode === 1) process.stderr.write(`${failure.message}\n`);
    process.exit(failure.exitCode);
  });
  // Nothing more can be said once stderr is gone; the exit code still tells.
  process.stderr.on('error', () => {});
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
