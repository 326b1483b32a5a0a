/**
 * The one place this feature reads the stock registers of step 1 (tables `offer`, `staff_post`
 * of another feature). Every migration is always applied, so the tables exist.
 */
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

export async function readOffers(session: PlanSession): Promise<StockOffer[]> {
  const rows = await session.db
    .selectFrom('offer')
    .select(['id', 'type_id', 'name', 'gemeinde_id', 'lat', 'lon', 'capacity', 'staff_fachkraft_vze', 'staff_hilfskraft_vze'])
    .where('deleted_at', 'is', null)
    .execute();
  return rows.map((o) => ({
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
  const rows = await session.db.selectFrom('staff_post').select(['id', 'title', 'unit', 'category', 'gemeinde_id', 'vze', 'share_senioren_pflege']).where('deleted_at', 'is', null).execute();
  return rows.map((p) => ({ id: p.id, title: p.title, unit: p.unit ?? '', category: p.category, gemeindeId: p.gemeinde_id, vze: p.vze ?? 0, shareSeniorenPflege: p.share_senioren_pflege }));
}
