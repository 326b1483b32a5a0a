/**
 * Label/reference points for Gemeinde polygons. Planar formulas on lon/lat are accurate enough
 * at Gemeinde scale (a few km) for placing a marker or measuring rough distances.
 */

export type Position = number[];
export interface LonLat {
  lon: number;
  lat: number;
}

/** Signed planar area (shoelace); positive for counter-clockwise rings. */
export function ringArea(ring: Position[]): number {
  if (ring.length < 3) return 0;
  const [ox, oy] = ring[0] as [number, number];
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    sum += (a[0]! - ox) * (b[1]! - oy) - (b[0]! - ox) * (a[1]! - oy);
  }
  return sum / 2;
}

/**
 * Area-weighted centroid of a ring. Coordinates are shifted to the first vertex before summing
 * so that the products stay small (no cancellation with 15-digit lon/lat values). Degenerate
 * rings (no area) fall back to the mean of their vertices.
 */
export function ringCentroid(ring: Position[]): LonLat | null {
  const pts = isClosed(ring) ? ring.slice(0, -1) : ring;
  if (pts.length === 0) return null;
  const [ox, oy] = pts[0] as [number, number];
  let area2 = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < pts.length; i++) {
    const ax = pts[i]![0]! - ox;
    const ay = pts[i]![1]! - oy;
    const bx = pts[(i + 1) % pts.length]![0]! - ox;
    const by = pts[(i + 1) % pts.length]![1]! - oy;
    const cross = ax * by - bx * ay;
    area2 += cross;
    cx += (ax + bx) * cross;
    cy += (ay + by) * cross;
  }
  if (Math.abs(area2) < 1e-15) {
    return { lon: mean(pts.map((p) => p[0]!)), lat: mean(pts.map((p) => p[1]!)) };
  }
  return { lon: ox + cx / (3 * area2), lat: oy + cy / (3 * area2) };
}

/**
 * Centroid of the outer ring of the largest polygon (by outer-ring area), rounded to 6 decimals
 * (~0.1 m). The largest part is used, not all parts, so that small exclaves do not pull the
 * point out of the Gemeinde's main area. Null for anything but a usable Polygon/MultiPolygon.
 */
export function geometryCentroid(geometry: unknown): LonLat | null {
  const polygons = polygonsOf(geometry);
  if (!polygons) return null;
  let best: Position[] | null = null;
  let bestArea = -1;
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer) continue;
    const area = Math.abs(ringArea(outer));
    if (area > bestArea) {
      best = outer;
      bestArea = area;
    }
  }
  const c = best ? ringCentroid(best) : null;
  return c ? { lon: round6(c.lon), lat: round6(c.lat) } : null;
}

function polygonsOf(geometry: unknown): Position[][][] | null {
  if (typeof geometry !== 'object' || geometry === null) return null;
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (!Array.isArray(g.coordinates)) return null;
  if (g.type === 'Polygon') return [g.coordinates as Position[][]];
  if (g.type === 'MultiPolygon') return g.coordinates as Position[][][];
  return null;
}

const isClosed = (ring: Position[]): boolean => {
  const a = ring[0];
  const b = ring[ring.length - 1];
  return ring.length > 1 && a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
};
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
