/** Line chart over years (e.g. Pflegebedürftige per scenario, 65+ and 80+ population). */
import { formatNumber } from '../../format';
import { line, placeLegend, PALETTE, r1, svgDocument, text, ticks } from './svg';

export interface LineSeries {
  name: string;
  values: number[];
  color?: string;
}

export function lineChart(spec: { years: number[]; series: LineSeries[]; width?: number; height?: number; label: string; yTitle?: string }): { svg: string; width: number; height: number } {
  const width = spec.width ?? 480;
  const height = spec.height ?? 220;
  const colors = spec.series.map((s, i) => s.color ?? PALETTE[i % PALETTE.length]!);
  const lg = placeLegend(spec.series.map((s, i) => ({ label: s.name, color: colors[i]! })), height, width);
  const top = 12;
  const left = 50;
  const bottom = height - 22 - lg.height;
  const plotW = width - left - 14;
  const all = spec.series.flatMap((s) => s.values);
  const axis = ticks(Math.max(...all, 0));
  const max = axis.at(-1)!;
  const n = spec.years.length;
  const x = (i: number) => left + (n <= 1 ? plotW / 2 : (plotW * i) / (n - 1));
  const y = (v: number) => bottom - ((bottom - top) * v) / max;
  const parts: string[] = [];
  for (const t of axis) parts.push(line(left, y(t), left + plotW, y(t), '#dddddd'), text(left - 4, y(t) + 3, formatNumber(t), { anchor: 'end', size: 8 }));
  if (spec.yTitle) parts.push(text(10, (top + bottom) / 2, spec.yTitle, { anchor: 'middle', size: 8, rotate: true }));
  const every = Math.ceil(n / Math.max(1, Math.floor(plotW / 34)));
  spec.years.forEach((yr, i) => {
    if (i % every === 0 || i === n - 1) parts.push(line(x(i), bottom, x(i), bottom + 3, '#666666'), text(x(i), bottom + 12, String(yr), { anchor: 'middle', size: 8 }));
  });
  spec.series.forEach((s, k) => {
    const pts = s.values.map((v, i) => `${r1(x(i))},${r1(y(v))}`).join(' ');
    parts.push(`<polyline points="${pts}" fill="none" stroke="${colors[k]}" stroke-width="1.8"/>`);
  });
  parts.push(line(left, bottom, left + plotW, bottom, '#666666', 0.8), lg.svg);
  return { svg: svgDocument(width, height, parts, spec.label), width, height };
}
