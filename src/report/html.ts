/**
 * The report as one self-contained HTML page: inline CSS, inline SVG charts, no script, no
 * network, no external assets, so it can be mailed or archived as one file. Every bar carries
 * its number in `data-value` and a tooltip.
 */
import { keyColumn, METRIC_COLUMNS, shownRows, UNCHECKED_COLUMNS } from './columns.js';
import { esc, table } from './html-table.js';
import { leadHtml } from './lead-html.js';
import { count, duration, filtersText, headline, judged, mergedText, percent, rangeText, sampledPercent } from './format.js';
import { MIN_SAMPLE, sampled } from './lead-model.js';
import type { Report } from './model.js';

/** Bars of a chart for a session, project or signature grouping (the ones with the most blocked time). */
const MAX_BARS = 20;

interface Segment {
  value: number;
  cls: string;
  name: string;
  text: string;
}

/** Vertical bars, stacked by segment, one per label; an optional dashed target line. */
function columnChart(
  id: string,
  title: string,
  bars: { label: string; total?: string; segments: Segment[] }[],
  max: number,
  target?: { value: number; text: string },
): string {
  const W = 720;
  const H = 220;
  const left = 8;
  const right = 24; // room for the last rotated label
  const bottom = 48;
  const slot = (W - left - right) / Math.max(1, bars.length);
  const scale = (v: number) => (max > 0 ? (v / max) * (H - bottom - 16) : 0);
  const parts: string[] = [];
  bars.forEach((bar, k) => {
    const x = left + k * slot + slot * 0.15;
    let y = H - bottom;
    for (const s of bar.segments) {
      const h = scale(s.value);
      y -= h;
      parts.push(
        `<rect class="${s.cls}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${h.toFixed(1)}" data-key="${esc(bar.label)}" data-series="${esc(s.name)}" data-value="${s.value}"><title>${esc(`${bar.label}: ${s.name} ${s.text}`)}</title></rect>`,
      );
    }
    const lx = x + slot * 0.35;
    const total = bar.segments.reduce((sum, seg) => sum + seg.value, 0);
    if (slot >= 28)
      parts.push(
        `<text class="value" x="${lx.toFixed(1)}" y="${(y - 4).toFixed(1)}" text-anchor="middle">${esc(bar.total ?? count(total))}</text>`,
      );
    // Many narrow bars (a 90-day range) label every few, so that labels do not overlap.
    if (k % Math.ceil(20 / slot) === 0) {
      parts.push(
        `<text class="axis" x="${lx.toFixed(1)}" y="${H - bottom + 12}" transform="rotate(35 ${lx.toFixed(1)} ${H - bottom + 12})">${esc(bar.label.length > 16 ? bar.label.slice(0, 15) + '…' : bar.label)}</text>`,
      );
    }
  });
  if (target) {
    const y = (H - bottom - scale(target.value)).toFixed(1);
    parts.push(`<line class="target" x1="${left}" x2="${W - right}" y1="${y}" y2="${y}"/>`);
  }
  const legend = [...new Map(bars.flatMap((b) => b.segments).map((s) => [s.cls, s.name]))]
    .map(([cls, name]) => `<span class="swatch ${cls}"></span>${esc(name)}`)
    .concat(target ? [`<span class="swatch target"></span>${esc(target.text)}`] : [])
    .join(' ');
  return `<figure><figcaption>${esc(title)} <span class="legend">${legend}</span></figcaption><svg id="${id}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}">${parts.join('')}</svg></figure>`;
}

/** Horizontal bars with their label and value beside them. */
function barList(id: string, title: string, items: { label: string; value: number; text: string }[]): string {
  const W = 720;
  const rowH = 22;
  const labelW = 260;
  const max = Math.max(1, ...items.map((i) => i.value));
  const parts = items.map((item, k) => {
    const y = k * rowH;
    const w = ((W - labelW - 150) * item.value) / max;
    return (
      `<text class="label" x="${labelW - 8}" y="${y + 15}" text-anchor="end">${esc(item.label.length > 36 ? item.label.slice(0, 35) + '…' : item.label)}</text>` +
      `<rect class="fg" x="${labelW}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 8}" data-key="${esc(item.label)}" data-value="${item.value}"><title>${esc(`${item.label}: ${item.text}`)}</title></rect>` +
      `<text class="axis" x="${(labelW + w + 6).toFixed(1)}" y="${y + 15}">${esc(item.text)}</text>`
    );
  });
  return `<figure><figcaption>${esc(title)}</figcaption><svg id="${id}" viewBox="0 0 ${W} ${Math.max(rowH, items.length * rowH)}" role="img" aria-label="${esc(title)}">${parts.join('')}</svg></figure>`;
}

