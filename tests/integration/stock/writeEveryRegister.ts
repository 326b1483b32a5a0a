/**
 * Writes to every Bestand table through the contract: insert, update, delete, restore.
 * Used by tests/integration/changeLog.test.ts, which needs rows in every tracked table.
 */
import type { HostServices } from '../../../db/api/context';
import type { RegisterId } from '../../../shared/stock/registers';
import { call } from '../../helpers/services';

export async function writeEveryRegister(services: HostServices, windowId = 'w1'): Promise<void> {
  let gemeinden = await call(services, 'district.gemeinden.list', {}, windowId);
  if (gemeinden.length === 0) {
    await call(services, 'district.gemeinden.create', { ags: '03354018', name: 'Lüchow' }, windowId);
    gemeinden = await call(services, 'district.gemeinden.list', {}, windowId);
  }
  const g = gemeinden[0]!.id;
  const actor = await call(services, 'stock.save', { register: 'akteure', id: null, values: { name: 'Sozialstation', kind: 'pflegeanbieter', gemeinde_id: g } }, windowId);
  const type = await call(services, 'stock.save', { register: 'angebotsarten', id: null, values: { label: 'Demenz-Café', capacity_unit: 'klienten' } }, windowId);
  const values: Record<Exclude<RegisterId, 'akteure' | 'angebotsarten'>, Record<string, string | number | boolean | string[] | null>> = {
    angebote: { type_id: type.id, name: 'Café', gemeinde_id: g, capacity: 10, target_groups: ['Demenz'] },
    ansprechpersonen: { actor_id: actor.id, name: 'Erika Beispiel', email: 'erika@example.org' },
    netzwerke: { name: 'Pflegekonferenz', kind: 'gremium', chair_actor_id: actor.id, member_actor_ids: [actor.id] },
    personalstellen: { title: 'Sozialplanung', category: 'altenhilfeplanung', vze: 1, permanent: true },
    kuemmerer: { gemeinde_id: g, name: 'Max Beispiel', engagement: 'ehrenamtlich' },
    foerderprogramme: { name: '§ 45c SGB XI', status: 'beobachten', fields: ['hf09'] },
    mobilitaet: { name: 'Rufbus', kind: 'rufbus', gemeinde_ids: [g] },
    oepnv: { gemeinde_id: g, rating: 'gut' },
    ehrenamt: { name: 'Besuchsdienst', kind: 'initiative' },
    digitalisierung: { actor_id: actor.id, area: 'pflege', description: 'Pflegedokumentation', status: 'offen' },
    planungsgrundlagen: { title: 'Pflegebericht', kind: 'bericht', year: 2019 },
  };
  const saved: [RegisterId, { id: string; values: Record<string, unknown> }][] = [
    ['akteure', actor],
    ['angebotsarten', type],
  ];
  for (const [register, v] of Object.entries(values) as [RegisterId, Record<string, string | number | boolean | string[] | null>][]) {
    saved.push([register, await call(services, 'stock.save', { register, id: null, values: v }, windowId)]);
  }
  for (const [register, record] of saved) {
    const note: Record<string, string | number> = register === 'angebote' ? { capacity: 12 } : register === 'netzwerke' ? { rhythm: 'monatlich' } : {};
    await call(services, 'stock.save', { register, id: record.id, values: { ...(record.values as Record<string, never>), ...note } }, windowId);
  }
  const offer = saved.find(([r]) => r === 'angebote')![1];
  await call(services, 'stock.delete', { register: 'angebote', id: offer.id }, windowId);
  await call(services, 'stock.restore', { register: 'angebote', id: offer.id }, windowId);
  await call(services, 'stock.delete', { register: 'ehrenamt', id: saved.find(([r]) => r === 'ehrenamt')![1].id }, windowId);
}
