/**
 * A prepared policy: validated once, deeply frozen, for many analyses under it (a batch, a portfolio run).
 * `analyze(profile, { policy })` recognises one and neither validates the policy again nor interprets the
 * profile schema: it parses the profile with the schema as zod compiles it (`z.compile`), made once here.
 */
import * as z from 'zod';
import { type InputError, internalError, toInputErrors } from './errors.js';
import { type Policy, policySchema } from './policy.js';
import { profileSchema } from './schema.js';

/**
 * `z.compile(schema)` (zod ≥ 4.5): one generated function that checks a whole input without the per-field
 * dispatch of the interpreter (for an amount: a union, a regex check and a refinement, each with its own
 * payload). zod guarantees the same results and errors: the compiled function answers only for valid input and
 * hands anything it rejects to the interpreted schema, which reports the errors as before. The schema itself is
 * returned when zod's `jitless` is set (a page whose Content Security Policy forbids `new Function`) or the
 * installed zod has no `compile`; z.compile itself falls back where `new Function` throws.
 *
 * Compiling costs tens of milliseconds (the profile schema), against the 9 ms or so of the interpreter's own
 * first parse, and saves about half the parse of every profile after it: it pays in a batch, not for one profile.
 */
export function compileSchema<T extends z.ZodType>(schema: T): T {
  if (typeof z.compile !== 'function' || z.config().jitless) return schema;
  return z.compile(schema);
}

/** The constructor's key: only preparePolicy holds it, so `new (prepared.constructor)(…)` cannot forge one. */
const PREPARE = Symbol('preparePolicy');

/**
 * The mark another copy of xcheck reads (the package's `import` and `require` builds are two copies, each with its
 * own class): a non-enumerable own function under this registered symbol that asks the copy which made the policy,
 * through its private field, whether the value is one of its own, and returns its compiled profile schema if so.
 */
const CROSS_COPY = Symbol.for('xcheck.preparedPolicy');

/** What the mark's function answers: the profile schema of a genuine prepared policy, else undefined. */
type CrossCopyCheck = (candidate: unknown) => typeof profileSchema | undefined;

/**
 * A policy validated once by {@link preparePolicy}: the resolved policy (defaults filled in), deeply frozen.
 * It is a `Policy` in every other respect (its own enumerable fields are the policy's, nothing else).
 *
 * Recognised by construction: an ES private field that only this class's constructor installs, and the
 * constructor refuses any caller but `preparePolicy`. A copy (spread, `structuredClone`, JSON), an object
 * made with `Object.create(prepared)` or a `Proxy` around one does not carry the field, so it is validated
 * like any other policy input. No registry: nothing outside the object remembers it. Another copy of xcheck
 * (`require` beside `import`) recognises it through its `Symbol.for('xcheck.preparedPolicy')` mark, which asks
 * this copy (see `CROSS_COPY`).
 */
interface Prepared extends Policy {}
class Prepared {
  /** The brand, and the compiled profile schema for the analyses under this policy. A private name cannot be written by JSON, copied by a spread or forwarded by a Proxy. */
  readonly #profileSchema: typeof profileSchema;

  constructor(key: symbol, policy: Policy) {
    if (key !== PREPARE) throw new TypeError('a prepared policy is made by preparePolicy()');
    this.#profileSchema = compileSchema(profileSchema);
    Object.assign(this, policy);
    const check: CrossCopyCheck = (candidate) => (Prepared.own(candidate) ? candidate.#profileSchema : undefined);
    Object.defineProperty(this, CROSS_COPY, { value: Object.freeze(check), enumerable: false });
    deepFreeze(this);
  }

  /** Made by this copy's preparePolicy (its private field). */
  private static own(value: unknown): value is Prepared {
    return typeof value === 'object' && value !== null && #profileSchema in value;
  }

  /**
   * The profile schema of a policy made by preparePolicy, in this copy of xcheck or another one (its own mark,
   * answered by the copy that made it: a spread, a clone, an object inheriting from one or a Proxy is refused
   * there, since none holds that copy's private field); undefined for anything else.
   */
  static schemaOf(value: unknown): typeof profileSchema | undefined {
    if (Prepared.own(value)) return value.#profileSchema;
    if (typeof value !== 'object' || value === null) return undefined;
    const mark = Object.getOwnPropertyDescriptor(value, CROSS_COPY);
    if (mark === undefined || typeof mark.value !== 'function') return undefined;
    try {
      return (mark.value as CrossCopyCheck)(value);
    } catch {
      return undefined;
    }
  }

  /** Whether `value` was made by preparePolicy, in any copy of xcheck (not merely looks like a policy). */
  static is(value: unknown): value is Prepared {
    return Prepared.schemaOf(value) !== undefined;
  }
}
/** A policy made by {@link preparePolicy} (a type only: the class is not exported, so none can be made but by it). */
export type PreparedPolicy = Prepared;

/** Freezes an object and every object in it (the parsed policy: plain objects, arrays, strings, numbers). */
function deepFreeze(value: object): void {
  for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) deepFreeze(v);
  Object.freeze(value);
}

/** The result of {@link preparePolicy}: the prepared policy, or its input errors (paths under `policy`). */
export type PreparePolicyResult =
  | { readonly ok: true; readonly policy: PreparedPolicy }
  | { readonly ok: false; readonly errors: readonly InputError[] };

/**
 * Validates a policy once, for many analyses under it (a batch, a portfolio run): `analyze` then skips the
 * policy validation it otherwise does on every call, and parses each profile with the profile schema compiled
 * here. The result is the resolved policy, deeply frozen; the input is not changed. Errors are the ones
 * `analyze` would report for the same policy (paths under `policy.`). Never throws. Prepare once and reuse:
 * preparing costs tens of milliseconds (the compile). A prepared policy passed again is returned as it is.
 *
 * @example
 * const prepared = preparePolicy({ receivables: { tolerance: '0.3' } });
 * if (!prepared.ok) throw new Error(formatInputErrors(prepared.errors));
 * for (const profile of profiles) analyze(profile, { policy: prepared.policy });
 * prepared.policy.receivables.tolerance //=> '0.3'
 * preparePolicy({ dayBasis: 364 }) //=> { ok: false, errors: [{ path: 'policy.dayBasis', code: 'dayBasis', … }] }
 */
export function preparePolicy(input?: unknown): PreparePolicyResult {
  if (Prepared.is(input)) return { ok: true, policy: input };
  try {
    const parsed = policySchema.safeParse(input, { reportInput: true });
    if (!parsed.success) return { ok: false, errors: toInputErrors(parsed.error.issues, ['policy']) };
    return { ok: true, policy: new Prepared(PREPARE, parsed.data) };
  } catch (error) {
    return { ok: false, errors: [internalError(error)] };
  }
}

/** Whether `value` is a policy made by {@link preparePolicy} (a copy of one, or a look-alike, is not). */
export function isPreparedPolicy(value: unknown): value is PreparedPolicy {
  return Prepared.is(value);
}

/** The compiled profile schema of a prepared policy (made by any copy of xcheck), or undefined for anything else. Internal. */
export function preparedSchemaOf(policy: unknown): typeof profileSchema | undefined {
  return Prepared.schemaOf(policy);
}

/** The profile schema to parse with under a prepared policy (compiled), or the interpreted one. Internal. */
export function profileSchemaFor(policy: unknown): typeof profileSchema {
  return preparedSchemaOf(policy) ?? profileSchema;
}
