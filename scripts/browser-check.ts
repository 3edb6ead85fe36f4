/**
 * The built ESM bundle in a real browser: Debian's Chromium (apt-get install chromium) driven by
 * playwright-core, no browser download. dist/index.js is bundled with its dependencies for the page
 * (esbuild, platform browser), imported from a blob: URL, and run on the fixtures; every report and
 * error list must be byte-identical to Node's. Prints `browser check: N passed, N failed`; writes
 * {passed, failed} to $XCHECK_BROWSER_JSON when set (for .ci/run); exit 1 on any failure.
 *
 * Needs `npm run build` first (npm run check:browser does both).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const executablePath = process.env.XCHECK_CHROMIUM ?? '/usr/bin/chromium';
const results: { name: string; ok: boolean; detail?: string }[] = [];
const check = (name: string, ok: boolean, detail?: string) => {
  results.push({ name, ok, detail });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `\n     ${detail}`}`);
};

function finish(): void {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`browser check: ${passed} passed, ${failed} failed`);
  if (process.env.XCHECK_BROWSER_JSON) writeFileSync(process.env.XCHECK_BROWSER_JSON, JSON.stringify({ passed, failed }));
  process.exitCode = failed > 0 ? 1 : 0;
}

async function main(): Promise<void> {
  const entry = join(root, 'dist', 'index.js');
  if (!existsSync(entry)) return check('dist/index.js exists (run npm run build)', false);
  if (!existsSync(executablePath)) return check(`${executablePath} exists (apt-get install chromium)`, false);

  const bundled = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, write: false, logLevel: 'error' });
  const code = bundled.outputFiles[0]!.text;

  const fixtures = readdirSync(join(root, 'fixtures'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f, profile: (JSON.parse(readFileSync(join(root, 'fixtures', f), 'utf8')) as { profile: unknown }).profile }));
  // An invalid profile too: the errors must match as well.
  fixtures.push({ name: 'invalid profile', profile: { analysisDate: '2026-02-30', business: { kind: 'shop' } } });

  const node = (await import(pathToFileURL(entry).href)) as typeof import('../src/index.js');
  const expected = fixtures.map((f) => JSON.stringify(node.analyze(f.profile)));

  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.setContent('<!doctype html><title>xcheck</title>');
    const out = await page.evaluate(
      async ({ code, profiles }) => {
        const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
        const m = (await import(url)) as { analyze: (p: unknown) => unknown };
        return {
          userAgent: navigator.userAgent,
          hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined',
          results: profiles.map((p) => JSON.stringify(m.analyze(p))),
        };
      },
      { code, profiles: fixtures.map((f) => f.profile) },
    );
    check(`bundle imported in ${out.userAgent.match(/(Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'} (${(code.length / 1024).toFixed(0)} kB minified, no Node globals: ${!out.hasProcess})`, !out.hasProcess);
    fixtures.forEach((f, i) => {
      const same = out.results[i] === expected[i];
      check(`${f.name}: byte-identical to Node`, same, same ? undefined : `browser ${out.results[i]?.slice(0, 200)}…`);
    });
    const flags = (json: string | undefined) =>
      ((JSON.parse(json ?? '{}') as { report?: { flags: { code: string; severity: string }[] } }).report?.flags ?? []).map((f) => `${f.code}:${f.severity}`);
    const i = fixtures.findIndex((f) => f.name === 'worked-example-disagrees.json');
    const browserFlags = flags(out.results[i]);
    check(
      `worked example in the browser flags ${browserFlags.join(', ')}`,
      ['RECEIVABLES_INCONSISTENT:critical', 'PAYABLES_INCONSISTENT:critical', 'EQUITY_RECONCILIATION_GAP:critical'].every((f) => browserFlags.includes(f)) &&
        browserFlags.join() === flags(expected[i]).join(),
    );
    check('no page errors', pageErrors.length === 0, pageErrors.join('; '));
  } finally {
    await browser.close();
  }
}

main()
  .catch((error: unknown) => check('browser check ran', false, error instanceof Error ? error.message : String(error)))
  .finally(finish);
