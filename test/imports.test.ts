/**
 * The module graph of src/ has no runtime import cycle (a cycle makes load order matter and defeats
 * tree-shaking). Type-only imports do not count: they vanish from the build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** The relative modules a file imports or re-exports at run time. */
export function runtimeImports(source: string): string[] {
  const out: string[] = [];
  const statement = /(?:^|\n)\s*(import|export)\s+([^;]*?)\s+from\s+'(\.[^']+)'/g;
  for (const m of source.matchAll(statement)) {
    const clause = m[2]!.trim();
    if (clause.startsWith('type ')) continue; // import type … / export type …
    const braces = /^\{([^}]*)\}$/.exec(clause);
    if (braces) {
      const names = braces[1]!.split(',').map((s) => s.trim()).filter((s) => s !== '');
      if (names.length > 0 && names.every((n) => n.startsWith('type '))) continue;
    }
    out.push(m[3]!);
  }
  for (const m of source.matchAll(/(?:^|\n)\s*import\s+'(\.[^']+)'/g)) out.push(m[1]!);
  return out;
}

test('the reader of imports tells runtime imports from type-only ones', () => {
  const src = [
    "import type { A } from './a.js';",
    "import { type B, type C } from './b.js';",
    "import { type D, e } from './d.js';",
    "export { f } from './f.js';",
    "export type { G } from './g.js';",
    "import * as h from './h.js';",
  ].join('\n');
  expect(runtimeImports(src)).toEqual(['./d.js', './f.js', './h.js']);
});

test('src/ has no runtime import cycle', () => {
  const graph = new Map<string, string[]>();
  for (const file of files(root)) {
    const deps = runtimeImports(readFileSync(file, 'utf8')).map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
    graph.set(file, deps);
  }
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const dep of graph.get(node) ?? []) {
      if (state.get(dep) === 'open') cycles.push([...stack.slice(stack.indexOf(dep)), dep].map((f) => relative(root, f)).join(' → '));
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  expect(cycles).toEqual([]);
});
