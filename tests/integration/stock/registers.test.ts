import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { stockImportResultSchema, type StockImportInput } from '../../../shared/contract/stockSchemas';
import { REGISTERS } from '../../../shared/stock/registers';
import { fixture, sha256 } from '../../helpers/files';
import { call, useTestServices } from '../../helpers/services';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const { dir, services } = useTestServices();

const W = 'stock';
const meta = { title: 'Plan', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const b64 = (file: string) => fs.readFileSync(file).toString('base64');
let gemeindeByAgs: Map<string, string>;

beforeAll(async () => {
  await call(services, 'plan.create', { path: path.join(dir, 'stock.sqlite'), meta }, W);
  const geo = { format: 'geojson' as const, fileName: 'g.geojson', contentBase64: b64(fixture('geo/LK03354_gemeinden_vg250_simplify200.geojson')), kreisKey: null };
  await call(services, 'district.import.commit', geo, W);
  gemeindeByAgs = new Map((await call(services, 'district.gemeinden.list', {}, W)).map((g) => [g.ags, g.id]));
});
/** The import commit runs as a job: start it, wait, and return its result or throw its German message. */
async function commit(input: StockImportInput) {
  const { jobId } = await call(services, 'stock.import.commit', input, W);
  const status = await services.jobs.wait(jobId, W);
  if (status.state !== 'done') throw new Error(status.error ?? status.state);
  return stockImportResultSchema.parse(status.result);
}

const log = (rowId: string) =>
  services.sessions.require(W).sqlite.prepare('SELECT tbl, col, op, new_value FROM change_log WHERE row_id = ? ORDER BY seq').all(rowId) as {
    tbl: string;
    col: string;
    op: string;
    new_value: string;
  }[];

describe('register CRUD through the contract', () => {
  it('creates, updates, deletes and restores an offer, each step in the change log', async () => {
    const lu = gemeindeByAgs.get('03354018')!;
    const created = await call(services, 'stock.save', {
      register: 'angebote',
      id: null,
      values: { type_id: 'tagespflege', name: 'Tagespflege Am Markt', gemeinde_id: lu, capacity: '14', occupancy: 12, target_groups: 'Demenz, jüngere Pflegebedürftige' },
    }, W);
    expect(created.values).toMatchObject({ name: 'Tagespflege Am Markt', capacity: 14, capacity_unit: 'plaetze', target_groups: ['Demenz', 'jüngere Pflegebedürftige'] });
    expect(created.isExample).toBe(false);
    const inserted = log(created.id);
    expect(inserted.every((e) => e.tbl === 'offer' && e.op === 'insert')).toBe(true);
    expect(inserted.find((e) => e.col === 'capacity')?.new_value).toBe('14');

    const updated = await call(services, 'stock.save', { register: 'angebote', id: created.id, values: { ...created.values, capacity: '16,5' } }, W);
    expect(updated.values.capacity).toBe(16.5);
    expect(log(created.id).filter((e) => e.op === 'update')).toEqual([{ tbl: 'offer', col: 'capacity', op: 'update', new_value: '16.5' }]);

    await call(services, 'stock.delete', { register: 'angebote', id: created.id }, W);
    expect(await call(services, 'stock.list', { register: 'angebote' }, W)).toHaveLength(0);
    expect(log(created.id).at(-1)).toMatchObject({ col: 'deleted_at', op: 'delete' });
    await call(services, 'stock.restore', { register: 'angebote', id: created.id }, W);
    expect(await call(services, 'stock.list', { register: 'angebote', gemeindeId: lu }, W)).toHaveLength(1);
    expect(log(created.id).at(-1)).toMatchObject({ col: 'deleted_at', op: 'restore' });
  });

  it('refuses invalid values with German messages naming the field, and writes nothing', async () => {
    const before = log('x').length + (services.sessions.require(W).sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
    await expect(call(services, 'stock.save', { register: 'angebote', id: null, values: { name: '' } }, W)).rejects.toThrow(/„Angebotsart“ ist ein Pflichtfeld.*„Name“ ist ein Pflichtfeld/);
    await expect(call(services, 'stock.save', { register: 'angebote', id: null, values: { type_id: 'tagespflege', name: 'X', capacity: 'viele' } }, W)).rejects.toThrow(
      /„Kapazität“: „viele“ ist keine Zahl/,
    );
    await expect(call(services, 'stock.save', { register: 'angebote', id: null, values: { type_id: 'raumschiff', name: 'X' } }, W)).rejects.toThrow(/keine bekannte Angebotsart/);
    await expect(call(services, 'stock.save', { register: 'angebote', id: null, values: { type_id: 'tagespflege', name: 'X', gemeinde_id: 'nicht-da' } }, W)).rejects.toThrow(
      /Diese Gemeinde gibt es im Plan nicht/,
    );
    await expect(call(services, 'stock.save', { register: 'kuemmerer', id: null, values: { name: 'A', engagement: 'ehrenamtlich', gemeinde_id: gemeindeByAgs.get('03354004')!, email: 'kein-at' } }, W)).rejects.toThrow(
      /„E-Mail“: Das ist keine gültige E-Mail-Adresse/,
    );
    await expect(call(services, 'stock.save', { register: 'foerderprogramme', id: null, values: { name: 'P', status: 'vielleicht' } }, W)).rejects.toThrow(/„Status“: „vielleicht“ ist nicht vorgesehen/);
    const after = (services.sessions.require(W).sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
    expect(after).toBe(before);
  });

  it('saves a record in every register', async () => {
    const g = gemeindeByAgs.get('03354004')!;
    const actor = await call(services, 'stock.save', { register: 'akteure', id: null, values: { name: 'Beispiel-Sozialstation', kind: 'pflegeanbieter', gemeinde_id: g } }, W);
    const samples: Record<string, Record<string, unknown>> = {
      angebotsarten: { label: 'Demenz-Café', capacity_unit: 'klienten' },
      ansprechpersonen: { actor_id: actor.id, name: 'Erika Beispiel', role: 'Leitung', phone: '05841 123', email: 'erika@example.org' },
      netzwerke: { name: 'Pflegekonferenz', kind: 'gremium', chair_actor_id: actor.id, member_actor_ids: [actor.id], rhythm: 'halbjährlich', topics: 'Fachkräfte, Kurzzeitpflege' },
      personalstellen: { title: 'Sozialplanung', unit: 'Sozialamt', vze: '0,5', share_senioren_pflege: 0.8, permanent: false, end_date: '31.12.2027', financing: 'Fördermittel' },
      kuemmerer: { gemeinde_id: g, name: 'Max Beispiel', engagement: 'ehrenamtlich', since: '2024-01-01' },
      foerderprogramme: { name: 'Förderung nach § 45c SGB XI', funder_kind: 'pflegeversicherung', status: 'beobachten', fields: 'hf09, 5', rate: 0.5 },
      mobilitaet: { name: 'Rufbus Elbtalaue', kind: 'rufbus', gemeinde_ids: [g, gemeindeByAgs.get('03354009')!] },
      oepnv: { gemeinde_id: g, rating: 'ausreichend', trips_per_day: 12 },
      ehrenamt: { name: 'Angehörigengruppe', kind: 'angehoerigenangebot', gemeinde_id: g },
      digitalisierung: { actor_id: actor.id, area: 'schnittstellen', description: 'Schnittstelle zur Pflegedokumentation', status: 'offen', priority: 'hoch', cost: 12000, months: 6 },
      planungsgrundlagen: { title: 'Pflegebericht', kind: 'bericht', year: 2019, link: 'https://example.org/bericht.pdf' },
    };
    for (const def of REGISTERS.filter((r) => samples[r.id])) {
      const saved = await call(services, 'stock.save', { register: def.id, id: null, values: samples[def.id] as never }, W);
      expect(log(saved.id).every((e) => e.tbl === def.table), def.id).toBe(true);
    }
    expect((await call(services, 'stock.list', { register: 'foerderprogramme' }, W))[0]!.values.fields).toEqual(['hf05', 'hf09']);
    expect((await call(services, 'stock.list', { register: 'mobilitaet', gemeindeId: gemeindeByAgs.get('03354009')! }, W))).toHaveLength(1);
    await expect(call(services, 'stock.save', { register: 'oepnv', id: null, values: { gemeinde_id: g, rating: 'gut' } }, W)).rejects.toThrow(/schon eine ÖPNV-Bewertung/);
    const custom = (await call(services, 'stock.offerTypes', {}, W)).find((t) => t.label === 'Demenz-Café');
    expect(custom).toMatchObject({ builtin: false, capacityUnit: 'klienten' });
    await call(services, 'stock.save', { register: 'angebote', id: null, values: { type_id: custom!.id, name: 'Café Vergissmeinnicht', gemeinde_id: g } }, W);
    await expect(call(services, 'stock.delete', { register: 'angebotsarten', id: custom!.id }, W)).rejects.toThrow('Diese Angebotsart wird noch von 1 Angebot verwendet.');

    // Deleting an Akteur takes its contact persons with it.
    await call(services, 'stock.delete', { register: 'akteure', id: actor.id }, W);
    expect(await call(services, 'stock.list', { register: 'ansprechpersonen' }, W)).toHaveLength(0);
  });

  it('summarises a field for its step-1 tab and lists everything in one Gemeinde', async () => {
    const hf02 = await call(services, 'stock.summary', { fieldId: 'hf02' }, W);
    expect(hf02).toEqual([{ register: 'kuemmerer', count: 1, lines: expect.arrayContaining(['26 von 27 Gemeinden ohne Kümmerer.']) }]);
    const hf07 = await call(services, 'stock.summary', { fieldId: 'hf07' }, W);
    expect(hf07.find((s) => s.register === 'angebote')?.lines[0]).toMatch(/2 Angebote.*Tagespflege: 1 \(16,5 Plätze\)/);
    const dannenberg = await call(services, 'stock.gemeinde', { gemeindeId: gemeindeByAgs.get('03354004')! }, W);
    const counts = Object.fromEntries(dannenberg.sections.map((s) => [s.register, s.records.length]));
    expect(counts).toMatchObject({ angebote: 1, kuemmerer: 1, mobilitaet: 1, oepnv: 1, ehrenamt: 1 });
  });
});

describe('export and import', () => {
  it('round-trips a register through XLSX: nothing changes on re-import', async () => {
    const file = await call(services, 'stock.export', { register: 'angebote', format: 'xlsx' }, W);
    expect(file.fileName).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const header = wb.worksheets[0]!.getRow(1).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(['ID', 'Angebotsart', 'Name', 'Gemeinde (AGS)', 'Kapazität']));
    expect(wb.worksheets[0]!.getRow(2).getCell(header.indexOf('Gemeinde (AGS)')).value).toBe('03354018');
    const input = { register: 'angebote' as const, fileName: file.fileName, contentBase64: file.contentBase64, mapping: null };
    const preview = await call(services, 'stock.import.preview', input, W);
    expect(preview.counts).toEqual({ neu: 0, aktualisiert: 0, unveraendert: 2, fehler: 0 });
    expect(await commit(input)).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
  });

  it('reads back a filled-in Erfassungsbogen, matched to the existing record by its ID', async () => {
    const survey = await call(services, 'stock.survey', { register: 'angebote', prefilled: true, gemeindeId: null }, W);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(survey.contentBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Erfassungsbogen')!;
    const header = (ws.getRow(4).values as unknown[]).map(String);
    expect(header).toContain('Name*');
    const row = [5, 6].map((n) => ws.getRow(n)).find((r) => r.getCell(header.indexOf('Name*')).value === 'Tagespflege Am Markt')!;
    row.getCell(header.indexOf('Belegung')).value = 15;
    const fresh = ws.addRow([]);
    fresh.getCell(header.indexOf('Angebotsart*')).value = 'Nachtpflege';
    fresh.getCell(header.indexOf('Name*')).value = 'Nachtpflege Hitzacker';
    fresh.getCell(header.indexOf('Gemeinde (AGS)')).value = '03354009';
    const returned = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const input = { register: 'angebote' as const, fileName: 'zurück.xlsx', contentBase64: returned, mapping: null };
    expect((await call(services, 'stock.import.preview', input, W)).counts).toEqual({ neu: 1, aktualisiert: 1, unveraendert: 1, fehler: 0 });
    expect(await commit(input)).toEqual({ inserted: 1, updated: 1, unchanged: 1 });
    const offers = await call(services, 'stock.list', { register: 'angebote' }, W);
    expect(offers.find((o) => o.values.name === 'Tagespflege Am Markt')?.values.occupancy).toBe(15);
    expect(offers.find((o) => o.values.name === 'Nachtpflege Hitzacker')?.values.gemeinde_id).toBe(gemeindeByAgs.get('03354009'));
  });

  it('imports a CSV in UTF-8 and in Windows-1252, with German numbers, dates and Gemeinde names', async () => {
    for (const name of ['angebote_gut.csv', 'angebote_windows1252.csv']) {
      const input = { register: 'angebote' as const, fileName: name, contentBase64: b64(fixture(`stock/${name}`)), mapping: null };
      const preview = await call(services, 'stock.import.preview', input, W);
      expect(preview.problems, name).toEqual([]);
      expect(preview.rows.map((r) => r.status), name).toEqual(name === 'angebote_gut.csv' ? ['neu', 'neu', 'neu'] : ['unveraendert', 'unveraendert', 'unveraendert']);
      await commit(input);
    }
    const offers = await call(services, 'stock.list', { register: 'angebote' }, W);
    expect(offers.find((o) => o.values.name === 'Haus Jeetzeblick')?.values).toMatchObject({ capacity: 62.5, type_id: 'vollstationaer', source_date: '2025-03-01' });
    expect(offers.find((o) => o.values.name === 'Tagespflege Am Amtsgarten')?.values).toMatchObject({ provider: 'Beispiel-Diakonie', source_date: '2025-03-01' });
    expect(offers.find((o) => o.values.name === 'Pflegedienst Elbtalaue')?.values.gemeinde_id).toBe(gemeindeByAgs.get('03354004'));
    // A mapping chosen by the planner overrides the suggestion: ignoring "Träger" keeps the stored value.
    const mapped = await call(services, 'stock.import.preview', { register: 'angebote', fileName: 'a.csv', contentBase64: b64(fixture('stock/angebote_gut.csv')), mapping: { Träger: '' } }, W);
    expect(mapped.mapping['Träger']).toBe('');
  });

  it('refuses malformed files or reports them per row, and writes nothing', async () => {
    services.sessions.close(W);
    const file = path.join(dir, 'stock.sqlite');
    const before = sha256(file);
    await call(services, 'plan.open', { path: file }, W);
    const cases: [string, RegExp, number[]][] = [
      ['angebote_utf16.csv', /UTF-16/, []],
      ['angebote_ohne_name.csv', /Pflichtspalte „Name“ fehlt/, [2]],
      ['angebote_komma.csv', /3 statt 4 Spalten|5 statt 4 Spalten/, [2]],
      ['angebote_doppelt.csv', /Doppelt: dieser Eintrag steht schon in Zeile 2/, [3]],
      ['angebote_ungueltiger_ags.csv', /Land \(01–16\)|kein gültiger Gemeindeschlüssel|gibt es in diesem Plan nicht/, [3, 4, 5]],
    ];
    for (const [name, message, badLines] of cases) {
      const input = { register: 'angebote' as const, fileName: name, contentBase64: b64(fixture(`stock/${name}`)), mapping: null };
      const preview = await call(services, 'stock.import.preview', input, W).catch((e: Error) => e);
      if (preview instanceof Error) expect(preview.message, name).toMatch(message);
      else {
        expect(preview.canCommit, name).toBe(false);
        const text = [...preview.problems, ...preview.rows.flatMap((r) => r.errors)].join(' ');
        expect(text, name).toMatch(message);
        expect(preview.rows.filter((r) => r.status === 'fehler').map((r) => r.line).sort(), name).toEqual(badLines);
      }
      await expect(commit(input), name).rejects.toThrow(/nicht übernommen|UTF-16/);
    }
    services.sessions.close(W);
    expect(sha256(file)).toBe(before);
    const db = new Sqlite(file, { readonly: true });
    expect((db.prepare(`SELECT count(*) AS n FROM import_record WHERE kind = 'stock:angebote'`).get() as { n: number }).n).toBe(4);
    db.close();
    await call(services, 'plan.open', { path: file }, W);
  });
});
