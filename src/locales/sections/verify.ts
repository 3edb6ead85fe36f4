/**
 * The shape of the catalog's `verify` section (filled in src/locales/en/verify.ts and src/locales/zh/verify.ts):
 * the sentences of `xcheck verify` and of case files' differences (src/cases, src/cli/verify.ts). The status
 * tokens PASS / FAIL / INVALID and the closing `N passed, N failed` line are part of the output's format.
 */
export interface VerifyTexts {
  /** A difference after its path: `expected 2158001.00, got 2158000.00`. */
  readonly difference: (expected: string, got: string) => string;
  /** A figure the report does not have. */
  readonly absent: string;
  /** A figure's expected value with its tolerance: `1500000.00 ± 0.01`. */
  readonly withTolerance: (value: string, tolerance: string) => string;
  /** Expected and got of a flag that must fire. */
  readonly fires: string;
  readonly didNotFire: string;
  /** Expected and got of a flag that must not fire (the severity it fired with). */
  readonly doesNotFire: string;
  readonly fired: (severity: string) => string;
  /** A case expecting input errors: at one path; at several (the report was valid). */
  readonly errorAt: (path: string) => string;
  readonly errorsAt: (paths: readonly string[]) => string;
  readonly validInput: string;
  /** What a case's input should have been. */
  readonly validProfile: string;
  readonly validProfileAndFlows: string;
  readonly validCaseFile: string;
  readonly readableCaseFile: string;
  /**
   * A case file that asserts nothing (error code `assertsNothing`): at `expect`, no flag, absent code, figure,
   * decision or invalid path; at `expect.invalidPaths`, an empty list. `conflictingExpectations`: invalidPaths
   * with other expectations (a rejected profile has no report to check them against).
   */
  readonly assertsNothing: string;
  readonly noInvalidPath: string;
  readonly conflictingExpectations: string;
  /** Expected of a case whose analysis failed inside xcheck (the error's message is what was got). */
  readonly noInternalError: string;
  /** Expected and got of an `absent` code that none of the checks can raise (it would pass whatever the profile). */
  readonly knownCode: string;
  readonly unknownCode: string;
  /** `N invalid case files (counted as failed)`. */
  readonly invalidFiles: (n: number) => string;
  /** The closing line, `N passed, N failed` (kept exactly: scripts read it). */
  readonly totals: (passed: number, failed: number) => string;
  /** JUnit: the message of an invalid case file's <error>, and of a failed case's <failure>. */
  readonly junitInvalid: string;
  readonly junitDifferences: (n: number, first: string) => string;
  /** The command line: a bank policy that does not validate, no case files found, a report that cannot be written. */
  readonly invalidPolicy: (file: string) => string;
  readonly noCaseFiles: (paths: readonly string[]) => string;
  readonly cannotWrite: (file: string, detail: string) => string;
  /** Usage errors. */
  readonly formatOption: (got: string) => string;
  readonly reporterOption: (got: string) => string;
  readonly outputNeedsReporter: string;
  readonly needsPath: string;
}
