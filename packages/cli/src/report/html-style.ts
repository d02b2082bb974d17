/**
 * The report's style sheet, inlined in the HTML (system fonts only; no web fonts, no images).
 *
 * @example
 * ```ts
 * REPORT_CSS.includes('font-family'); // true
 * ```
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --soft: #f5f7fa; --accent: #0072B2; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--soft); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
header.report-header { background: #102a43; color: #fff; padding: 28px 0 22px; }
header.report-header h1 { margin: 0 0 6px; font-size: 30px; line-height: 1.2; }
header.report-header p { margin: 0; color: #d9e2ec; }
.wrap { max-width: 1160px; margin: 0 auto; padding: 0 24px; }
nav.toc { margin: 18px 0 0; }
nav.toc ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 18px; }
nav.toc a { color: #bcccdc; text-decoration: none; font-size: 14px; }
nav.toc a:hover { color: #fff; text-decoration: underline; }
main { padding: 20px 0 32px; }
section.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 22px 26px; margin: 0 0 22px; }
section.card > h2 { margin: 0 0 12px; font-size: 22px; border-bottom: 2px solid var(--accent); padding-bottom: 6px; }
h3 { font-size: 17px; margin: 22px 0 8px; }
p { margin: 0 0 10px; }
.muted { color: var(--muted); }
.tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 12px; margin: 6px 0 16px; }
.tile { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; background: var(--soft); }
.tile .label { font-size: 13px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.tile .value { font-size: 24px; font-weight: 700; }
.tile .value.words { font-size: 18px; line-height: 1.3; }
.tile .note { font-size: 13px; color: var(--muted); }
figure { margin: 8px 0 14px; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 13px; color: var(--muted); margin-top: 4px; }
.pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 8px 20px; }
article.indicator { border-top: 1px solid var(--line); padding-top: 4px; }
article.indicator:first-of-type { border-top: 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; font-size: 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.flagged td { background: #fff4e5; }
tr.row-comparison th, tr.row-comparison td { color: var(--muted); }
tr.row-gap th, tr.row-gap td { font-style: italic; }
sup.note-ref { font-size: 11px; color: var(--muted); margin-left: 2px; }
ul.notes { list-style: none; padding: 0; margin: 0 0 12px; font-size: 13px; color: var(--muted); }
.targets p { margin: 4px 0; font-weight: 600; }
p.suggestion { padding: 6px 12px; border-left: 4px solid var(--accent); background: var(--soft); }
details { margin: 4px 0 12px; }
summary { cursor: pointer; color: var(--accent); }
.mark { font-weight: 700; text-align: center; width: 2em; }
.status-met { color: #1b7f3b; }
.status-not-met { color: #c62828; }
.status-insufficient-evidence { color: #a86500; }
.status-not-applicable { color: #7b8794; }
blockquote.citation { margin: 6px 0; padding: 6px 12px; border-left: 4px solid var(--accent); background: var(--soft); }
footer { color: var(--muted); font-size: 13px; padding: 0 0 28px; }
@media print { body { background: #fff; } section.card { border: 0; padding: 0; break-inside: avoid-page; } header.report-header { background: #fff; color: var(--ink); } nav.toc { display: none; } }
`;
