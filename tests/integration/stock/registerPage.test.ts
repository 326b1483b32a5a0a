/**
 * `stock.page` (issue #11): search, filters, sorting, paging, counts and sums in SQL, checked
 * against the whole register (`stock.list`) filtered and summed here in plain code. Sample plan
 * of Lüchow-Dannenberg (57 offers).
 */
import { describe, expect, it } from 'vitest';
import type { RegisterRecord } from '../../../shared/contract/stockSchemas';
import { call, useTestServices } from '../../helpers/services';

const t = useTestServices();
const W = 'page';
const fold = (s: string) => s.toLocaleLowerCase('de').replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
const ids = (records: RegisterRecord[]) => records.map((r) => r.id);

describe('a register page', () => {
  it('pages through every offer once, with counts and sums as the whole register has them', async () => {
    await call(t.services, 'plan.openSample', {}, W);
    const all = await call(t.services, 'stock.list', { register: 'angebote', limit: 1000 }, W);
    expect(all.length).toBe(57);
    const seen: string[] = [];
    for (let offset = 0; offset < all.length; offset += 20) {
      const page = await call(t.services, 'stock.page', { register: 'angebote', limit: 20, offset }, W);
      expect(page).toMatchObject({ total: 57, matching: 57, examples: all.filter((r) => r.isExample).length });
      expect(page.records.length).toBe(Math.min(20, 57 - offset));
      seen.push(...ids(page.records));
    }
    expect(new Set(seen).size).toBe(57);
    expect(new Set(seen)).toEqual(new Set(ids(all)));
    const first = await call(t.services, 'stock.page', { register: 'angebote', limit: 5, offset: 0 }, W);
    expect(first.sums.capacity).toBeCloseTo(all.reduce((a, r) => a + ((r.values.capacity as number | null) ?? 0), 0), 6);
  });

  it('filters by text (also the Gemeinde name), Gemeinde and kind as the records say', async () => {
    const all = await call(t.services, 'stock.list', { register: 'angebote', limit: 1000 }, W);
    const byText = await call(t.services, 'stock.page', { register: 'angebote', text: 'AMTSGARTEN', limit: 100, offset: 0 }, W);
    const expected = all.filter((r) => String(r.values.name).toLowerCase().includes('amtsgarten'));
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(ids(byText.records))).toEqual(new Set(ids(expected)));
    expect(byText).toMatchObject({ total: 57, matching: expected.length });

    const gemeinden = await call(t.services, 'district.gemeinden.list', {}, W);
    const gemeindeId = all.find((r) => r.values.gemeinde_id)!.values.gemeinde_id as string;
    const inGemeinde = all.filter((r) => r.values.gemeinde_id === gemeindeId);
    const byGemeinde = await call(t.services, 'stock.page', { register: 'angebote', gemeindeId, limit: 100, offset: 0 }, W);
    expect(new Set(ids(byGemeinde.records))).toEqual(new Set(ids(inGemeinde)));
    const name = gemeinden.find((g) => g.id === gemeindeId)!.name;
    const byName = await call(t.services, 'stock.page', { register: 'angebote', text: name, limit: 100, offset: 0 }, W);
    for (const r of inGemeinde) expect(ids(byName.records)).toContain(r.id);

    const tagespflege = all.filter((r) => r.values.type_id === 'tagespflege');
    const byKind = await call(t.services, 'stock.page', { register: 'angebote', kind: 'tagespflege', limit: 100, offset: 0 }, W);
    expect(new Set(ids(byKind.records))).toEqual(new Set(ids(tagespflege)));
    expect(byKind.sums.capacity).toBeCloseTo(tagespflege.reduce((a, r) => a + ((r.values.capacity as number | null) ?? 0), 0), 6);
    // Search by the kind's German name, not its code.
    const byKindName = await call(t.services, 'stock.page', { register: 'angebote', text: 'Tagespflege', limit: 100, offset: 0 }, W);
    for (const r of tagespflege) expect(ids(byKindName.records)).toContain(r.id);
  });

  it('sorts in SQL: numbers as numbers with empty cells last, names in German order', async () => {
    const byCapacity = await call(t.services, 'stock.page', { register: 'angebote', sort: { key: 'capacity', direction: 'descending' }, limit: 100, offset: 0 }, W);
    const caps = byCapacity.records.map((r) => r.values.capacity as number | null);
    const filled = caps.filter((c): c is number => c !== null);
    expect(filled).toEqual([...filled].sort((a, b) => b - a));
    expect(caps.slice(filled.length).every((c) => c === null)).toBe(true);
    const byName = await call(t.services, 'stock.page', { register: 'angebote', sort: { key: 'name', direction: 'ascending' }, limit: 100, offset: 0 }, W);
    const names = byName.records.map((r) => fold(String(r.values.name)));
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('refuses a page larger than 500 in German', async () => {
    await expect(call(t.services, 'stock.page', { register: 'angebote', limit: 10_000, offset: 0 }, W)).rejects.toThrow(/Höchstens 500 Einträge je Seite/);
  });
});
