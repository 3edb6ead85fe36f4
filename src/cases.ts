/** `xcheck/cases`: case files, verifyCase/verifyCases, and their text and JUnit reports. Re-exports only. */
export * from './cases/index.js';
export * from './cases/render.js';
