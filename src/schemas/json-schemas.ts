/**
 * The published JSON Schemas (draft 2020-12) of everything that crosses xcheck's boundary: the profile, the
 * policy, the flows, the case file, the report, the NDJSON result line and the monitor report (`xcheck schema --help` lists them;
 * docs/profile.md, "JSON Schemas"). Generated from the zod schemas and their `.meta` documentation, the one
 * source of field descriptions, examples, units and constraints.
 *
 * What differs from zod's own `toJSONSchema` (`profileJsonSchema()`, kept inline for walking): each schema has a
 * `$id` and a `title`; the shared field types are named in `$defs` (Money, Ratio, Date, …); and every decimal is
 * published in its canonical form, a decimal string whose pattern holds xcheck's bounds (sign, 0..1, 15 digits
 * before the point and 20 after), so that generated types hold strings (or decimals), never binary doubles.
 * xcheck itself also accepts JSON numbers there, as each decimal type's description says.
 */
import * as z from 'zod';
import { caseSchema } from '../cases/index.js';
import { ERROR_KEYS, LIMIT_KEYS } from '../locales/sections/errors.js';
import { NAMED_TYPES, named } from '../profile/fields.js';
import { policySchema } from '../profile/policy.js';
import { profileSchema } from '../profile/schema.js';
import { flowsSchema } from '../relationship/flows.js';
import { monitorReportSchema } from '../relationship/schema.js';
import { portfolioViewSchema } from '../portfolio/schema.js';
import { reportSchema } from '../report/schema.js';

type Json = Record<string, unknown>;

const DIGITS = String.raw`(0|[1-9]\d{0,14})(\.\d{1,20})?`;

/**
 * The canonical string form of each decimal type: a pattern that accepts exactly the decimal strings xcheck
 * accepts for it (its sign and range bounds included), except a negative zero (`-0`), which xcheck reads as 0.
 */
export const DECIMAL_PATTERNS: Readonly<Record<string, string>> = {
  SignedMoney: String.raw`^-?${DIGITS}$`,
  Money: String.raw`^${DIGITS}$`,
  PositiveDecimal: String.raw`^(?!0(\.0+)?$)${DIGITS}$`,
  Ratio: String.raw`^(0(\.\d{1,20})?|1(\.0{1,20})?)$`,
  MonthlyRate: String.raw`^(0(\.0{1,20})?|0\.(?=0{0,11}[1-9])\d{1,20}|1(\.0{1,20})?)$`,
  RatioBelowOne: String.raw`^0(\.\d{1,20})?$`,
  PositiveRatio: String.raw`^(0\.(?=\d*[1-9])\d{1,20}|1(\.0{1,20})?)$`,
};

/** A registry that reads zod's global one and adds the `$defs` name of each shared field type as its `id`. */
class PublishedRegistry extends z.core.$ZodRegistry<z.core.GlobalMeta> {
  override get<S extends z.core.$ZodType>(schema: S): z.core.GlobalMeta | undefined {
    const meta = z.globalRegistry.get(schema);
    const id = NAMED_TYPES.get(schema as unknown as z.ZodType);
    return id === undefined ? meta : { ...meta, id };
  }
}

const published = new PublishedRegistry();

/** A decimal type's published form: the string with its pattern, its documentation kept. */
function canonical(ctx: { zodSchema: unknown; jsonSchema: Json }): void {
  const name = NAMED_TYPES.get(ctx.zodSchema as z.ZodType);
  const pattern = name === undefined ? undefined : DECIMAL_PATTERNS[name];
  if (pattern === undefined) return;
  const { title, description, examples, unit } = ctx.jsonSchema;
  for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
  Object.assign(ctx.jsonSchema, { type: 'string', pattern, title, description, examples, ...(unit === undefined ? {} : { unit }) });
}

/**
 * The published schemas' ids: `https://xcheck.invalid/schema/<name>.json` (`$ref` between them uses these). They
 * name the schemas, they are not addresses: the reserved `.invalid` domain never resolves, so a tool never fetches
 * them from the network and resolves them among the schemas it was given (`xcheck schema --<name>`).
 */
export const SCHEMA_ID_PREFIX = 'https://xcheck.invalid/schema/';

/** The `$id` of a published schema. */
export function schemaId(name: string): string {
  return `${SCHEMA_ID_PREFIX}${name}.json`;
}

/** A published JSON Schema of one zod schema: `$id`, `title`, description, `$defs` of the named types. */
export function publishedJsonSchema(schema: z.ZodType, id: string, title: string, description: string, io: 'input' | 'output' = 'input'): Json {
  const body = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    metadata: published,
    override: (ctx) => canonical(ctx as unknown as { zodSchema: unknown; jsonSchema: Json }),
  }) as Json;
  const { $schema, ...rest } = body;
  return { $schema, $id: schemaId(id), title, description, ...rest };
}

// ---------------------------------------------------------------------------------------------------------
// The documents.


