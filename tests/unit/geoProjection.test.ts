import { describe, expect, it } from 'vitest';
import { project, ringsOf } from '../../shared/geo/projection';

const square = { type: 'Polygon', coordinates: [[[11, 53], [11.2, 53], [11.2, 53.1], [11, 53.1], [11, 53]]] };

describe('map projection', () => {
  it('reads the rings of Polygons and MultiPolygons and nothing else', () => {
    expect(ringsOf(square)).toHaveLength(1);
    expect(ringsOf({ type: 'MultiPolygon', coordinates: [square.coordinates, square.coordinates] })).toHaveLength(2);
    expect(ringsOf({ type: 'Point', coordinates: [11, 53] })).toEqual([]);
    expect(ringsOf(null)).toEqual([]);
  });

  it('fits the district into the width, north up, longitudes shortened by cos(latitude)', () => {
    const p = project([ringsOf(square)], { width: 1000 })!;
    expect(p.x(11)).toBe(0);
    expect(p.x(11.2)).toBe(1000);
    expect(p.y(53.1)).toBe(0);
    // 0.1° latitude vs 0.2° × cos(53.05°) longitude
    expect(p.height).toBe(Math.round(1000 * 0.1 / (0.2 * Math.cos((53.05 * Math.PI) / 180))));
    expect(p.path(ringsOf(square))).toMatch(/^M0,\d+(\.\d)?L1000,/);
  });

  it('gives a lone point an area of minSpanDeg around it, and nothing to draw without one', () => {
    expect(project([], { points: [{ lon: 11, lat: 53 }] })).toBeNull();
    const p = project([], { points: [{ lon: 11, lat: 53 }], minSpanDeg: 0.1 })!;
    expect(p.x(11)).toBe(500);
    expect(p.y(53)).toBeCloseTo(p.height / 2, 0);
  });
});
