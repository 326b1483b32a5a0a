/** Grouped or stacked vertical bar chart (e.g. Pflegebedürftige by setting and year, Ist vs Soll). */
import { formatNumber } from '../../format';
import { line, placeLegend, PALETTE, rect, svgDocument, text, ticks } from './svg';

export interface BarSeries {
  name: string;
  values: number[];
  color?: string;
}

export interface BarChartSpec {
  categories: string[];
  series: BarSeries[];
  stacked?: boolean;
  width?: number;
  height?: number;
  label: string;
  yTitle?: string;
}

export function barChart(spec: BarChartSpec): { svg: string; width: number; height: number } {
  const width = spec.width ?? 480;
  const height = spec.height ?? 240;
  const colors = spec.series.map((s, i) => s.color ?? PALETTE[i % PALETTE.length]!);
  const lg = spec.series.length > 1 ? placeLegend(spec.series.map((s, i) => ({ label: s.name, color: colors[i]! })), height, width) : { svg: '', height: 0 };
  const top = 12;
  const left = 50;
  const bottom = height - 22 - lg.height;
  const plotW = width - left - 10;
  const n = spec.categories.length;
  const totals = spec.categories.map((_, i) => (spec.stacked ? spec.series.reduce((a, s) => a + Math.max(0, s.values[i] ?? 0), 0) : Math.max(0, ...spec.series.map((s) => s.values[i] ?? 0))));
  const axis = ticks(Math.max(...totals, 0));
  const max = axis.at(-1)!;
  const y = (v: number) => bottom - ((bottom - top) * v) / max;
  const parts: string[] = [];
  for (const t of axis) parts.push(line(left, y(t), left + plotW, y(t), '#dddddd'), text(left - 4, y(t) + 3, formatNumber(t), { anchor: 'end', size: 8 }));
  if (spec.yTitle) parts.push(text(10, (top + bottom) / 2, spec.yTitle, { anchor: 'middle', size: 8, rotate: true }));
  const slot = plotW / Math.max(1, n);
  const groupW = slot * 0.75;
  for (let i = 0; i < n; i++) {
    const x0 = left + i * slot + (slot - groupW) / 2;
    if (spec.stacked) {
      let acc = 0;
      spec.series.forEach((s, k) => {
        const v = Math.max(0, s.values[i] ?? 0);
        parts.push(rect(x0, y(acc + v), groupW, y(acc) - y(acc + v), colors[k]!));
        acc += v;
      });
    } else {
      const w = groupW / Math.max(1, spec.series.length);
      spec.series.forEach((s, k) => {
        const v = Math.max(0, s.values[i] ?? 0);
        parts.push(rect(x0 + k * w, y(v), w - 0.5, bottom - y(v), colors[k]!));
      });
    }
    // Thin every other label when categories crowd (e.g. 29 Gemeinden).
    const every = Math.ceil(n / Math.max(1, Math.floor(plotW / 30)));
    if (i % every === 0) parts.push(text(left + i * slot + slot / 2, bottom + 11, spec.categories[i]!, { anchor: 'middle', size: 8 }));
  }
  parts.push(line(left, bottom, left + plotW, bottom, '#666666', 0.8), lg.svg);
  return { svg: svgDocument(width, height, parts, spec.label), width, height };
}

/** Horizontal bars with the value written at the end: readable for many named categories (Gemeinden). */
export function horizontalBarChart(spec: { categories: string[]; values: number[]; color?: string; width?: number; label: string; digits?: number; unit?: string }): { svg: string; width: number; height: number } {
  const width = spec.width ?? 480;
  const rowH = 12;
  const left = 130;
  const height = 16 + spec.categories.length * rowH + 8;
  const max = Math.max(...spec.values.map((v) => Math.abs(v)), 0) || 1;
  const plotW = width - left - 60;
  const parts: string[] = [];
  spec.categories.forEach((c, i) => {
    const v = spec.values[i] ?? 0;
    const yy = 12 + i * rowH;
    parts.push(text(left - 4, yy + 8, c.length > 26 ? `${c.slice(0, 25)}…` : c, { anchor: 'end', size: 8 }));
    parts.push(rect(left, yy + 1, (plotW * Math.abs(v)) / max, rowH - 3, v < 0 ? '#b3541e' : spec.color ?? PALETTE[0]!));
    parts.push(text(left + (plotW * Math.abs(v)) / max + 3, yy + 8, `${formatNumber(v, spec.digits ?? 0)}${spec.unit ?? ''}`, { size: 8 }));
  });
  parts.push(line(left, 10, left, height - 8, '#666666', 0.8));
  return { svg: svgDocument(width, height, parts, spec.label), width, height };
}
