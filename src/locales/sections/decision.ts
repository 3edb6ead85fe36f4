/** The shape of the catalog's `decision` section (filled in src/locales/en/decision.ts and src/locales/zh/decision.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface DecisionTexts {}
