/**
 * Lon/lat → SVG coordinates for district maps: equirectangular with the longitude scaled by
 * cos(mean latitude). Close enough at district scale, and needs no map library or tiles, so
 * maps work offline. Used by the district, stock and needs maps.
 */
export type Ring = number[][];

/** The outer and inner rings of a Polygon/MultiPolygon; anything else yields none. */
export function ringsOf(geometry: unknown): Ring[] {
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

export interface Projection {
  width: number;
  height: number;
  x: (lon: number) => number;
  y: (lat: number) => number;
  path: (rings: Ring[]) => string;
}

export interface ProjectOptions {
  width?: number;
  /** Points (e.g. Gemeinden with coordinates but no boundary) that must fit on the map too. */
  points?: Array<{ lon: number; lat: number }>;
  /**
   * Smallest extent in degrees: a single point or a few close ones still get an area around
   * them (0.1° ≈ 10 km). Without it, a map without extent yields null.
   */
  minSpanDeg?: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Fits all rings (and points) into `width`; null when there is nothing to draw. */
export function project(allRings: Ring[][], options: ProjectOptions = {}): Projection | null {
  const width = options.width ?? 1000;
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
  for (const rings of allRings) for (const ring of rings) for (const [lon, lat] of ring) extend(lon!, lat!);
  for (const p of options.points ?? []) extend(p.lon, p.lat);
  if (!Number.isFinite(minLon)) return null;

  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const minSpan = options.minSpanDeg ?? 0;
  if (minSpan > 0 && (maxLon - minLon) * kx < minSpan) {
    const mid = (minLon + maxLon) / 2;
    minLon = mid - minSpan / kx / 2;
    maxLon = mid + minSpan / kx / 2;
  }
  if (minSpan > 0 && maxLat - minLat < minSpan) {
    const mid = (minLat + maxLat) / 2;
    minLat = mid - minSpan / 2;
    maxLat = mid + minSpan / 2;
  }
  if (maxLon === minLon || maxLat === minLat) return null;

  const scale = width / ((maxLon - minLon) * kx);
  const x = (lon: number) => round1((lon - minLon) * kx * scale);
  const y = (lat: number) => round1((maxLat - lat) * scale);
  return {
    width,
    height: Math.round((maxLat - minLat) * scale),
    x,
    y,
    path: (rings) => rings.map((ring) => `M${ring.map(([lon, lat]) => `${x(lon!)},${y(lat!)}`).join('L')}Z`).join(''),
  };
}
