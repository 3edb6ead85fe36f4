import { InputData, JSONSchemaInput, JSONSchemaStore, quicktypeMultiFile, type JSONSchema } from 'quicktype-core';
import { jsonSchemaOf, SCHEMA_NAMES, schemaId } from '../src/schemas/json-schemas.js';
class Store extends JSONSchemaStore { async fetch(a: string) { const n = SCHEMA_NAMES.find((x) => a.startsWith(schemaId(x))); return n && (jsonSchemaOf(n) as JSONSchema); } }
const input = new JSONSchemaInput(new Store());
for (const [n, t] of [['profile','Profile'],['report','Report']] as const) await input.addSource({ name: t, schema: JSON.stringify(jsonSchemaOf(n)) });
const data = new InputData(); data.addInput(input);
const files = await quicktypeMultiFile({ inputData: data, lang: 'java', rendererOptions: { package: 'x', 'just-types': 'true' } });
console.log([...files.keys()].join(' '));
