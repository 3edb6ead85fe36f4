/** `xcheck/markdown`: the credit memo and the capacity sections as Markdown (zh | en). Re-exports only. */
export * from './report/markdown.js';
export * from './report/capacity-markdown.js';
