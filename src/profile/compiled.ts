/**
 * The profile and policy schemas as zod compiles them (`z.compile`, zod ≥ 4.5): one generated function per
 * schema that checks a whole profile without the per-field dispatch of the interpreter (a union, a regex
 * check and a refinement per amount, each with its own payload). zod guarantees the same results and the
 * same errors: the compiled function only answers for valid input and hands anything it rejects to the
 * interpreter, which then reports the errors as before. Measured in docs/performance.md.
 *
 * Not compiled (the schemas are used as they are) when zod's `jitless` is set (a page whose Content
 * Security Policy forbids `new Function`) or with a zod without `compile`; z.compile itself falls back to the
 * interpreter where `new Function` throws. Compiled once, when this module loads: constants, not a cache.
 */
import * as z from 'zod';
import { policySchema } from './policy.js';
import { profileSchema } from './schema.js';

/** `z.compile(schema)`, or the schema itself where zod cannot or must not compile. */
export function compileSchema<T extends z.ZodType>(schema: T): T {
  if (typeof z.compile !== 'function' || z.config().jitless) return schema;
  return z.compile(schema);
}

/** profileSchema, compiled: parse with it, publish (JSON Schema, docs) the source schema. */
export const compiledProfileSchema = compileSchema(profileSchema);

/** policySchema, compiled. */
export const compiledPolicySchema = compileSchema(policySchema);
