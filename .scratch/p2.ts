import { publishedJsonSchema } from '../src/schemas/json-schemas.js';
import { profileSchema } from '../src/profile/schema.js';
const p = publishedJsonSchema(profileSchema, 'profile', 'xcheck profile', 'desc') as any;
console.log(JSON.stringify(p.$defs.Money), JSON.stringify(p.$defs.Count), JSON.stringify(p.$defs.Date));
