/**
 * District map for the report: Gemeinde boundaries shaded in five classes of one indicator
 * (as the needs map of the app), optionally with offers as coloured points (as the stock map).
 * Uses the app's one projection (shared/geo/projection.ts).
 */
import { formatNumber } from '../../format';
import { project, ringsOf } from '../../geo/projection';
import { esc, legend, svgDocument, text } from './svg';

export const CLASS_COLORS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];

export interface MapSpec {
  gemeinden: Array<{ ags: string; name: string; geometry: unknown; lat: number | null; lon: number | null }>;
  /** Indicator per AGS; Gemeinden without a value are grey. */
  values?: Map<string, number>;
  valueTitle?: string;
  digits?: number;
  points?: Array<{ lat: number; lon: number; color: string }>;
  pointLegend?: Array<{ label: string; color: string }>;
  /** Names printed at the Gemeinde centre (only where the map is large enough). */
  labels?: boolean;
  width?: number;
  label: string;
}

export function districtMap(spec: MapSpec): { svg: string; width: number; height: number } | null {
  const width = spec.width ?? 480;
  const shapes = spec.gemeinden.map((g) => ({ g, rings: ringsOf(g.geometry) })).filter((s) => s.rings.length > 0);
  const projection = project(
    shapes.map((s) => s.rings),
    { width: width - 20, points: (spec.points ?? []).map((p) => ({ lon: p.lon, lat: p.lat })) },
  );
  if (!projection) return null;
  const values = spec.values ?? new Map<string, number>();
  const shown = shapes.map((s) => values.get(s.g.ags)).filter((v): v is number => v !== undefined);
  const min = Math.min(...shown);
  const max = Math.max(...shown);
  const step = shown.length > 0 && max > min ? (max - min) / CLASS_COLORS.length : 1;
  const classOf = (v: number) => Math.min(CLASS_COLORS.length - 1, Math.floor((v - min) / step));
  const parts: string[] = [`<g transform="translate(10 10)">`];
  for (const s of shapes) {
    const v = values.get(s.g.ags);
    const fill = spec.values ? (v === undefined ? '#dddddd' : CLASS_COLORS[classOf(v)]) : '#f4f4f0';
    parts.push(`<path d="${projection.path(s.rings)}" fill="${fill}" fill-rule="evenodd" stroke="#555555" stroke-width="0.6"><title>${esc(s.g.name)}</title></path>`);
  }
  for (const p of spec.points ?? []) parts.push(`<circle cx="${projection.x(p.lon)}" cy="${projection.y(p.lat)}" r="2.6" fill="${p.color}" stroke="#ffffff" stroke-width="0.6"/>`);
  if (spec.labels) {
    for (const g of spec.gemeinden) if (g.lat !== null && g.lon !== null) parts.push(text(projection.x(g.lon), projection.y(g.lat), g.name, { anchor: 'middle', size: 6, color: '#333333' }));
  }
  parts.push('</g>');
  let y = projection.height + 26;
  if (spec.values && shown.length > 0) {
    const d = spec.digits ?? 0;
    const items = CLASS_COLORS.map((c, i) => ({ color: c, label: `${formatNumber(min + i * step, d)} – ${formatNumber(i === CLASS_COLORS.length - 1 ? max : min + (i + 1) * step, d)}` }));
    parts.push(text(10, y, spec.valueTitle ?? '', { size: 8, bold: true }));
    const lg = legend([...items, { color: '#dddddd', label: 'keine Angabe' }], 10, y + 13, width - 20);
    parts.push(lg.svg);
    y += 13 + lg.height;
  }
  if (spec.pointLegend && spec.pointLegend.length > 0) {
    const lg = legend(spec.pointLegend, 10, y + 4, width - 20);
    parts.push(lg.svg);
    y += 4 + lg.height;
  }
  return { svg: svgDocument(width, y, parts, spec.label), width, height: y };
}
