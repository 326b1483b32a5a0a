/**
 * Outline map of the Gemeinden as inline SVG. Equirectangular projection with the
 * longitude scaled by cos(mean latitude), which is close enough at district scale and needs
 * no map library or tiles (the app works offline).
 */
import { useMemo } from 'react';
import type { Gemeinde } from '../../../shared/contract/schemas';
import type { GemeindeGeometry } from './districtStore';
import { districtTexts } from './texts';

const t = districtTexts.map;
const WIDTH = 1000;
type Ring = number[][];

/** The outer and inner rings of a Polygon/MultiPolygon; anything else yields none. */
function ringsOf(geometry: unknown): Ring[] {
  if (typeof geometry !== 'object' || geometry === null) return [];
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (!Array.isArray(g.coordinates)) return [];
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  const rings: Ring[] = [];
  for (const polygon of polygons as unknown[]) {
    if (!Array.isArray(polygon)) continue;
    for (const ring of polygon as unknown[]) {
      if (Array.isArray(ring)) rings.push((ring as unknown[]).filter((p): p is number[] => Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number'));
    }
  }
  return rings;
}

interface Shape {
  id: string;
  label: string;
  d: string;
}
interface Dot {
  id: string;
  label: string;
  x: number;
  y: number;
}

export function GemeindenMap({ geometries, gemeinden }: { geometries: GemeindeGeometry[]; gemeinden: Gemeinde[] }) {
  const map = useMemo(() => {
    const shapes = geometries.map((g) => ({ g, rings: ringsOf(g.geometry) })).filter((s) => s.rings.length > 0);
    const withShape = new Set(shapes.map((s) => s.g.id));
    const points = gemeinden.filter((g) => !withShape.has(g.id) && g.lat !== null && g.lon !== null);
    let minLon = Infinity;
    let maxLon = -Infinity;
    let minLat = Infinity;
    let maxLat = -Infinity;
    const extend = (lon: number, lat: number) => {
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    };
    for (const s of shapes) for (const ring of s.rings) for (const [lon, lat] of ring) extend(lon!, lat!);
    for (const p of points) extend(p.lon!, p.lat!);
    if (!Number.isFinite(minLon)) return null;

    const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
    // A single point or a few close ones still get an area of about 10 km around them.
    const MIN_SPAN = 0.1;
    if ((maxLon - minLon) * kx < MIN_SPAN) {
      const mid = (minLon + maxLon) / 2;
      minLon = mid - MIN_SPAN / kx / 2;
      maxLon = mid + MIN_SPAN / kx / 2;
    }
    if (maxLat - minLat < MIN_SPAN) {
      const mid = (minLat + maxLat) / 2;
      minLat = mid - MIN_SPAN / 2;
      maxLat = mid + MIN_SPAN / 2;
    }
    const spanX = (maxLon - minLon) * kx;
    const spanY = maxLat - minLat;
    const scale = WIDTH / spanX;
    const height = Math.round(spanY * scale);
    const x = (lon: number) => ((lon - minLon) * kx * scale).toFixed(1);
    const y = (lat: number) => ((maxLat - lat) * scale).toFixed(1);
    const result: { height: number; shapes: Shape[]; dots: Dot[] } = {
      height,
      shapes: shapes.map(({ g, rings }) => ({
        id: g.id,
        label: `${g.name} (${g.ags})`,
        d: rings.map((ring) => `M${ring.map(([lon, lat]) => `${x(lon!)},${y(lat!)}`).join('L')}Z`).join(''),
      })),
      dots: points.map((p) => ({ id: p.id, label: `${p.name} (${p.ags})`, x: Number(x(p.lon!)), y: Number(y(p.lat!)) })),
    };
    return result;
  }, [geometries, gemeinden]);

  return (
    <section className="card" aria-labelledby="map-heading">
      <h2 id="map-heading">{t.heading}</h2>
      {map ? (
        <>
          <svg className="gemeinden-map" viewBox={`-10 -10 ${WIDTH + 20} ${map.height + 20}`} role="img" aria-label={t.label} preserveAspectRatio="xMidYMid meet">
            {map.shapes.map((s) => (
              <path key={s.id} d={s.d} className="map-shape" fillRule="evenodd">
                <title>{s.label}</title>
              </path>
            ))}
            {map.dots.map((p) => (
              <circle key={p.id} cx={p.x} cy={p.y} r={6} className="map-dot">
                <title>{p.label}</title>
              </circle>
            ))}
          </svg>
          <p className="muted">{map.dots.length > 0 ? t.noteWithDots(map.shapes.length, gemeinden.length) : t.note(map.shapes.length, gemeinden.length)}</p>
        </>
      ) : (
        <p className="empty">{t.empty}</p>
      )}
    </section>
  );
}
