/**
 * Population pyramid: men left, women right, one bar per age band; an optional second
 * population (the target year) is drawn as an outline over the bars, so base and target year
 * are compared in one figure.
 */
import { formatNumber } from '../../format';
import { parseBandKey } from '../../needs/ageBands';
import { legend, line, rect, svgDocument, text, ticks } from './svg';

export interface PyramidRow {
  band: string;
  maennlich: number;
  weiblich: number;
}

const MEN = '#1f4e8c';
const WOMEN = '#b3541e';

/** Years an age band spans; open bands count up to 100 (75+ → 25 years). */
function bandWidth(band: string): number {
  const b = parseBandKey(band);
  return b ? Math.max(1, (b.to ?? 100) - b.from) : 1;
}

/**
 * Official tables mix band widths (0–3, 18–20, 65–75, 75+): bars show people per year of age,
 * so a wide band does not look like a bulge.
 */
const perYear = (r: PyramidRow): PyramidRow => ({ band: r.band, maennlich: r.maennlich / bandWidth(r.band), weiblich: r.weiblich / bandWidth(r.band) });

export function pyramid(spec: { rows: PyramidRow[]; compare?: PyramidRow[]; baseLabel: string; compareLabel?: string; width?: number; height?: number; label: string; small?: boolean }): { svg: string; width: number; height: number } {
  const width = spec.width ?? 480;
  spec = { ...spec, rows: spec.rows.map(perYear), compare: spec.compare?.map(perYear) };
  const rows = [...spec.rows].reverse(); // oldest on top
  const compare = spec.compare ? new Map(spec.compare.map((r) => [r.band, r])) : null;
  const rowH = spec.small ? 7 : 12;
  const labelW = spec.small ? 34 : 44;
  const top = 14;
  const plotH = rows.length * rowH;
  const items = [
    { label: `Männer ${spec.baseLabel}`, color: MEN },
    { label: `Frauen ${spec.baseLabel}`, color: WOMEN },
    ...(compare && spec.compareLabel ? [{ label: `Umriss: ${spec.compareLabel}`, color: '#000000' }] : []),
  ];
  const lg = legend(items, 10, top + plotH + 38, width - 20);
  const height = spec.height ?? top + plotH + 38 + lg.height;
  const half = (width - labelW) / 2 - 18;
  const mid = width / 2;
  const max = Math.max(...spec.rows.flatMap((r) => [r.maennlich, r.weiblich]), ...(spec.compare ?? []).flatMap((r) => [r.maennlich, r.weiblich]), 1);
  const axis = ticks(max, 3);
  const scale = half / axis.at(-1)!;
  const size = spec.small ? 6 : 8;
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    parts.push(rect(mid - labelW / 2 - r.maennlich * scale, y + 0.5, r.maennlich * scale, rowH - 1, MEN));
    parts.push(rect(mid + labelW / 2, y + 0.5, r.weiblich * scale, rowH - 1, WOMEN));
    parts.push(text(mid, y + rowH - 2, r.band.replace('-', '–'), { anchor: 'middle', size }));
    const c = compare?.get(r.band);
    if (c) {
      parts.push(`<rect x="${(mid - labelW / 2 - c.maennlich * scale).toFixed(1)}" y="${(y + 0.5).toFixed(1)}" width="${(c.maennlich * scale).toFixed(1)}" height="${rowH - 1}" fill="none" stroke="#000000" stroke-width="0.8"/>`);
      parts.push(`<rect x="${(mid + labelW / 2).toFixed(1)}" y="${(y + 0.5).toFixed(1)}" width="${(c.weiblich * scale).toFixed(1)}" height="${rowH - 1}" fill="none" stroke="#000000" stroke-width="0.8"/>`);
    }
  });
  const axisY = top + plotH + 2;
  for (const t of axis) {
    parts.push(line(mid - labelW / 2 - t * scale, axisY, mid - labelW / 2 - t * scale, axisY + 3, '#666666'));
    parts.push(line(mid + labelW / 2 + t * scale, axisY, mid + labelW / 2 + t * scale, axisY + 3, '#666666'));
    if (!spec.small || t === axis.at(-1)) {
      parts.push(text(mid - labelW / 2 - t * scale, axisY + 12, formatNumber(t), { anchor: 'middle', size }));
      parts.push(text(mid + labelW / 2 + t * scale, axisY + 12, formatNumber(t), { anchor: 'middle', size }));
    }
  }
  parts.push(text(mid - labelW / 2 - half / 2, 9, 'Männer', { anchor: 'middle', size, bold: true }), text(mid + labelW / 2 + half / 2, 9, 'Frauen', { anchor: 'middle', size, bold: true }));
  parts.push(text(mid, axisY + 24, 'Einwohner je Altersjahr', { anchor: 'middle', size }));
  parts.push(lg.svg);
  return { svg: svgDocument(width, height, parts, spec.label), width, height };
}
