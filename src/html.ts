/**
 * `xcheck/html`: the credit memo and the monitoring report as self-contained HTML documents (inline style and
 * SVG charts, no script, nothing fetched), zh | en (docs/html.md). Re-exports the renderers and the escaper only.
 */
export { renderHtml } from './html/memo.js';
export { renderMonitorHtml } from './html/monitor.js';
export { escapeHtml } from './html/escape.js';
export type { Lang } from './locales/index.js';
