/** The lead's view as HTML sections of the report page (report --lead --html). */
import { esc, table } from './html-table.js';
import {
  costLines,
  DAY_COLUMNS,
  hours,
  IGNORED_COLUMNS,
  leadColumns,
  TREND_COLUMNS,
  UNCHECKED_BY_DEVELOPER_COLUMNS,
  verdict,
} from './lead-columns.js';
import { MIN_SAMPLE, type LeadView } from './lead-model.js';

const ARROW = { better: '▲', worse: '▼' } as const;

function trendHtml(lead: LeadView): string {
  const { trend } = lead;
  if (!trend.previousWeek) return '<p class="muted">This week against the last: the range holds one week.</p>';
  const columns = TREND_COLUMNS(trend.previousWeek, trend.currentWeek!);
  const th = columns.map((col) => `<th${col.left ? ' class="text"' : ''}>${esc(col.title)}</th>`).join('');
  const rows = trend.figures
    .map((f) => {
      const word = verdict(f);
      const cells = columns.slice(0, -1).map((col) => `<td${col.left ? ' class="text"' : ''}>${esc(col.get(f))}</td>`);
      const mark = word
        ? `<td class="text ${word}" data-better="${f.better}">${ARROW[word as keyof typeof ARROW]} ${word}</td>`
        : '<td></td>';
      return `<tr data-figure="${f.figure}">${cells.join('')}${mark}</tr>`;
    })
    .join('');
  return `<div class="scroll"><table><thead><tr>${th}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** `charts`: the report's charts (by developer), placed after the cost and the trend. */
export function leadHtml(lead: LeadView, charts: string): string {
  const sample = costLines(lead).at(-1)!;
  const card = (id: string, label: string, value: number) =>
    `<div class="card" id="${id}"><div class="label">${esc(label)}</div><div class="value">${esc(hours(value))}</div><div class="detail">per week of the range</div></div>`;
  const part = (id: string, title: string, html: string) => `<section id="${id}"><h2>${esc(title)}</h2>${html}</section>`;
  return [
    `<section class="cards cost" id="cost">${card('blocked-per-week', 'Blocked on slow foreground calls', lead.hoursPerWeek.blocked)}${card('saved-per-week', 'Saved by background execution', lead.hoursPerWeek.saved)}</section>`,
    `<p class="muted" id="sample">${esc(sample)}</p>`,
    part('trend', 'This week against the last', trendHtml(lead)),
    charts,
    part('lead-developers', 'By developer', table(leadColumns('developer'), lead.developers)),
    part('lead-projects', 'By project', table(leadColumns('project'), lead.projects)),
    `<p class="muted">n&lt;${MIN_SAMPLE.calls}, n&lt;${MIN_SAMPLE.suggestions}: too few calls or suggestions for a share; the counts beside it say how many there were.</p>`,
    lead.ignoredAdvice.length
      ? part('ignored-advice', 'Advice ignored most (suggested background, not followed)', table(IGNORED_COLUMNS, lead.ignoredAdvice))
      : '',
    lead.uncheckedByDeveloper.length
      ? part('unchecked-by-developer', 'Unchecked tasks by developer', table(UNCHECKED_BY_DEVELOPER_COLUMNS, lead.uncheckedByDeveloper))
      : '',
    part('days', 'Days (a run of days without data is one line)', table(DAY_COLUMNS, lead.days)),
  ].join('\n');
}
