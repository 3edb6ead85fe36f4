/**
 * The HTML and PDF writer (src/cli/cli-html.ts), its own file beside the command's (dist/cli-html.js): the
 * batch's worker threads load this module under a small heap cap, and the renderer stays out of it.
 */
export function loadHtmlWriter(): Promise<typeof import('./cli-html.js')> {
  const own = new URL(import.meta.url);
  return import(new URL(own.pathname.endsWith('.ts') ? './cli-html.ts' : './cli-html.js', own).href) as Promise<typeof import('./cli-html.js')>;
}
