/**
 * `xcheck analyze --format html|pdf` and `xcheck monitor --format html` (docs/html.md): built into its own file
 * (dist/cli-html.js) and loaded only for these formats (src/cli/html-loader.ts).
 */
import { renderHtml } from '../html/memo.js';
export { renderMonitorHtml } from '../html/monitor.js';
import type { Lang } from '../locales/index.js';
import type { Report } from '../report/analyze.js';
import type { CliIO } from './io.js';
import { writePdf } from './pdf.js';

/** Writes the HTML memo (to `output` or standard output), or prints it to PDF. */
export function writeHtmlOrPdf(report: Report, format: 'html' | 'pdf', lang: Lang, io: CliIO, output: string | undefined): number | Promise<number> {
  const page = renderHtml(report, lang);
  if (format === 'pdf') return writePdf(page, lang, io, output);
  if (output !== undefined && io.writeFile) io.writeFile(output, page);
  else io.stdout(page);
  return 0;
}
