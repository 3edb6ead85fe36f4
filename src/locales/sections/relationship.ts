/** The shape of the catalog's `relationship` section (filled in src/locales/en/relationship.ts and src/locales/zh/relationship.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface RelationshipTexts {}
