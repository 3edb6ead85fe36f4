/** The `verify` section of the en catalog: `xcheck verify` and case files' differences. */
import type { VerifyTexts } from '../sections/verify.js';

export const verify: VerifyTexts = {
  difference: (expected, got) => `expected ${expected}, got ${got}`,
  absent: '(absent)',
  withTolerance: (value, tolerance) => `${value} ± ${tolerance}`,
  fires: 'fires',
  didNotFire: 'did not fire',
  doesNotFire: 'does not fire',
  fired: (severity) => `fired (${severity})`,
  errorAt: (path) => `an error at ${path}`,
  errorsAt: (paths) => `errors at ${paths.join(', ')}`,
  validInput: 'valid input',
  validProfile: 'a valid profile',
  validProfileAndFlows: 'a valid profile and flows',
  validCaseFile: 'a valid case file',
  readableCaseFile: 'a readable JSON case file',
  assertsNothing:
    'asserts nothing: give at least one flag, absent code, figure, decision or invalid path (an empty list checks nothing)',
  noInvalidPath: 'names no path: list at least one path where the profile must be rejected',
  conflictingExpectations:
    'cannot be combined with flags, absent, figures or decision: a rejected profile has no report to check them against',
  noInternalError: 'an analysis without an internal error',
  knownCode: 'a code one of the checks can raise',
  unknownCode: 'a code no check raises',
  invalidFiles: (n) => `${n} invalid case file${n === 1 ? '' : 's'} (counted as failed)`,
  totals: (passed, failed) => `${passed} passed, ${failed} failed`,
  junitInvalid: 'invalid case file',
  junitDifferences: (n, first) => `${n} difference${n === 1 ? '' : 's'}: ${first}`,
  invalidPolicy: (file) => `${file}: invalid policy`,
  noCaseFiles: (paths) => `no case files (*.json) found in ${paths.join(', ')}`,
  cannotWrite: (file, detail) => `${file}: cannot be written (${detail})`,
  formatOption: (got) => `--format must be text or json, got ${got}`,
  reporterOption: (got) => `--reporter must be junit, got ${got}`,
  outputNeedsReporter: '--output needs --reporter junit',
  needsPath: 'verify needs at least one PATH (a case file or a folder of them)',
};
