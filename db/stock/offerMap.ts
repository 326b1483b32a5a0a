/**
 * The offers as the map and the charts need them (`stock.offerMap`): count, capacity and
 * located offers per Gemeinde and offer type, and the places with coordinates, each computed
 * with GROUP BY. The page used to load every offer (on 50,000 offers some 26 MB) to add them
 * up in the window; a Kreis has a few hundred groups.
 */
import { sql } from 'kysely';
import { MAP_POINTS_MAX, type OfferMap } from '../../shared/contract/stockSchemas';
import type { PlanSession } from '../session';

interface GroupRow {
  gemeinde_id: string | null;
  type_id: string;
  n: number;
  capacity: number;
  located: number;
}

interface PointRow {
  type_id: string;
  lat: number;
  lon: number;
  n: number;
  name: string | null;
  places: number;
}

export async function offerMap(session: PlanSession): Promise<OfferMap> {
  const groups = await sql<GroupRow>`
    SELECT gemeinde_id, coalesce(type_id, '') AS type_id, count(*) AS n, total(capacity) AS capacity,
           count(CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN 1 END) AS located
    FROM offer WHERE deleted_at IS NULL
    GROUP BY gemeinde_id, coalesce(type_id, '')
    ORDER BY gemeinde_id, type_id`.execute(session.db);
  // Offers of one type at one address share a point (rounded to 4 decimals, about 10 m); the
  // largest places first, so a cut at MAP_POINTS_MAX drops the lone points, and says how many.
  const points = await sql<PointRow>`
    SELECT coalesce(type_id, '') AS type_id, round(lat, 4) AS lat, round(lon, 4) AS lon, count(*) AS n, min(name) AS name, count(*) OVER () AS places
    FROM offer WHERE deleted_at IS NULL AND lat IS NOT NULL AND lon IS NOT NULL
    GROUP BY coalesce(type_id, ''), round(lat, 4), round(lon, 4)
    ORDER BY n DESC, name, type_id, lat, lon
    LIMIT ${MAP_POINTS_MAX}`.execute(session.db);
  const places = points.rows[0]?.places ?? 0;
  return {
    groups: groups.rows.map((g) => ({ gemeindeId: g.gemeinde_id, typeId: g.type_id, count: Number(g.n), capacity: Number(g.capacity), located: Number(g.located) })),
    points: points.rows.map((p) => ({ typeId: p.type_id, lat: p.lat, lon: p.lon, count: Number(p.n), name: p.name ?? '' })),
    pointsOmitted: Math.max(0, Number(places) - points.rows.length),
  };
}
