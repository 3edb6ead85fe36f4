/**
 * The built ESM bundle in a real browser: Debian's Chromium (apt-get install chromium) driven by
 * playwright-core, no browser download. dist/index.js is bundled with its dependencies for the page
 * (esbuild, platform browser), imported from a blob: URL, and run on the fixtures; every report and
 * error list must be byte-identical to Node's. Prints `browser check: N passed, N failed`; writes
 * {passed, failed} to $XCHECK_BROWSER_JSON when set (for .ci/run); exit 1 on any failure.
 *
 * Then the HTML memo (xcheck/html, docs/html.md) of every fixture, zh and en (the monitoring report for the
 * monitor cases), in the same browser: no console error, no horizontal overflow at 390 px and 1280 px, every
 * chart present with its number of bars or steps (counted from the report), no axe-core violation of serious or
 * critical impact; and fixtures/injected-script.json executes nothing. The worked example's PDF goes to .tmp/.
 *
 * Needs `npm run build` first (npm run check:browser does both).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import type { PolicyInput } from '../src/profile/policy.js';

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
    await htmlChecks(browser);
  } finally {
    await browser.close();
  }
}

type AnyReport = {
  capacity: { months: unknown[] } | null;
  equity: { status: string };
  flags: { code: string; subject: Record<string, unknown> }[];
  crossChecks?: { figure: string; estimates: { code: string; subject: Record<string, unknown>; expected: string | null; observed: string | null }[] }[];
};

/** The charts a memo must show, from the report: data-chart id → [selector of its bars or steps, count]. */
function expectedCharts(report: AnyReport): Record<string, number> {
  const out: Record<string, number> = {};
  if (report.capacity !== null && report.capacity.months.length > 0) out['chart-capacity'] = report.capacity.months.length;
  if (report.equity.status === 'reconciled') out['chart-equity'] = 8;
  // every sales estimate of the cross-check table, the agreeing ones included (the flags alone without the table)
  const table = (report.crossChecks ?? []).find((r) => r.figure === 'sales')?.estimates ?? [];
  const listed = table.length > 0 ? table.filter((e) => e.expected !== null && e.observed !== null) : report.flags;
  const estimates = listed.filter((f) => f.code === 'SALES_TRIANGULATION' && typeof f.subject.estimate === 'string').length;
  if (estimates > 0) out['chart-sales'] = estimates + 1;
  return out;
}

