import { publishedJsonSchema } from '../src/schemas/json-schemas.js';
import { profileSchema } from '../src/profile/schema.js';
type J = Record<string, any>;
const out: string[] = [];
const walk = (n: J, path: string) => {
  if (path && !n.description) out.push(path);
  if (n.properties) for (const [k, c] of Object.entries(n.properties)) walk(c as J, path ? `${path}.${k}` : k);
  if (n.items?.properties) for (const [k, c] of Object.entries(n.items.properties)) walk(c as J, `${path}[].${k}`);
};
walk(publishedJsonSchema(profileSchema, 'p', 't', 'd') as J, '');
console.log(out.join(' '));
