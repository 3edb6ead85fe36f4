/** The `relationship` section of the en catalog. */
import type { RelationshipTexts } from '../sections/relationship.js';

export const relationship: RelationshipTexts = {};
