/**
 * docs/rules.md is generated (scripts/rules-docs.ts): it must be what the generator writes from the checks, their
 * policy fragments and the catalogs today, and every setting it documents must say what it decides and where its
 * default comes from.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { policyJsonSchema } from '../../src/profile/policy.js';
import { defaultRules } from '../../src/rules/registry.js';
import { defaultDocs, renderRulesDoc, RULES_DOC_PATH } from '../../scripts/rules-docs.js';

type Json = Record<string, unknown>;

/** Every setting under a JSON Schema node (objects opened, list entries as `[]`), with its description. */
function settings(node: Json, path: string, out: [string, unknown][]): [string, unknown][] {
  const properties = node.properties as Record<string, Json> | undefined;
  if (path !== '') out.push([path, node.description]);
  if (properties) for (const [k, c] of Object.entries(properties)) settings(c, path === '' ? k : `${path}.${k}`, out);
  const items = node.items as Json | undefined;
  if (items?.properties) for (const [k, c] of Object.entries(items.properties as Record<string, Json>)) settings(c, `${path}[].${k}`, out);
  return out;
}

describe('docs/rules.md', () => {
  test('is the generator\'s output (run `npm run docs:rules` after changing a check, a fragment or a catalog)', () => {
    const committed = readFileSync(RULES_DOC_PATH, 'utf8');
    const generated = renderRulesDoc();
    // One message that says what to do, rather than a diff of the whole file.
    if (committed !== generated) {
      const a = committed.split('\n');
      const b = generated.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      expect.fail(
        `docs/rules.md is out of date: run \`npm run docs:rules\` and commit it. First difference at line ${line + 1}:\n` +
          `  committed: ${a[line] ?? '(end of file)'}\n  generated: ${b[line] ?? '(end of file)'}`,
      );
    }
  });

  test('has a section for every default check, in the registry\'s order', () => {
    const doc = renderRulesDoc();
    let at = 0;
    for (const rule of defaultRules) {
      const i = doc.indexOf(`\n## ${rule.codes.join(', ')} — `, at);
      expect(i, rule.id).toBeGreaterThan(at);
      at = i;
    }
    expect(doc).toContain('\n## Writing a check\n');
  });

  test('an example case where the check does not fire stops the generator', () => {
    const [receivables] = defaultRules;
    const doc = defaultDocs.get('receivables');
    if (receivables === undefined || doc === undefined) throw new Error('receivables has a doc');
    const docs = new Map([['receivables', { ...doc, examples: ['worked-example-agrees.json'] }]]);
    expect(() => renderRulesDoc({ rules: [receivables], docs })).toThrow(/worked-example-agrees\.json raises none of its findings/);
  });
});

describe('the policy documents itself', () => {
  test('every setting outside `relationship` (docs/relationship.md) has a description', () => {
    const all = settings(policyJsonSchema(), '', []).filter(([path]) => path !== 'relationship' && !path.startsWith('relationship.'));
    expect(all.length).toBeGreaterThan(60);
    // The fields of a list's entries too (grossMargin.industries[].min).
    expect(all.filter(([, d]) => typeof d !== 'string' || d.length < 10).map(([p]) => p)).toEqual([]);
  });

  test('every default a setting has is explained: its description says where it comes from', () => {
    const schema = policyJsonSchema();
    const withDefault: string[] = [];
    const walk = (node: Json, path: string): void => {
      const properties = node.properties as Record<string, Json> | undefined;
      if (properties) {
        for (const [k, c] of Object.entries(properties)) walk(c, path === '' ? k : `${path}.${k}`);
        return;
      }
      if ('default' in node && !path.startsWith('relationship.')) withDefault.push(`${path}: ${String(node.description)}`);
    };
    walk(schema, '');
    const unsourced = withDefault.filter((s) => !/source|xcheck's|common|practice|IPC|PLACEHOLDER|by choice|banks|Fineract/i.test(s));
    expect(unsourced).toEqual([]);
  });
});
