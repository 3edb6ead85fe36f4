/** The shape of the catalog's `memo` section (filled in src/locales/en/memo.ts and src/locales/zh/memo.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface MemoTexts {}
