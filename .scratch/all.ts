import { jsonSchemaOf, SCHEMA_NAMES } from '../src/schemas/json-schemas.js';
for (const n of SCHEMA_NAMES) { const s = jsonSchemaOf(n); console.log(n, JSON.stringify(s).length, Object.keys((s.$defs ?? {}) as object).join(',')); }