const CSS = `
:root { color-scheme: light dark; --fg: #1d1f23; --muted: #646a73; --bg: #fff; --card: #f4f5f7; --ok: #1a7f37; --warn: #b35900; --bgc: #2f81f7; --fgc: #d4a72c; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e6e6; --muted: #9aa0a6; --bg: #16181c; --card: #22252b; } }
body { font: 14px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 2rem auto; max-width: 76rem; padding: 0 1rem; }
h1 { font-size: 1.4rem; margin: 0; } h2 { font-size: 1.1rem; margin-top: 2rem; } .muted { color: var(--muted); }
#nothing { font-size: 1.1rem; margin: 2rem 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .75rem; margin-top: 1rem; }
.card { background: var(--card); border-radius: 8px; padding: .75rem 1rem; }
.card .value { font-size: 1.6rem; font-weight: 600; } .card .label { font-weight: 600; } .card .detail { color: var(--muted); font-size: .85rem; }
.met { color: var(--ok); } .unmet { color: var(--warn); }
figure { margin: 1.5rem 0; } figcaption { font-weight: 600; margin-bottom: .25rem; } svg { width: 100%; height: auto; }
svg .bg { fill: var(--bgc); } svg .fg { fill: var(--fgc); } svg .ratio { fill: var(--ok); }
svg .axis, svg .label, svg .value { fill: var(--muted); font-size: 11px; } svg .target { stroke: var(--warn); stroke-dasharray: 4 3; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; font-size: .85rem; }
th, td { padding: .25rem .5rem; text-align: right; border-bottom: 1px solid var(--card); white-space: nowrap; } .text { text-align: left; }
td.text:first-child { white-space: normal; overflow-wrap: anywhere; min-width: 8rem; } .scroll { overflow-x: auto; }
.legend { font-weight: normal; color: var(--muted); margin-left: 1rem; font-size: .85rem; }
.swatch { display: inline-block; width: .8rem; height: .8rem; margin: 0 .3rem 0 .6rem; vertical-align: -1px; border-radius: 2px; }
.better { color: var(--ok); } .worse { color: var(--warn); } .cards.cost .value { font-size: 2rem; }
.swatch.bg { background: var(--bgc); } .swatch.fg { background: var(--fgc); } .swatch.ratio { background: var(--ok); } .swatch.target { height: 0; border-top: 2px dashed var(--warn); }
`;

/** `nothing`: the line saying the report's range holds nothing, shown instead of cards, charts and tables. */
export function renderHtml(report: Report, nothing: string | null = null): string {
  const filters = filtersText(report.filters);
  const merged = mergedText(report);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bgtelemetry report ${esc(rangeText(report.range))}</title><style>${CSS}</style></head>
<body>
<h1>bgtelemetry report</h1>
<div class="muted">${esc(rangeText(report.range))}${filters ? ` · only ${esc(filters)}` : ''} · ${report.databases.length} database${report.databases.length === 1 ? '' : 's'}${merged ? ` · ${esc(merged)}` : ''} · generated ${esc(report.generatedAt)}</div>
${nothing ? `<p id="nothing">${esc(nothing)}</p>` : body(report)}
<p class="muted">Definitions: docs/telemetry.md, section "Report metrics".</p>
</body></html>
`;
}

function body(report: Report): string {
  const rows = shownRows(report, MAX_BARS);
  const cards = headline(report)
    .map((i) => {
      const goal = i.target
        ? `<div class="${i.target.met === null ? 'muted' : i.target.met ? 'met' : 'unmet'}">${esc(judged(i.target))}</div>`
        : '';
      return `<div class="card"><div class="label">${esc(i.label)}</div><div class="value">${esc(i.value)}</div>${goal}<div class="detail">${esc(i.detail)}</div></div>`;
    })
    .join('');
  const maxSlow = Math.max(0, ...rows.map((r) => r.slowCalls));
  const slowChart = columnChart(
    'slow-calls',
    `Slow calls by ${report.by}: in the background and in the foreground`,
    rows.map((r) => ({
      label: r.key,
      segments: [
        { value: r.slowBackgroundCalls, cls: 'bg', name: 'background', text: count(r.slowBackgroundCalls) },
        { value: r.slowCalls - r.slowBackgroundCalls, cls: 'fg', name: 'foreground', text: count(r.slowCalls - r.slowBackgroundCalls) },
      ],
    })),
    maxSlow,
  );
  const ratioChart = columnChart(
    'slow-ratio',
    `Share of slow calls run in the background, by ${report.by}`,
    // No slow calls: no bar (not a bar of 0%), only "n/a" above its place.
    rows.map((r) => {
      // The lead's report draws no share of too few slow calls: "n<20" stands in its place.
      const ratio = report.lead
        ? sampled(r.slowBackgroundCalls, r.slowCalls, MIN_SAMPLE.calls)
        : { value: r.slowBackgroundRatio, sample: r.slowCalls };
      return {
        label: r.key,
        total: sampledPercent(ratio, report.lead ? MIN_SAMPLE.calls : 0),
        segments:
          ratio.value === null ? [] : [{ value: ratio.value, cls: 'ratio', name: 'slow calls in background', text: percent(ratio.value) }],
      };
    }),
    1,
    { value: report.targets.slowBackgroundRatio, text: `target ${percent(report.targets.slowBackgroundRatio)}` },
  );
  const signatures = report.topForegroundSlow.length
    ? barList(
        'blocked-signatures',
        'Slow commands run in the foreground: time blocked',
        report.topForegroundSlow.map((s) => ({
          label: s.signature,
          value: s.blockedMs,
          text: `${duration(s.blockedMs)} (${count(s.calls)} call${s.calls === 1 ? '' : 's'})`,
        })),
      )
    : '';
  const charts = `${slowChart}
${ratioChart}
${signatures}`;
  if (report.lead) return `<section class="cards" id="headline">${cards}</section>\n${leadHtml(report.lead, charts)}`;
  const rowTable = table([keyColumn(report.by), ...Object.values(METRIC_COLUMNS)], report.rows);
  const unchecked = report.unchecked.length ? `<h2>Unchecked background tasks</h2>${table(UNCHECKED_COLUMNS, report.unchecked)}` : '';
  return `<section class="cards" id="headline">${cards}</section>
${charts}
<h2>By ${esc(report.by)}</h2>
${rowTable}
${unchecked}`;
}
