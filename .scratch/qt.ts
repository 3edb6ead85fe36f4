import { InputData, JSONSchemaInput, JSONSchemaStore, quicktype, type JSONSchema } from 'quicktype-core';
import { jsonSchemaOf, SCHEMA_NAMES } from '../src/schemas/json-schemas.js';
class Store extends JSONSchemaStore {
  async fetch(address: string): Promise<JSONSchema | undefined> {
    const name = address.replace(/^.*\/schema\//, '').replace(/\.json(#.*)?$/, '');
    return (SCHEMA_NAMES as readonly string[]).includes(name) ? (jsonSchemaOf(name as any) as JSONSchema) : undefined;
  }
}
const input = new JSONSchemaInput(new Store());
for (const n of ['profile', 'report'] as const) await input.addSource({ name: n === 'profile' ? 'Profile' : 'Report', schema: JSON.stringify(jsonSchemaOf(n)) });
const data = new InputData(); data.addInput(input);
const t0 = Date.now();
const java = await quicktype({ inputData: data, lang: 'java', rendererOptions: { package: 'xcheck', 'just-types': 'true' } });
console.log(Date.now() - t0, java.lines.length);
console.log(java.lines.filter(l => /Double|Union|BigDecimal|String annual|class Money/.test(l)).slice(0, 10).join('\n'));
const py = await quicktype({ inputData: data, lang: 'python', rendererOptions: { 'pydantic-base-model': 'true', 'just-types': 'true', 'python-version': '3.7' } });
console.log(py.lines.slice(0, 40).join('\n'));
