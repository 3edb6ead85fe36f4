/**
 * `--format pdf`: the HTML memo printed by Chromium (docs/html.md, "PDF"). playwright-core is an optional peer
 * dependency of the command line only, loaded here by dynamic import; the browser is Debian's `chromium`
 * (or XCHECK_CHROMIUM). Chromium runs headless with a fresh profile directory, offline and without JavaScript
 * (the memo needs none). Without either, one error in the memo's language naming what to install.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '../locales/index.js';
import { memoTexts } from '../locales/memo.js';
import type { CliIO } from './io.js';

/** The browser's flags (a fresh --user-data-dir is added by the persistent context). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Where the browser is: XCHECK_CHROMIUM, else Debian's /usr/bin/chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.XCHECK_CHROMIUM ?? '/usr/bin/chromium';
}

/** Prints the HTML to PDF bytes; a missing browser or playwright-core gives the catalog's error. */
export async function htmlToPdf(html: string, lang: Lang, env: NodeJS.ProcessEnv = process.env): Promise<{ ok: true; pdf: Uint8Array } | { ok: false; message: string }> {
  const texts = memoTexts[lang].html;
  const executablePath = chromiumPath(env);
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    return { ok: false, message: texts.pdfUnavailable('playwright-core') };
  }
  if (!existsSync(executablePath)) return { ok: false, message: texts.pdfUnavailable(executablePath) };
  const userDataDir = mkdtempSync(join(tmpdir(), 'xcheck-chromium-'));
  try {
    const context = await playwright.chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_FLAGS],
      offline: true,
      javaScriptEnabled: false,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      return { ok: true, pdf };
    } finally {
      await context.close();
    }
  } catch (error) {
    return { ok: false, message: texts.pdfUnavailable(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)) };
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** `--format pdf`: writes the PDF to `output` (or standard output); exit 0, or 1 with the error. */
export async function writePdf(html: string, lang: Lang, io: CliIO, output: string | undefined): Promise<number> {
  const result = await htmlToPdf(html, lang);
  if (!result.ok) {
    io.stderr(`${result.message}\n`);
    return 1;
  }
  if (output !== undefined) writeFileSync(output, result.pdf);
  else process.stdout.write(result.pdf);
  return 0;
}
