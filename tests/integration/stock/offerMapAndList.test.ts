/**
 * `stock.offerMap` and `stock.list` (issue #11): per-Gemeinde aggregates and pick lists in SQL,
 * checked against a recount in plain code over every record. The sample plan of
 * Lüchow-Dannenberg (57 offers) plus 300 generated offers: several per Gemeinde and type, some
 * without capacity, Gemeinde or coordinates, some at the same place, some deleted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RegisterRecord } from '../../../shared/contract/stockSchemas';
import { LIST_MAX } from '../../../shared/contract/stockSchemas';
import { BUILTIN_OFFER_TYPES } from '../../../shared/stock/offerTypes';
import { call, useTestServices } from '../../helpers/services';

const t = useTestServices();
const W = 'lists';
const GENERATED = 300;
let all: RegisterRecord[] = [];

const key = (gemeindeId: unknown, typeId: unknown) => `${String(gemeindeId ?? '-')}|${String(typeId)}`;

beforeAll(async () => {
  await call(t.services, 'plan.openSample', {}, W);
  const gemeinden = await call(t.services, 'district.gemeinden.list', {}, W);
  const saved: string[] = [];
  for (let i = 0; i < GENERATED; i++) {
    const type = BUILTIN_OFFER_TYPES[i % 5]!;
    const located = i % 4 !== 0;
    const record = await call(
      t.services,
      'stock.save',
      {
        register: 'angebote',
        id: null,
        values: {
          type_id: type.id,
          name: `Prüfangebot ${i}${i % 7 === 0 ? ' Äskulap' : ''}`,
          gemeinde_id: i % 11 === 0 ? null : gemeinden[i % gemeinden.length]!.id,
          capacity: i % 6 === 0 ? null : (i % 40) + 0.5,
          // Offers i and i + 5 (the same type) share a place.
          lat: located ? 52.9 + Math.floor(i / 10) * 0.001 + (i % 5) * 0.0001 : null,
          lon: located ? 11.1 : null,
        },
      },
      W,
    );
    saved.push(record.id);
  }
  for (const id of saved.filter((_, i) => i % 13 === 0)) await call(t.services, 'stock.delete', { register: 'angebote', id }, W);
  all = await call(t.services, 'stock.list', { register: 'angebote', limit: LIST_MAX }, W);
});

describe('the offer map', () => {
  it('has count, capacity and located offers per Gemeinde and type as a recount of every offer', async () => {
    expect(all.length).toBe(57 + GENERATED - Math.ceil(GENERATED / 13));
    const expected = new Map<string, { count: number; capacity: number; located: number }>();
    for (const o of all) {
      const k = key(o.values.gemeinde_id, o.values.type_id);
      const g = expected.get(k) ?? { count: 0, capacity: 0, located: 0 };
      g.count += 1;
      g.capacity += typeof o.values.capacity === 'number' ? o.values.capacity : 0;
      g.located += typeof o.values.lat === 'number' && typeof o.values.lon === 'number' ? 1 : 0;
      expected.set(k, g);
    }
    const map = await call(t.services, 'stock.offerMap', {}, W);
    expect(map.groups.length).toBe(expected.size);
    for (const g of map.groups) {
      const e = expected.get(key(g.gemeindeId, g.typeId));
      expect(e, key(g.gemeindeId, g.typeId)).toBeDefined();
      expect(g.count).toBe(e!.count);
      expect(g.capacity).toBeCloseTo(e!.capacity, 6);
      expect(g.located).toBe(e!.located);
    }
    expect(map.groups.some((g) => g.gemeindeId === null)).toBe(true);
  });

  it('has one point per type and place, with every located offer counted once', async () => {
    const map = await call(t.services, 'stock.offerMap', {}, W);
    const located = all.filter((o) => typeof o.values.lat === 'number');
    const places = new Map<string, number>();
    for (const o of located) {
      const k = `${String(o.values.type_id)}|${(o.values.lat as number).toFixed(4)}|${(o.values.lon as number).toFixed(4)}`;
      places.set(k, (places.get(k) ?? 0) + 1);
    }
    expect(map.pointsOmitted).toBe(0);
    expect(map.points.length).toBe(places.size);
    expect(map.points.reduce((s, p) => s + p.count, 0)).toBe(located.length);
    for (const p of map.points) expect(places.get(`${p.typeId}|${p.lat.toFixed(4)}|${p.lon.toFixed(4)}`), p.name).toBe(p.count);
    expect(map.points.some((p) => p.count > 1)).toBe(true);
    const lone = map.points.find((p) => p.count === 1)!;
    expect(located.some((o) => o.values.name === lone.name && o.values.type_id === lone.typeId)).toBe(true);
  });
});

describe('stock.list', () => {
  it('cuts at the limit, in the order of entry, and refuses more than the maximum in German', async () => {
    const first = await call(t.services, 'stock.list', { register: 'angebote', limit: 25 }, W);
    expect(first.map((r) => r.id)).toEqual(all.slice(0, 25).map((r) => r.id));
    await expect(call(t.services, 'stock.list', { register: 'angebote', limit: LIST_MAX + 1 }, W)).rejects.toThrow(`Höchstens ${LIST_MAX} Einträge je Abruf.`);
    // @ts-expect-error: the limit is required; a host must refuse a call without one.
    await expect(call(t.services, 'stock.list', { register: 'angebote' }, W)).rejects.toThrow();
  });

  it('searches as a pick list does: by text (case and umlauts as typed), by name order, limited', async () => {
    const expected = all.filter((r) => String(r.values.name).toLocaleLowerCase('de').includes('äskulap'));
    expect(expected.length).toBeGreaterThan(5);
    const found = await call(t.services, 'stock.list', { register: 'angebote', text: 'ÄSKULAP', order: 'title', limit: 5 }, W);
    expect(found).toHaveLength(5);
    const sorted = expected.map((r) => String(r.values.name)).sort((a, b) => a.localeCompare(b, 'de'));
    expect(found.map((r) => String(r.values.name))).toEqual(sorted.slice(0, 5));
    const byGemeinde = await call(t.services, 'stock.list', { register: 'angebote', gemeindeId: all[0]!.values.gemeinde_id as string, limit: LIST_MAX }, W);
    expect(byGemeinde.map((r) => r.id)).toEqual(all.filter((r) => r.values.gemeinde_id === all[0]!.values.gemeinde_id).map((r) => r.id));
  });

  it('returns exactly the records asked for by id (the chosen items of a pick list), live ones only', async () => {
    const wanted = [all[3]!.id, all[70]!.id, all[200]!.id];
    const got = await call(t.services, 'stock.list', { register: 'angebote', ids: [...wanted, '00000000-0000-4000-8000-000000000000'], limit: 10 }, W);
    expect(new Set(got.map((r) => r.id))).toEqual(new Set(wanted));
    await call(t.services, 'stock.delete', { register: 'angebote', id: all[70]!.id }, W);
    const after = await call(t.services, 'stock.list', { register: 'angebote', ids: wanted, limit: 10 }, W);
    expect(new Set(after.map((r) => r.id))).toEqual(new Set([all[3]!.id, all[200]!.id]));
  });
});
