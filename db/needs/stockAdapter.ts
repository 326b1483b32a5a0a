/**
 * The one place this feature reads the stock registers of step 1 (tables `offer`, `staff_post`
 * of another feature). Each table is checked in sqlite_master first: when a file has no such
 * table, the answer is empty and the needs analysis still works (stock counts as 0).
 */
import { sql } from 'kysely';
import type { PlanSession } from '../session';

export interface StockOffer {
  id: string;
  typeId: string;
  name: string;
  gemeindeId: string | null;
  lat: number | null;
  lon: number | null;
  capacity: number | null;
  staffFachkraftVze: number | null;
  staffHilfskraftVze: number | null;
}

export interface StockStaffPost {
  id: string;
  title: string;
  unit: string;
  category: string;
  gemeindeId: string | null;
  vze: number;
  shareSeniorenPflege: number | null;
}

async function tableExists(session: PlanSession, name: string): Promise<boolean> {
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ${name}`.execute(session.db);
  return (r.rows[0]?.n ?? 0) > 0;
}

export async function readOffers(session: PlanSession): Promise<StockOffer[]> {
  if (!(await tableExists(session, 'offer'))) return [];
  const r = await sql<{
    id: string;
    type_id: string;
    name: string;
    gemeinde_id: string | null;
    lat: number | null;
    lon: number | null;
    capacity: number | null;
    staff_fachkraft_vze: number | null;
    staff_hilfskraft_vze: number | null;
  }>`SELECT id, type_id, name, gemeinde_id, lat, lon, capacity, staff_fachkraft_vze, staff_hilfskraft_vze FROM offer WHERE deleted_at IS NULL`.execute(session.db);
  return r.rows.map((o) => ({
    id: o.id,
    typeId: o.type_id,
    name: o.name,
    gemeindeId: o.gemeinde_id,
    lat: o.lat,
    lon: o.lon,
    capacity: o.capacity,
    staffFachkraftVze: o.staff_fachkraft_vze,
    staffHilfskraftVze: o.staff_hilfskraft_vze,
  }));
}

export async function readStaffPosts(session: PlanSession): Promise<StockStaffPost[]> {
  if (!(await tableExists(session, 'staff_post'))) return [];
  const r = await sql<{ id: string; title: string; unit: string | null; category: string; gemeinde_id: string | null; vze: number | null; share_senioren_pflege: number | null }>`
    SELECT id, title, unit, category, gemeinde_id, vze, share_senioren_pflege FROM staff_post WHERE deleted_at IS NULL`.execute(session.db);
  return r.rows.map((p) => ({ id: p.id, title: p.title, unit: p.unit ?? '', category: p.category, gemeindeId: p.gemeinde_id, vze: p.vze ?? 0, shareSeniorenPflege: p.share_senioren_pflege }));
}
