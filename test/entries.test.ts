/**
 * The package's entry points (src/index.ts and the subpaths src/markdown.ts, cases.ts, relationship.ts,
 * sheets.ts): package.json `exports` and tsup's entries agree, the core bundle does not pull in what the
 * subpaths hold (so a page that only analyses does not load it), and each export lives where the docs say.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { LIBRARY_ENTRIES } from '../tsup.config.js';
import * as core from '../src/index.js';
import * as cases from '../src/cases.js';
import * as markdown from '../src/markdown.js';
import * as relationship from '../src/relationship.js';
import * as sheets from '../src/sheets.js';
import * as htmlEntry from '../src/html.js';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  typesVersions: Record<string, Record<string, string[]>>;
};

describe('package.json and tsup agree', () => {
  const entries = Object.keys(LIBRARY_ENTRIES);
  test('one `exports` subpath per tsup entry, import and require, types first', () => {
    // ./package.json and the spreadsheet files (./sheets/*, ./dist/sheets/*: plain files, test/sheets/exports.test.ts)
    // are not library entries.
    const files = ['./package.json', './sheets/*', './dist/sheets/*'];
    expect(pkg.exports['./sheets/*']).toBe('./dist/sheets/*');
    const subpaths = Object.keys(pkg.exports).filter((k) => !files.includes(k));
    expect(subpaths.sort()).toEqual(entries.map((e) => (e === 'index' ? '.' : `./${e}`)).sort());
    for (const e of entries) {
      const target = pkg.exports[e === 'index' ? '.' : `./${e}`];
      // Key order matters to resolvers: `types` must come before `default`.
      expect(JSON.stringify(target)).toBe(
        JSON.stringify({
          import: { types: `./dist/${e}.d.ts`, default: `./dist/${e}.js` },
          require: { types: `./dist/${e}.d.cts`, default: `./dist/${e}.cjs` },
        }),
      );
    }
  });
  test('typesVersions maps each subpath for node10 resolution', () => {
    expect(pkg.typesVersions['*']).toEqual(
      Object.fromEntries(entries.filter((e) => e !== 'index').map((e) => [e, [`./dist/${e}.d.ts`]])),
    );
  });
});

describe('the core bundle', () => {
  test('leaves out the Markdown and HTML memos, case files, relationship stage, spreadsheet functions and the CLI', () => {
    const r = buildSync({
      entryPoints: [join(root, LIBRARY_ENTRIES.index)],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      metafile: true,
      external: ['decimal.js', 'zod', 'date-fns'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(r.metafile.inputs);
    expect(inputs).toContain('src/report/analyze.ts');
    expect(inputs).toContain('src/rules/registry.ts');
    const moved = inputs.filter((f) =>
      /^src\/(report\/(capacity-)?markdown\.ts|cases\/|relationship\/|sheets\/|cli\/|html\/)/.test(f),
    );
    expect(moved).toEqual([]);
  });
});

describe('each export lives in its entry', () => {
  test.each([
    ['markdown', markdown as Record<string, unknown>, ['renderMarkdown', 'renderScheduleTable', 'renderCapacitySections']],
    ['cases', cases as Record<string, unknown>, ['parseCase', 'verifyCase', 'verifyCases', 'formatVerifyText', 'formatJUnit']],
    ['relationship', relationship as Record<string, unknown>, ['monitor', 'expectDeposits', 'loanCost', 'contactCalendar', 'toICalendar', 'renderMonitorMarkdown', 'irr', 'flowsSchema']],
    ['sheets', sheets as Record<string, unknown>, ['receivables', 'profileFromRange', 'SHEET_FUNCTIONS']],
    ['html', htmlEntry as Record<string, unknown>, ['renderHtml', 'renderMonitorHtml', 'escapeHtml']],
  ])('xcheck/%s has its functions and the core has none of them', (_name, mod, names) => {
    for (const n of names) {
      expect(mod[n], n).toBeDefined();
      expect((core as Record<string, unknown>)[n], n).toBeUndefined();
    }
  });
  test('the core keeps the analysis: analyze, parseInput, toReport, the schemas, the checks, the catalogs, the schedule', () => {
    for (const n of ['analyze', 'parseInput', 'toReport', 'preparePolicy', 'profileJsonSchema', 'policyJsonSchema', 'defaultRules', 'FLAG_CODES', 'formatFinding', 'catalogs', 'buildSchedule']) {
      expect((core as Record<string, unknown>)[n], n).toBeDefined();
    }
  });
  test('the core exports what the README lists, and no internals', () => {
    // The README's table "What `xcheck` exports" names every runtime export of the core, each once.
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### What `xcheck` exports'));
    const rows = section.slice(0, section.indexOf('\n## ')).split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| for |'));
    const listed = rows.flatMap((row) => [...(row.split('|')[2] ?? '').matchAll(/`([A-Za-z_][A-Za-z0-9_]*)`/g)].map((m) => m[1]!));
    expect(listed.length).toBe(new Set(listed).size);
    expect(Object.keys(core).sort()).toEqual([...listed].sort());
    for (const n of ['writeFlag', 'resolve', 'timesRoundedUp', 'PeriodSurplus', 'D', 'toDecimal', 'buildStatements', 'g', 'pct', 'table']) {
      expect((core as Record<string, unknown>)[n], n).toBeUndefined();
    }
  });
  test('xcheck/markdown exports the renderers only', () => {
    for (const n of ['g', 'pct', 'table']) expect((markdown as Record<string, unknown>)[n], n).toBeUndefined();
  });
});
