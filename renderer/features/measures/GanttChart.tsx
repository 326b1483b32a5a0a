/**
 * The Meilensteinplan as an SVG timeline: one row per measure (grouped by action field), a bar
 * for its time frame, diamonds for milestones, a dashed line for today, overdue milestones in
 * red. The chart is an image with a summary; the tables below it are the accessible version.
 */
import type { Measure } from '../../../shared/contract/measuresSchemas';
import { fieldById } from '../../../shared/catalog';
import { formatDate } from '../../../shared/format';
import { isOverdue } from '../../../shared/measures/milestones';
import { axisWidth, nextDay, position, ticks, type Span, type Zoom } from '../../../shared/measures/timeline';
import { MEASURE_STATUS_COLORS, MEASURE_STATUS_LABELS, OVERDUE_COLOR } from '../../../shared/measures/types';
import { measuresTexts as t } from './texts';
import './measures.css';

const LABEL_W = 300;
/** Room for a title in two lines; longer titles end in "…" and are whole in the tooltip and the tables. */
const ROW_H = 36;
const LINE_CHARS = 44;
const GROUP_H = 24;
const AXIS_H = 34;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A title broken at spaces into at most two lines of LINE_CHARS. */
function twoLines(text: string): string[] {
  if (text.length <= LINE_CHARS) return [text];
  const cut = text.lastIndexOf(' ', LINE_CHARS);
  const first = cut > 10 ? text.slice(0, cut) : text.slice(0, LINE_CHARS);
  return [first, clip(text.slice(first.length).trim(), LINE_CHARS)];
}

export interface GanttGroup {
  fieldId: string;
  measures: Measure[];
}

