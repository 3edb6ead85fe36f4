/**
 * Monitoring fixtures (`fixtures/relationship/*.monitor.json`): a profile, the flows observed after
 * disbursement, an optional policy, and what the monitor must find. Same `expect` block as the case
 * files of src/cases (flags, absent, figures with paths into the monitor report, invalidPaths), so a
 * bank writes both the same way. The corpus runner of case files skips `*.monitor.json`.
 */
import * as z from 'zod';
import { caseSchema, type Difference, readPath, sameFigure } from '../cases/index.js';
import { type InputError, toInputErrors } from '../profile/errors.js';
import { text } from '../profile/fields.js';
import { monitor } from './monitor.js';

export const monitorCaseSchema = z.strictObject({
  $schema: z.string().optional(),
  name: text.optional(),
  description: text.optional(),
  policy: z.unknown().optional(),
  profile: z.unknown(),
  flows: z.unknown(),
  expect: caseSchema.shape.expect,
});

export type MonitorCase = z.output<typeof monitorCaseSchema>;

export function parseMonitorCase(input: unknown): { ok: true; value: MonitorCase } | { ok: false; errors: InputError[] } {
  const r = monitorCaseSchema.safeParse(input, { reportInput: true });
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: toInputErrors(r.error.issues) };
}

/** Runs the monitor on the case and lists every difference from what it expects. */
export function verifyMonitorCase(c: MonitorCase): { passed: boolean; differences: Difference[] } {
  const result = monitor(c.profile, c.flows, { policy: c.policy });
  const e = c.expect;
  const differences: Difference[] = [];
  if (!result.ok) {
    const got = new Set(result.errors.map((x) => x.path));
    if (!e.invalidPaths) differences.push({ path: 'input', expected: 'valid input', got: [...got].join(', ') });
    for (const p of e.invalidPaths ?? []) if (!got.has(p)) differences.push({ path: 'errors', expected: `an error at ${p}`, got: [...got].join(', ') });
    return { passed: differences.length === 0, differences };
  }
  if (e.invalidPaths) differences.push({ path: 'errors', expected: `errors at ${e.invalidPaths.join(', ')}`, got: 'valid input' });
  const flags = result.report.flags;
  for (const want of e.flags ?? []) {
    const code = typeof want === 'string' ? want : want.code;
    const found = flags.filter((f) => f.code === code);
    if (found.length === 0) differences.push({ path: `flags[code=${code}]`, expected: 'fires', got: 'did not fire' });
    else if (typeof want !== 'string' && want.severity && !found.some((f) => f.severity === want.severity))
      differences.push({ path: `flags[code=${code}].severity`, expected: want.severity, got: found.map((f) => f.severity).join(', ') });
  }
  for (const code of e.absent ?? [])
    if (flags.some((f) => f.code === code)) differences.push({ path: `flags[code=${code}]`, expected: 'does not fire', got: 'fired' });
  for (const fig of e.figures ?? []) {
    const got = readPath(result.report, fig.path);
    if (!sameFigure(fig.value, got, fig.tolerance))
      differences.push({ path: fig.path, expected: String(fig.value), got: got === undefined ? '(absent)' : JSON.stringify(got) });
  }
  return { passed: differences.length === 0, differences };
}
