import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { REGISTERS } from '../../../shared/stock/registers';
import { fixture } from '../../helpers/files';
import { call, useTestServices } from '../../helpers/services';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const { services } = useTestServices();

const W = 'sample';

/** The Kreis row of the official table, parsed here independently of the app's parser. */
function officialFigures(year: number) {
  const line = fs
    .readFileSync(fixture('regionalstatistik/LK03354_22411-01-01-4_2003-2015.csv'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`31.12.${year};03354;`));
  if (!line) throw new Error('row missing');
  const [dienste, personalDienste, heime, plaetze, dauer, personalHeime] = line
    .split(';')
    .slice(3)
    .map(Number) as [number, number, number, number, number, number];
  return { dienste, personalDienste, heime, plaetze, dauer, personalHeime };
}

beforeAll(async () => {
  await call(services, 'plan.openSample', {}, W);
});
describe('the sample stock of Lüchow-Dannenberg', () => {
  it('adds up to the Pflegestatistik 2015 of the Kreis', async () => {
    const official = officialFigures(2015);
    expect(official).toEqual({ dienste: 11, personalDienste: 248, heime: 18, plaetze: 966, dauer: 882, personalHeime: 729 });
    const offers = (await call(services, 'stock.list', { register: 'angebote', limit: 1000 }, W)).map((o) => o.values);
    const sum = (list: typeof offers, key: string) => list.reduce((s, o) => s + (typeof o[key] === 'number' ? (o[key] as number) : 0), 0);
    const stationary = offers.filter((o) => ['vollstationaer', 'tagespflege', 'nachtpflege', 'kurzzeitpflege_solitaer', 'kurzzeitpflege_eingestreut'].includes(String(o.type_id)));
    // A Heim is one address: eingestreute Kurzzeitpflege sits inside a Heim with Dauerpflege.
    const heime = new Set(stationary.map((o) => `${String(o.name)}|${String(o.street)}`));
    expect(heime.size).toBe(official.heime);
    expect(sum(stationary, 'capacity')).toBe(official.plaetze);
    expect(sum(offers.filter((o) => o.type_id === 'vollstationaer'), 'capacity')).toBe(official.dauer);
    expect(sum(stationary, 'staff_headcount')).toBe(official.personalHeime);
    const dienste = offers.filter((o) => o.type_id === 'ambulanter_pflegedienst');
    expect(dienste).toHaveLength(official.dienste);
    expect(sum(dienste, 'staff_headcount')).toBe(official.personalDienste);
  });

  it('fills every register, marks invented rows as example data, and leaves 12 of 27 Gemeinden without Kümmerer', async () => {
    for (const def of REGISTERS.filter((r) => r.id !== 'angebotsarten')) {
      const records = await call(services, 'stock.list', { register: def.id, limit: 1000 }, W);
      expect(records.length, def.id).toBeGreaterThan(0);
      expect(records.every((r) => r.isExample), def.id).toBe(true);
    }
    const hf02 = await call(services, 'stock.summary', { fieldId: 'hf02' }, W);
    expect(hf02[0]!.lines).toContain('12 von 27 Gemeinden ohne Kümmerer.');
    const offers = await call(services, 'stock.list', { register: 'angebote', limit: 1000 }, W);
    expect(offers.every((o) => typeof o.values.lat === 'number' && o.values.gemeinde_id)).toBe(true);
  });

  it('knows the inhabitants 65+ of every Gemeinde once population data exists', async () => {
    const population = await call(services, 'stock.population65', {}, W);
    const gemeinden = await call(services, 'district.gemeinden.list', {}, W);
    const gartow = gemeinden.find((g) => g.ags === '03354005')!;
    expect(population.year).toBe(2015);
    expect(Object.keys(population.byGemeinde).length).toBeGreaterThanOrEqual(27);
    // 12411-02-03-5, Gartow 2015: 287 aged 65–75 and 273 aged 75 and over.
    expect(population.byGemeinde[gartow.id]).toBe(560);
  });
});
