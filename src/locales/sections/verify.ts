/** The shape of the catalog's `verify` section (filled in src/locales/en/verify.ts and src/locales/zh/verify.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface VerifyTexts {}