export function GanttChart({ groups, span, zoom, today }: { groups: GanttGroup[]; span: Span; zoom: Zoom; today: string }) {
  const chartW = Math.max(400, axisWidth(span, zoom));
  const width = LABEL_W + chartW;
  const rows = groups.reduce((n, g) => n + g.measures.length, 0);
  const height = AXIS_H + groups.length * GROUP_H + rows * ROW_H + 4;
  const x = (date: string) => LABEL_W + position(span, date) * chartW;
  const axisTicks = ticks(span, zoom);
  const yearTicks = ticks(span, 'jahr');
  const overdue = groups.reduce((n, g) => n + g.measures.reduce((k, m) => k + m.milestones.filter((ms) => isOverdue(ms, today)).length, 0), 0);
  const todayX = today >= span.from && today < span.to ? x(today) : null;

  let y = AXIS_H;
  const body: React.ReactNode[] = [];
  for (const group of groups) {
    const field = fieldById(group.fieldId);
    body.push(
      <g key={`g-${group.fieldId}`}>
        <rect x={0} y={y} width={width} height={GROUP_H} className="gantt-group" />
        <text x={6} y={y + 16} className="gantt-group-label">
          {field ? clip(`Handlungsfeld ${field.number}: ${field.shortTitle}`, 80) : group.fieldId}
        </text>
      </g>,
    );
    y += GROUP_H;
    for (const m of group.measures) {
      const rowY = y;
      // A zoomed window shows only what falls into it; the rest is in the tables below.
      const first = m.startDate ?? m.endDate;
      const last = m.endDate ?? m.startDate;
      const hasFrame = first !== null && last !== null && last >= span.from && first < span.to;
      const x1 = hasFrame ? x(m.startDate ?? m.endDate!) : 0;
      const x2 = hasFrame ? Math.max(x1 + 3, x(nextDay(m.endDate ?? m.startDate!))) : 0;
      body.push(
        <g key={m.id} data-measure-id={m.id}>
          <line x1={0} x2={width} y1={rowY + ROW_H} y2={rowY + ROW_H} className="gantt-rowline" />
          <text x={6} y={rowY + (twoLines(m.title).length > 1 ? 15 : 22)} className="gantt-label">
            <title>{m.title}</title>
            {twoLines(m.title).map((line, i) => (
              <tspan key={i} x={6} dy={i === 0 ? 0 : 14}>
                {line}
              </tspan>
            ))}
          </text>
          {hasFrame ? (
            <rect x={x1} y={rowY + 10} width={x2 - x1} height={ROW_H - 20} rx={3} fill={MEASURE_STATUS_COLORS[m.status]} className="gantt-bar" data-testid="gantt-bar">
              <title>{`${m.title}: ${formatDate(m.startDate)} – ${formatDate(m.endDate)} (${MEASURE_STATUS_LABELS[m.status]})`}</title>
            </rect>
          ) : null}
          {m.milestones.filter((ms) => ms.dueDate >= span.from && ms.dueDate < span.to).map((ms) => {
            const mx = x(ms.dueDate);
            const cy = rowY + ROW_H / 2;
            const late = isOverdue(ms, today);
            const cls = late ? 'gantt-milestone gantt-milestone-overdue' : ms.status === 'erledigt' ? 'gantt-milestone gantt-milestone-done' : 'gantt-milestone';
            return (
              <path key={ms.id} d={`M${mx} ${cy - 7} L${mx + 7} ${cy} L${mx} ${cy + 7} L${mx - 7} ${cy} Z`} className={cls} data-testid="gantt-milestone">
                <title>{`${ms.title}: fällig ${formatDate(ms.dueDate)}${late ? ` (${t.overdue})` : ''}`}</title>
              </path>
            );
          })}
        </g>,
      );
      y += ROW_H;
    }
  }

  return (
    <svg
      className="gantt"
      role="img"
      aria-label={t.chartLabel(rows, overdue)}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      data-zoom={zoom}
    >
      <rect x={0} y={0} width={width} height={AXIS_H} className="gantt-axis-bg" />
      {axisTicks.map((tick) => (
        <g key={tick.date}>
          <line x1={LABEL_W + tick.x * chartW} x2={LABEL_W + tick.x * chartW} y1={AXIS_H - 10} y2={height} className="gantt-tick" />
          <text x={LABEL_W + tick.x * chartW + 4} y={AXIS_H - 12} className="gantt-tick-label">
            {zoom === 'jahr' ? tick.label : tick.label.split(' ')[0]}
          </text>
        </g>
      ))}
      {zoom !== 'jahr'
        ? yearTicks.map((tick) => (
            <g key={`y-${tick.date}`}>
              <line x1={LABEL_W + tick.x * chartW} x2={LABEL_W + tick.x * chartW} y1={0} y2={height} className="gantt-year" />
              <text x={LABEL_W + tick.x * chartW + 4} y={11} className="gantt-year-label">
                {tick.label}
              </text>
            </g>
          ))
        : null}
      <line x1={LABEL_W} x2={LABEL_W} y1={0} y2={height} className="gantt-year" />
      {body}
      {todayX !== null ? (
        <g>
          <line x1={todayX} x2={todayX} y1={AXIS_H - 6} y2={height} className="gantt-today" data-testid="gantt-today" />
          <text x={todayX + 3} y={AXIS_H - 1} className="gantt-today-label">
            {t.legendToday}
          </text>
        </g>
      ) : null}
    </svg>
  );
}

/** The legend's entries for the marks that are not status bars: the swatch's class and its text. */
const legendMarks: [string, string][] = [
  ['legend-diamond', t.legendMilestone],
  ['legend-diamond legend-diamond-done', t.legendDone],
  ['legend-diamond legend-diamond-overdue', t.legendOverdue],
  ['legend-today', t.legendToday],
];

export function GanttLegend() {
  return (
    <ul className="gantt-legend" aria-label="Legende">
      {Object.entries(MEASURE_STATUS_LABELS).map(([status, label]) => (
        <li key={status}>
          <span className="legend-swatch" data-status={status} aria-hidden="true" />
          {t.legendBar}: {label}
        </li>
      ))}
      {legendMarks.map(([swatch, label]) => (
        <li key={swatch}>
          <span className={swatch} aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  );
}

export { OVERDUE_COLOR };
