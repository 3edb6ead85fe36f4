/** `xcheck/markdown`: the credit memo and the capacity sections as Markdown (zh | en). Re-exports the renderers only. */
export { type Lang, renderMarkdown } from './report/markdown.js';
export { renderCapacitySections, renderRecommendation, renderScheduleTable } from './report/capacity-markdown.js';
