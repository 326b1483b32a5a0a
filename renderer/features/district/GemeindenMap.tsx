/**
 * Outline map of the Gemeinden as inline SVG. Equirectangular projection with the
 * longitude scaled by cos(mean latitude), which is close enough at district scale and needs
 * no map library or tiles (the app works offline).
 */
import { useMemo } from 'react';
import { project, ringsOf } from '../../../shared/geo/projection';
import type { Gemeinde } from '../../../shared/contract/schemas';
import type { GemeindeGeometry } from './districtStore';
import { districtTexts } from './texts';

const t = districtTexts.map;
const WIDTH = 1000;
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
    // A single point or a few close ones still get an area of about 10 km around them.
    const projection = project(
      shapes.map((s) => s.rings),
      { width: WIDTH, points: points.map((p) => ({ lon: p.lon!, lat: p.lat! })), minSpanDeg: 0.1 },
    );
    if (!projection) return null;
    const { x, y, height } = projection;
    const result: { height: number; shapes: Shape[]; dots: Dot[] } = {
      height,
      shapes: shapes.map(({ g, rings }) => ({
        id: g.id,
        label: `${g.name} (${g.ags})`,
        d: projection.path(rings),
      })),
      dots: points.map((p) => ({ id: p.id, label: `${p.name} (${p.ags})`, x: x(p.lon!), y: y(p.lat!) })),
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