/** The published schemas, by the name `xcheck schema --<name>` prints (the profile's is the default). */
export const SCHEMA_NAMES = ['profile', 'policy', 'flows', 'case', 'report', 'ndjson-line', 'monitor'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** What each published schema describes (also `xcheck schema --help`). */
export const SCHEMA_TITLES: Readonly<Record<SchemaName, string>> = {
  profile: 'The applicant profile: what the loan officer collected (docs/profile.md)',
  policy: 'The policy: every threshold and tolerance, each with its default (docs/rules.md)',
  flows: 'The monthly bank flows observed after disbursement, for the monitor (docs/relationship.md)',
  case: 'A case file: a profile, its policy or flows, and what the analysis must find (docs/fixtures.md)',
  report: 'The report of an analysis (output, schemaVersion 1)',
  'ndjson-line': 'One result line of `xcheck analyze --ndjson` (output)',
  monitor: 'The report of the monitor after disbursement (output of `xcheck monitor --format json`, schemaVersion 1; docs/relationship.md)',
};

/** The `$id` file name of each schema (`monitor` is published as monitor-report.json: it describes the report, not the command's input). */
const SCHEMA_FILES: Readonly<Record<SchemaName, string>> = {
  profile: 'profile',
  policy: 'policy',
  flows: 'flows',
  case: 'case',
  report: 'report',
  'ndjson-line': 'ndjson-line',
  monitor: 'monitor-report',
};

/** The `$id` of a published schema, by its `xcheck schema --<name>` name. */
export function publishedSchemaId(name: SchemaName): string {
  return schemaId(SCHEMA_FILES[name]);
}

const ref = (name: SchemaName, description: string, pointer = ''): Json => ({ $ref: `${publishedSchemaId(name)}${pointer}`, description });

/** Every code an input error can have (InputErrorCode). */
const INPUT_ERROR_CODES = [
  ...ERROR_KEYS,
  ...LIMIT_KEYS,
  'unknown_key',
  'required',
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_value',
  'tooManyErrors',
  'internal_error',
  'unreadable',
  'assertsNothing',
  'conflictingExpectations',
  'invalid_format',
  'not_multiple_of',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'custom',
] as const;

const inputErrorSchema = named(
  z.strictObject({
    path: z.string().meta({ description: 'Where the problem is, e.g. `business.startDate` or `fixedAssets[0].cost`; `(root)` for the whole input.' }),
    code: z.enum(INPUT_ERROR_CODES).meta({ description: 'Stable code (InputErrorCode): the schemas\' own keys, the limits, and zod\'s issue codes.' }),
    message: z.strictObject({ en: z.string(), zh: z.string() }).meta({ description: 'The message in English and Chinese.' }),
  }),
  'InputError',
  { description: 'An input error: the path, a stable code and the message in both languages.' },
);

const ndjsonLineSchema = z.union([
  z.strictObject({ line: z.int().min(1).meta({ description: 'The input line number (1 is the first line; blank lines count).' }), ok: z.literal(true), report: z.unknown() }),
  z.strictObject({ line: z.int().min(1), ok: z.literal(false), errors: z.array(inputErrorSchema).min(1) }),
  z.strictObject({ policy: z.unknown().meta({ description: 'The resolved policy, written once first with --policy-header.' }) }),
  z.strictObject({ portfolio: portfolioViewSchema.meta({ description: 'Guarantee chains and cycles across the file, written once last with --portfolio (docs/portfolio.md).' }) }),
]);

/** One published JSON Schema (draft 2020-12), by name. */
export function jsonSchemaOf(name: SchemaName): Json {
  const description = SCHEMA_TITLES[name];
  switch (name) {
    case 'profile':
      return publishedJsonSchema(profileSchema, name, 'xcheck profile', description);
    case 'policy':
      return publishedJsonSchema(policySchema, name, 'xcheck policy', description);
    case 'flows':
      return publishedJsonSchema(flowsSchema, name, 'xcheck flows', description);
    case 'case': {
      const s = publishedJsonSchema(caseSchema, name, 'xcheck case file', description);
      const properties = s.properties as Record<string, Json>;
      // A case that expects its input rejected (`expect.invalidPaths`) holds a profile, policy or flows that break their schemas.
      const anyInput = ' With `expect.invalidPaths`, input the analysis must reject.';
      properties.profile = { description: `The applicant profile (the profile schema).${anyInput}` };
      properties.policy = { description: `${String(properties.policy?.description)} (The policy schema.)${anyInput}` };
      properties.flows = { description: `${String(properties.flows?.description)} (The flows schema; the monitor report's is --monitor.)${anyInput}` };
      s.if = { properties: { expect: { type: 'object', required: ['invalidPaths'] } } };
      s.else = { properties: { profile: ref('profile', 'A valid profile.'), policy: ref('policy', 'A valid policy.'), flows: ref('flows', 'Valid flows.') } };
      return s;
    }
    case 'report': {
      const s = publishedJsonSchema(reportSchema, name, 'xcheck report', description, 'output');
      const properties = s.properties as Record<string, Json>;
      properties.policy = ref('policy', String(properties.policy?.description));
      return s;
    }
    case 'ndjson-line': {
      const s = publishedJsonSchema(ndjsonLineSchema, name, 'xcheck NDJSON result line', description, 'output');
      const [ok, , header] = s.anyOf as Json[];
      (ok?.properties as Record<string, Json>).report = ref('report', 'The report, without its policy unless --policy-header or the API asked for it.');
      (header?.properties as Record<string, Json>).policy = ref('policy', 'The resolved policy, written once first with --policy-header.');
      return s;
    }
    case 'monitor': {
      const s = publishedJsonSchema(monitorReportSchema, SCHEMA_FILES[name], 'xcheck monitor report', description, 'output');
      const properties = s.properties as Record<string, Json>;
      properties.policy = ref('policy', String(properties.policy?.description), '#/properties/relationship');
      return s;
    }
  }
}
