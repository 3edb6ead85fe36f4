/** The `relationship` section of the zh catalog. */
import type { RelationshipTexts } from '../sections/relationship.js';

export const relationship: RelationshipTexts = {};
