/**
 * The field paths an analyst may write in the first column of an XCHECK.ANALYZE range, read at run
 * time from the profile's and the policy's JSON Schemas (so a field another module adds shows up here
 * without touching this file). Array items are shown with index 0: `fixedAssets[0].cost`.
 */
import { policyJsonSchema } from '../profile/policy.js';
import { profileJsonSchema } from '../profile/schema.js';

/** How a value cell is read for a field. */
export type FieldKind = 'decimal' | 'whole number' | 'number' | 'date' | 'text' | 'choice' | 'true/false' | 'any';

export interface FieldInfo {
  /** Dotted path with `[0]` for list items. */
  readonly path: string;
  readonly kind: FieldKind;
  /** The allowed values of a `choice`. */
  readonly choices?: readonly (string | number)[];
  /** Required whenever its parent object is present (and the parent is required). */
  readonly required: boolean;
  /** The policy default, as the schema states it. */
  readonly default?: unknown;
}

type Json = Record<string, unknown>;

const asObject = (v: unknown): Json | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;

function leafKind(node: Json): Pick<FieldInfo, 'kind' | 'choices'> {
  const anyOf = Array.isArray(node.anyOf) ? node.anyOf.map(asObject).filter((x): x is Json => x !== undefined) : undefined;
  if (anyOf) {
    if (anyOf.length > 0 && anyOf.every((b) => 'const' in b))
      return { kind: 'choice', choices: anyOf.map((b) => b.const as string | number) };
    const types = anyOf.map((b) => b.type);
    if (types.includes('number') && types.includes('string')) return { kind: 'decimal' };
    return { kind: 'any' };
  }
  if (Array.isArray(node.enum)) return { kind: 'choice', choices: node.enum as (string | number)[] };
  if ('const' in node) return { kind: 'choice', choices: [node.const as string | number] };
  switch (node.type) {
    case 'integer':
      return { kind: 'whole number' };
    case 'number':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'true/false' };
    case 'string':
      return { kind: node.format === 'date' ? 'date' : 'text' };
    default:
      return { kind: 'any' };
  }
}

function walk(node: Json, path: string, required: boolean, out: FieldInfo[]): void {
  const properties = asObject(node.properties);
  if (node.type === 'object' && properties) {
    const req = Array.isArray(node.required) ? (node.required as string[]) : [];
    for (const [key, child] of Object.entries(properties)) {
      const c = asObject(child);
      if (c) walk(c, path === '' ? key : `${path}.${key}`, required && req.includes(key), out);
    }
    return;
  }
  const items = asObject(node.items);
  if (node.type === 'array' && items) {
    walk(items, `${path}[0]`, required, out);
    return;
  }
  out.push({ path, required, ...leafKind(node), ...('default' in node ? { default: node.default } : {}) });
}

/** Every leaf field of the profile, then every policy field prefixed with `policy.`. */
export function sheetFields(): FieldInfo[] {
  const out: FieldInfo[] = [];
  walk(profileJsonSchema(), '', true, out);
  const policy: FieldInfo[] = [];
  walk(policyJsonSchema(), '', false, policy);
  for (const f of policy) out.push({ ...f, path: `policy.${f.path}`, required: false });
  return out;
}

/** `fixedAssets[3].cost` → `fixedAssets[0].cost`, the form `sheetFields` lists. */
export function fieldPattern(path: string): string {
  return path.replace(/\[\d+\]/g, '[0]');
}
