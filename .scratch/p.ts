import { publishedJsonSchema } from '../src/schemas/json-schemas.js';
import { profileSchema } from '../src/profile/schema.js';
import { policySchema } from '../src/profile/policy.js';
const p = publishedJsonSchema(profileSchema, 'profile', 'xcheck profile', 'desc');
console.log(JSON.stringify(p, null, 1).slice(0, 2500));
console.log(Object.keys(p.$defs as object));
const q = publishedJsonSchema(policySchema, 'policy', 'xcheck policy', 'desc');
console.log(JSON.stringify((q as any).properties.receivables, null, 1));
