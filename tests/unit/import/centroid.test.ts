import { describe, expect, it } from 'vitest';
import { geometryCentroid, ringArea, ringCentroid } from '../../../shared/geo/centroid';

const square = (x: number, y: number, size: number): number[][] => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];

describe('centroid', () => {
  it('computes the signed area of a ring', () => {
    expect(ringArea(square(0, 0, 2))).toBe(4);
    expect(ringArea(square(0, 0, 2).reverse())).toBe(-4);
  });

  it('finds the centre of a square and of an L shape (area-weighted, not vertex mean)', () => {
    expect(ringCentroid(square(10, 52, 1))).toEqual({ lon: 10.5, lat: 52.5 });
    // L = 2×1 bar plus 1×1 block on top of its left half: centroid (5/6, 2/3)·… shifted.
    const l = [[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2], [0, 0]];
    const c = ringCentroid(l)!;
    expect(c.lon).toBeCloseTo(5 / 6, 12);
    expect(c.lat).toBeCloseTo(5 / 6, 12);
  });

  it('falls back to the vertex mean for degenerate rings', () => {
    expect(ringCentroid([[0, 0], [2, 0], [4, 0], [0, 0]])).toEqual({ lon: 2, lat: 0 });
    expect(ringCentroid([])).toBeNull();
  });

  it('uses the largest polygon of a MultiPolygon and rounds to 6 decimals', () => {
    const multi = { type: 'MultiPolygon', coordinates: [[square(11, 53, 0.01)], [square(10.9, 52.9, 0.1)]] };
    expect(geometryCentroid(multi)).toEqual({ lon: 10.95, lat: 52.95 });
    const third = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 1], [0, 0]]] };
    expect(geometryCentroid(third)).toEqual({ lon: 0.333333, lat: 0.333333 });
  });

  it('returns null for other geometries', () => {
    expect(geometryCentroid({ type: 'Point', coordinates: [11, 53] })).toBeNull();
    expect(geometryCentroid(null)).toBeNull();
  });
});
