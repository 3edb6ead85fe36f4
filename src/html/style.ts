/**
 * The HTML documents' one stylesheet (inline, nothing fetched): readable from a 390 px phone to a desktop,
 * and a print stylesheet (A4, the decision on page 1, a page break before each later section). Colours keep
 * a contrast of at least 4.5:1 for text (docs/html.md).
 */
export const STYLE = `
:root{color-scheme:light}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1b1f24;background:#fff;overflow-wrap:anywhere}
main{max-width:980px;margin:0 auto;padding:16px}
h1{font-size:1.5rem;line-height:1.3;margin:.2em 0 .3em}
h2{font-size:1.25rem;border-bottom:2px solid #d0d7de;padding-bottom:.2em;margin:1.6em 0 .6em}
h3{font-size:1.08rem;margin:1.2em 0 .4em}
h4{font-size:1rem;margin:0 0 .3em}
p{margin:.4em 0}
.meta{color:#414a53;margin:0}
.banner{border:3px solid #57606a;border-radius:8px;padding:12px 16px;margin:12px 0}
.banner.approve{border-color:#1a7f37;background:#effbf2}
.banner.approve-with-conditions{border-color:#1a7f37;background:#effbf2}
.banner.approve-lower{border-color:#9a6700;background:#fff8e5}
.banner.decline{border-color:#cf222e;background:#fff0f1}
.banner.refer-back{border-color:#0969da;background:#eef5ff}
.banner h2{border:0;margin:0 0 .2em;font-size:1rem;color:#414a53}
.outcome{font-size:1.45rem;font-weight:700;margin:0}
.banner ul{margin:.3em 0;padding-left:1.2em}
.scroll{overflow-x:auto;max-width:100%;margin:.5em 0}
.scroll:focus{outline:2px solid #0969da}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:break-word}
th{background:#f3f5f7;font-weight:600}
.num{text-align:right;white-space:nowrap;overflow-wrap:normal}
table.nowrap th,table.nowrap td{white-space:nowrap}
tr.over td,tr.disagrees td,tr.unfunded td{background:#fff0f1}
.mark{color:#b31d28;font-weight:700}
.badge{display:inline-block;padding:0 6px;border-radius:4px;font-size:.85em;font-weight:600;color:#fff;background:#57606a}
.badge.critical{background:#b31d28}
.badge.warning{background:#8a5c00}
.badge.info{background:#0860c4}
code{font:.92em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f3f5f7;padding:0 3px;border-radius:3px;white-space:pre-wrap;overflow-wrap:anywhere}
.flag{border-left:4px solid #d0d7de;padding:6px 12px;margin:14px 0;break-inside:avoid}
.flag.critical{border-color:#b31d28}
.flag.warning{border-color:#8a5c00}
.flag.info{border-color:#0860c4}
.figures{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 12px;margin:.4em 0}
.figures dt{font-weight:600;color:#414a53}
.figures dd{margin:0;min-width:0}
.pre{white-space:pre-line}
figure.chart{margin:12px 0}
figure.chart svg{display:block;width:100%;min-width:540px;height:auto}
figcaption{color:#414a53;font-size:.92em}
svg text{font-size:12px;fill:#1b1f24}
svg .surplus{fill:#a9c9ec}
svg .payment{fill:#1f4e8c}
svg .payment.over,svg .step.down,svg .sales.critical{fill:#b31d28}
svg text.over{fill:#b31d28;font-weight:700}
svg .limit{stroke:#1b1f24;stroke-width:1.5;stroke-dasharray:4 3}
svg .zero{stroke:#57606a;stroke-width:1}
svg .step.total,svg .sales.declared{fill:#1f4e8c}
svg .step.up{fill:#1a7f37}
svg .step.gap,svg .sales.warning{fill:#8a5c00}
svg .sales.agrees{fill:#2e7d32}
svg .sales.info{fill:#0860c4}
svg .band{fill:#1a7f37;fill-opacity:.16}
svg line.declared{stroke:#1b1f24;stroke-dasharray:3 2}
svg text.note{font-size:11px;fill:#414a53}
@media (max-width:520px){main{padding:10px}.figures{grid-template-columns:minmax(0,1fr)}.figures dd{margin-bottom:4px}th,td{padding:3px 5px}}
@page{size:A4;margin:14mm}
@media print{
figure.chart svg{min-width:0}
body{font-size:10pt}
main{max-width:none;padding:0}
section.page{break-before:page}
.scroll{overflow:visible}
.flag,figure,tr,.banner{break-inside:avoid}
h2,h3,h4{break-after:avoid}
.banner,tr.over td,th,.badge,svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