/** Every fixture's HTML memo (or monitoring report) in both languages, then the injected-script fixture. */
async function htmlChecks(browser: Browser): Promise<void> {
  const core = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as typeof import('../src/index.js');
  const rel = (await import(pathToFileURL(join(root, 'dist', 'relationship.js')).href)) as typeof import('../src/relationship.js');
  const html = (await import(pathToFileURL(join(root, 'dist', 'html.js')).href)) as typeof import('../src/html.js');
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const files = (function walk(dir: string): string[] {
    return readdirSync(join(root, dir), { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []))
      .sort();
  })('fixtures');
  // bypassCSP: the memo's own policy would stop axe's script; with it off, escaping alone must keep a page inert.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const started = Date.now();
  let pages = 0;
  // axe is loaded once; each memo then replaces the document (document.open keeps the window and its globals).
  await page.setContent('<!doctype html><html lang="en"><title>xcheck</title></html>');
  await page.addScriptTag({ content: axeSource });
  const show = (doc: string) =>
    page.evaluate((d) => {
      document.open();
      document.write(d);
      document.close();
    }, doc);
  const axeRun = () =>
    page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
      const r = await axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
    });
  // The audit can fail: a page with an unlabelled field and grey-on-grey text must show violations.
  await show('<!doctype html><html lang="en"><title>t</title><main><input type="text"><p style="color:#ccc;background:#ddd">faint</p></main></html>');
  const seeded = await axeRun();
  check(`axe-core finds seeded violations (${seeded.join(', ')})`, seeded.some((v) => v.startsWith('label')) && seeded.some((v) => v.startsWith('color-contrast')));
  for (const file of files) {
    const c = JSON.parse(readFileSync(join(root, file), 'utf8')) as { profile?: unknown; policy?: unknown; flows?: unknown };
    if (c.profile === undefined) continue;
    const monitored = c.flows !== undefined ? rel.monitor(c.profile, c.flows, { policy: c.policy }) : null;
    const analysed = monitored === null ? core.analyze(c.profile, { policy: c.policy as PolicyInput, extras: true }) : null;
    if ((monitored && !monitored.ok) || (analysed && !analysed.ok)) continue; // an invalid case: no memo to show
    for (const lang of ['en', 'zh'] as const) {
      const doc = monitored?.ok ? html.renderMonitorHtml(monitored.report, lang) : analysed?.ok ? html.renderHtml(analysed.report, lang) : '';
      const problems: string[] = [];
      errors.length = 0;
      await page.setViewportSize({ width: 1280, height: 900 });
      await show(doc);
      pages++;
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
        if (scroll > inner) problems.push(`overflows at ${width} px (${scroll} px wide)`);
      }
      if (analysed?.ok) {
        const expected = expectedCharts(analysed.report as unknown as AnyReport);
        const found = await page.evaluate(() =>
          Object.fromEntries(Array.from(document.querySelectorAll('figure[data-chart]')).map((f) => [f.getAttribute('data-chart'), f.querySelectorAll('svg [data-bar], svg [data-step]').length])),
        );
        const sorted = (o: Record<string, number>) => JSON.stringify(Object.entries(o).sort());
        if (sorted(found) !== sorted(expected)) problems.push(`charts ${JSON.stringify(found)}, expected ${JSON.stringify(expected)}`);
      }
      // axe (about a second a page) on each fixture once, the language alternating from one fixture to the next.
      const audit = lang === (['en', 'zh'] as const)[Math.floor((pages - 1) / 2) % 2];
      const violations = audit ? await axeRun() : [];
      if (violations.length > 0) problems.push(`axe: ${violations.join(', ')}`);
      if (errors.length > 0) problems.push(`console: ${errors.join('; ')}`);
      check(`${file} ${lang}: HTML ${monitored ? 'monitoring report' : 'memo'} in Chromium`, problems.length === 0, problems.join('; '));
    }
  }
  console.log(`     (${pages} pages in ${((Date.now() - started) / 1000).toFixed(1)} s)`);

  // The injected-script fixture, with scripts allowed and the memo's CSP bypassed: nothing may run.
  const injected = JSON.parse(readFileSync(join(root, 'fixtures', 'injected-script.json'), 'utf8')) as { profile: unknown };
  const r = core.analyze(injected.profile, { extras: true });
  for (const lang of ['en', 'zh'] as const) {
    errors.length = 0;
    await page.setContent(r.ok ? html.renderHtml(r.report, lang) : '', { waitUntil: 'load' });
    await page.waitForTimeout(100);
    const state = await page.evaluate(() => ({
      ran: (window as unknown as { __xcheckInjected?: unknown }).__xcheckInjected ?? null,
      elements: document.querySelectorAll('script, img, iframe, object, embed').length,
      isolated: document.querySelectorAll('bdi').length,
    }));
    check(
      `fixtures/injected-script.json ${lang}: nothing executes (no script or img element, ${state.isolated} right-to-left texts isolated)`,
      r.ok && state.ran === null && state.elements === 0 && state.isolated > 0 && errors.length === 0,
      JSON.stringify({ ...state, errors }),
    );
  }
  await context.close();

  // The worked example's PDF, for the record (not committed).
  const worked = JSON.parse(readFileSync(join(root, 'fixtures', 'worked-example-disagrees.json'), 'utf8')) as { profile: unknown };
  const w = core.analyze(worked.profile, { extras: true });
  if (w.ok) {
    const printPage = await browser.newPage();
    await printPage.setContent(html.renderHtml(w.report, 'en'), { waitUntil: 'load' });
    const pdf = await printPage.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    mkdirSync(join(root, '.tmp'), { recursive: true });
    writeFileSync(join(root, '.tmp', 'worked-example-en.pdf'), pdf);
    check(`worked example printed to .tmp/worked-example-en.pdf (${(pdf.length / 1024).toFixed(0)} kB)`, pdf.subarray(0, 5).toString() === '%PDF-');
    await printPage.close();
  }
}

main()
  .catch((error: unknown) => check('browser check ran', false, error instanceof Error ? error.message : String(error)))
  .finally(finish);
