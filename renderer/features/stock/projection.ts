/**
 * Lon/lat → SVG coordinates for the district map: equirectangular with the longitude scaled
 * by cos(mean latitude), close enough at district scale and needing no map library (offline).
 */
type Ring = number[][];

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

export function project(allRings: Ring[][], width = 1000): Projection | null {
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const rings of allRings)
    for (const ring of rings)
      for (const [lon, lat] of ring) {
        minLon = Math.min(minLon, lon!);
        maxLon = Math.max(maxLon, lon!);
        minLat = Math.min(minLat, lat!);
        maxLat = Math.max(maxLat, lat!);
      }
  if (!Number.isFinite(minLon) || maxLon === minLon || maxLat === minLat) return null;
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = width / ((maxLon - minLon) * kx);
  const x = (lon: number) => Math.round((lon - minLon) * kx * scale * 10) / 10;
  const y = (lat: number) => Math.round((maxLat - lat) * scale * 10) / 10;
  return {
    width,
    height: Math.round((maxLat - minLat) * scale),
    x,
    y,
    path: (rings) => rings.map((ring) => `M${ring.map(([lon, lat]) => `${x(lon!)},${y(lat!)}`).join('L')}Z`).join(''),
  };
}
