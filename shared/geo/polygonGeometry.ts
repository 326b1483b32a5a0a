/**
 * Checks that a GeoJSON geometry is a Polygon/MultiPolygon we can store and draw. Imported
 * files come from QGIS exports, web downloads or hand edits, so the structure is not trusted.
 */

/** German message, or null when `geometry` is a well-formed Polygon or MultiPolygon. */
export function polygonGeometryProblem(geometry: unknown): string | null {
  if (geometry === null || geometry === undefined) return 'Die Geometrie fehlt.';
  if (typeof geometry !== 'object') return 'Die Geometrie ist kein GeoJSON-Objekt.';
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    return `Die Geometrie hat den Typ „${String(g.type)}“; erwartet wird eine Fläche (Polygon oder MultiPolygon).`;
  }
  if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) return 'Die Geometrie hat keine Koordinaten.';
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) return 'Die Geometrie enthält eine leere Fläche.';
    for (const ring of polygon) {
      if (!Array.isArray(ring) || ring.length < 4) return 'Die Geometrie enthält einen Umring mit weniger als 4 Punkten.';
      for (const pos of ring) {
        if (!Array.isArray(pos) || pos.length < 2 || !Number.isFinite(pos[0]) || !Number.isFinite(pos[1])) {
          return 'Die Geometrie enthält ungültige Koordinaten (erwartet: Zahlenpaare Länge, Breite).';
        }
      }
    }
  }
  return null;
}

/** True when every position lies in the lon/lat range; projected data (e.g. UTM, in metres) does not. */
export function looksLikeLonLat(geometry: { coordinates: unknown }): boolean {
  const check = (c: unknown): boolean => {
    if (Array.isArray(c) && typeof c[0] === 'number') return Math.abs(c[0]) <= 180 && Math.abs(c[1] as number) <= 90;
    return Array.isArray(c) && c.every(check);
  };
  return check(geometry.coordinates);
}
