/**
 * The Meilensteinplan as an SVG Gantt chart: one bar per measure, diamonds for milestones,
 * a red line for today. Same timeline model as the app's Gantt (shared/measures/timeline.ts).
 */
import type { Measure } from '../../contract/measuresSchemas';
import { isOverdue } from '../../measures/milestones';
import { nextDay, position, spanFor, ticks } from '../../measures/timeline';
import { MEASURE_STATUS_COLORS, MEASURE_STATUS_LABELS, OVERDUE_COLOR, type MeasureStatus } from '../../measures/types';
import { legend, line, r1, rect, svgDocument, text } from './svg';

export function gantt(measures: Measure[], period: { from: number | null; to: number | null }, today: string, width = 480): { svg: string; width: number; height: number } {
  const rowH = 13;
  const labelW = 170;
  const plotW = width - labelW - 8;
  const span = spanFor(measures.flatMap((m) => [m.startDate, m.endDate, ...m.milestones.map((x) => x.dueDate)]), period, today);
  const years = ticks(span, 'jahr');
  const top = 16;
  const lg = legend(
    (Object.keys(MEASURE_STATUS_LABELS) as MeasureStatus[]).map((k) => ({ label: MEASURE_STATUS_LABELS[k], color: MEASURE_STATUS_COLORS[k] })),
    8,
    top + measures.length * rowH + 16,
    width - 16,
  );
  const height = top + measures.length * rowH + 16 + lg.height;
  const x = (date: string) => labelW + position(span, date) * plotW;
  const parts: string[] = [];
  years.forEach((t, i) => {
    const next = years[i + 1]?.x ?? 1;
    parts.push(line(labelW + t.x * plotW, top - 4, labelW + t.x * plotW, top + measures.length * rowH, '#999999', 0.6));
    parts.push(text(labelW + ((t.x + next) / 2) * plotW, top - 6, t.label, { anchor: 'middle', size: 8, bold: true }));
  });
  measures.forEach((m, i) => {
    const y = top + i * rowH;
    if (i % 2 === 0) parts.push(rect(0, y, width, rowH, '#f5f7fa'));
    parts.push(text(4, y + 9.5, m.title.length > 40 ? `${m.title.slice(0, 39)}…` : m.title, { size: 7 }));
    if (m.startDate || m.endDate) {
      const x1 = x(m.startDate ?? m.endDate!);
      const x2 = Math.max(x1 + 2, x(nextDay(m.endDate ?? m.startDate!)));
      parts.push(rect(x1, y + 3, x2 - x1, rowH - 6, MEASURE_STATUS_COLORS[m.status]));
    }
    for (const ms of m.milestones) {
      const cx = x(ms.dueDate);
      const c = isOverdue(ms, today) ? OVERDUE_COLOR : ms.status === 'erledigt' ? '#ffffff' : '#111111';
      parts.push(`<polygon points="${r1(cx)},${r1(y + 1.5)} ${r1(cx + 4)},${r1(y + rowH / 2)} ${r1(cx)},${r1(y + rowH - 1.5)} ${r1(cx - 4)},${r1(y + rowH / 2)}" fill="${c}" stroke="#111111" stroke-width="0.6"/>`);
    }
  });
  const tx = x(today);
  parts.push(`<line x1="${r1(tx)}" y1="${top - 2}" x2="${r1(tx)}" y2="${top + measures.length * rowH}" stroke="${OVERDUE_COLOR}" stroke-width="0.8" stroke-dasharray="2 2"/>`);
  parts.push(lg.svg);
  return { svg: svgDocument(width, height, parts, 'Meilensteinplan'), width, height };
}
