/** The shape of the catalog's `errors` section (filled in src/locales/en/errors.ts and src/locales/zh/errors.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ErrorsTexts {}
