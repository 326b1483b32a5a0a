import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expandEntries } from '../../../db/changes/entries';
import { stockImportResultSchema, type StockImportInput } from '../../../shared/contract/stockSchemas';
import { REGISTERS } from '../../../shared/stock/registers';
import { fixture, sha256 } from '../../helpers/files';
import { call, useTestServices } from '../../helpers/services';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const scratch = useTestServices();

const meta = { title: 'Plan', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const b64 = (file: string) => fs.readFileSync(file).toString('base64');

/**
 * Every test builds its own plan in its own window (named like the file), with the Gemeinden
 * of Lüchow-Dannenberg, so the tests pass in any order.
 */
async function newPlan(name: string) {
  const w = name;
  const file = path.join(scratch.dir, `${name}.sqlite`);
  await call(scratch.services, 'plan.create', { path: file, meta }, w);
  const geo = { format: 'geojson' as const, fileName: 'g.geojson', contentBase64: b64(fixture('geo/LK03354_gemeinden_vg250_simplify200.geojson')), kreisKey: null };
  await call(scratch.services, 'district.import.commit', geo, w);
  const gemeindeByAgs = new Map((await call(scratch.services, 'district.gemeinden.list', {}, w)).map((g) => [g.ags, g.id]));
  return { w, file, ags: (key: string) => gemeindeByAgs.get(key)! };
}

type Plan = Awaited<ReturnType<typeof newPlan>>;

/** The Tagespflege in Lüchow the tests below look for. */
const saveMarkt = ({ w, ags }: Plan, capacity = '14') =>
  call(scratch.services, 'stock.save', {
    register: 'angebote',
    id: null,
    values: { type_id: 'tagespflege', name: 'Tagespflege Am Markt', gemeinde_id: ags('03354018'), capacity, occupancy: 12, target_groups: 'Demenz, jüngere Pflegebedürftige' },
  }, w);

/** One record in every register but the offers, most of them in Dannenberg (03354004). */
async function saveEveryRegister({ w, ags }: Plan) {
  const g = ags('03354004');
  const actor = await call(scratch.services, 'stock.save', { register: 'akteure', id: null, values: { name: 'Beispiel-Sozialstation', kind: 'pflegeanbieter', gemeinde_id: g } }, w);
  const samples: Record<string, Record<string, unknown>> = {
    angebotsarten: { label: 'Demenz-Café', capacity_unit: 'klienten' },
    ansprechpersonen: { actor_id: actor.id, name: 'Erika Beispiel', role: 'Leitung', phone: '05841 123', email: 'erika@example.org' },
    netzwerke: { name: 'Pflegekonferenz', kind: 'gremium', chair_actor_id: actor.id, member_actor_ids: [actor.id], rhythm: 'halbjährlich', topics: 'Fachkräfte, Kurzzeitpflege' },
    personalstellen: { title: 'Sozialplanung', category: 'Altenhilfeplanung/Sozialplanung', unit: 'Sozialamt', vze: '0,5', share_senioren_pflege: 0.8, permanent: false, end_date: '31.12.2027', financing: 'Fördermittel' },
    kuemmerer: { gemeinde_id: g, name: 'Max Beispiel', engagement: 'ehrenamtlich', since: '2024-01-01' },
    foerderprogramme: { name: 'Förderung nach § 45c SGB XI', funder_kind: 'pflegeversicherung', status: 'beobachten', fields: 'hf09, 5', rate: 0.5 },
    mobilitaet: { name: 'Rufbus Elbtalaue', kind: 'rufbus', gemeinde_ids: [g, ags('03354009')] },
    oepnv: { gemeinde_id: g, rating: 'ausreichend', trips_per_day: 12 },
    ehrenamt: { name: 'Angehörigengruppe', kind: 'angehoerigenangebot', gemeinde_id: g },
    digitalisierung: { actor_id: actor.id, area: 'schnittstellen', description: 'Schnittstelle zur Pflegedokumentation', status: 'offen', priority: 'hoch', cost: 12000, months: 6 },
    planungsgrundlagen: { title: 'Pflegebericht', kind: 'bericht', year: 2019, link: 'https://example.org/bericht.pdf' },
  };
  const saved = [];
  for (const def of REGISTERS.filter((r) => samples[r.id])) saved.push({ def, record: await call(scratch.services, 'stock.save', { register: def.id, id: null, values: samples[def.id] as never }, w) });
  return { actor, saved };
}

/** Two offers (the Tagespflege in Lüchow with 16.5 places, a Demenz-Café in Dannenberg) and every other register. */
async function stockedPlan(name: string) {
  const plan = await newPlan(name);
  await saveMarkt(plan, '16,5');
  await saveEveryRegister(plan);
  const custom = (await call(scratch.services, 'stock.offerTypes', {}, plan.w)).find((t) => t.label === 'Demenz-Café')!;
  await call(scratch.services, 'stock.save', { register: 'angebote', id: null, values: { type_id: custom.id, name: 'Café Vergissmeinnicht', gemeinde_id: plan.ags('03354004') } }, plan.w);
  return plan;
}

/** The import commit runs as a job: start it, wait, and return its result or throw its German message. */
async function commit(w: string, input: StockImportInput) {
  const { jobId } = await call(scratch.services, 'stock.import.commit', input, w);
  const status = await scratch.services.jobs.wait(jobId, w);
  if (status.state !== 'done') throw new Error(status.error ?? status.state);
  return stockImportResultSchema.parse(status.result);
}

/** The log of one row, per column (an insert is one entry for the whole row). */
const log = (w: string, rowId: string) =>
  expandEntries(
    scratch.services.sessions.require(w).sqlite.prepare('SELECT tbl, col, op, new_value FROM change_log WHERE row_id = ? ORDER BY seq').all(rowId) as {
      tbl: string;
      col: string;
      op: string;
      new_value: string;
    }[],
  );

describe('register CRUD through the contract', () => {
  it('creates, updates, deletes and restores an offer, each step in the change log', async () => {
    const plan = await newPlan('crud');
    const { w } = plan;
    const lu = plan.ags('03354018');
    const created = await saveMarkt(plan);
    expect(created.values).toMatchObject({ name: 'Tagespflege Am Markt', capacity: 14, capacity_unit: 'plaetze', target_groups: ['Demenz', 'jüngere Pflegebedürftige'] });
    expect(created.isExample).toBe(false);
    const inserted = log(w, created.id);
    expect(inserted.every((e) => e.tbl === 'offer' && e.op === 'insert')).toBe(true);
    expect(inserted.find((e) => e.col === 'capacity')?.new_value).toBe('14');

    const updated = await call(scratch.services, 'stock.save', { register: 'angebote', id: created.id, values: { ...created.values, capacity: '16,5' } }, w);
    expect(updated.values.capacity).toBe(16.5);
    expect(log(w, created.id).filter((e) => e.op === 'update')).toEqual([{ tbl: 'offer', col: 'capacity', op: 'update', new_value: '16.5' }]);

    await call(scratch.services, 'stock.delete', { register: 'angebote', id: created.id }, w);
    expect(await call(scratch.services, 'stock.list', { register: 'angebote', limit: 1000 }, w)).toHaveLength(0);
    expect(log(w, created.id).at(-1)).toMatchObject({ col: 'deleted_at', op: 'delete' });
    await call(scratch.services, 'stock.restore', { register: 'angebote', id: created.id }, w);
    expect(await call(scratch.services, 'stock.list', { register: 'angebote', gemeindeId: lu, limit: 1000 }, w)).toHaveLength(1);
    expect(log(w, created.id).at(-1)).toMatchObject({ col: 'deleted_at', op: 'restore' });
  });

  it('refuses invalid values with German messages naming the field, and writes nothing', async () => {
    const { w, ags } = await newPlan('ungueltig');
    const logSize = () => (scratch.services.sessions.require(w).sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
    const before = logSize();
    await expect(call(scratch.services, 'stock.save', { register: 'angebote', id: null, values: { name: '' } }, w)).rejects.toThrow(/„Angebotsart“ ist ein Pflichtfeld.*„Name“ ist ein Pflichtfeld/);
    await expect(call(scratch.services, 'stock.save', { register: 'angebote', id: null, values: { type_id: 'tagespflege', name: 'X', capacity: 'viele' } }, w)).rejects.toThrow(
      /„Kapazität“: „viele“ ist keine Zahl/,
    );
    await expect(call(scratch.services, 'stock.save', { register: 'angebote', id: null, values: { type_id: 'raumschiff', name: 'X' } }, w)).rejects.toThrow(/keine bekannte Angebotsart/);
    await expect(call(scratch.services, 'stock.save', { register: 'angebote', id: null, values: { type_id: 'tagespflege', name: 'X', gemeinde_id: 'nicht-da' } }, w)).rejects.toThrow(
      /Diese Gemeinde gibt es im Plan nicht/,
    );
    await expect(call(scratch.services, 'stock.save', { register: 'kuemmerer', id: null, values: { name: 'A', engagement: 'ehrenamtlich', gemeinde_id: ags('03354004'), email: 'kein-at' } }, w)).rejects.toThrow(
      /„E-Mail“: Das ist keine gültige E-Mail-Adresse/,
    );
    await expect(call(scratch.services, 'stock.save', { register: 'foerderprogramme', id: null, values: { name: 'P', status: 'vielleicht' } }, w)).rejects.toThrow(/„Status“: „vielleicht“ ist nicht vorgesehen/);
    expect(logSize()).toBe(before);
  });

  it('saves a record in every register', async () => {
    const plan = await newPlan('jedes-verzeichnis');
    const { w, ags } = plan;
    const g = ags('03354004');
    const { actor, saved } = await saveEveryRegister(plan);
    expect(saved).toHaveLength(11);
    for (const { def, record } of saved) expect(log(w, record.id).every((e) => e.tbl === def.table), def.id).toBe(true);
    expect((await call(scratch.services, 'stock.list', { register: 'foerderprogramme', limit: 1000 }, w))[0]!.values.fields).toEqual(['hf05', 'hf09']);
    expect((await call(scratch.services, 'stock.list', { register: 'mobilitaet', gemeindeId: ags('03354009'), limit: 1000 }, w))).toHaveLength(1);
    await expect(call(scratch.services, 'stock.save', { register: 'oepnv', id: null, values: { gemeinde_id: g, rating: 'gut' } }, w)).rejects.toThrow(/schon eine ÖPNV-Bewertung/);
    const custom = (await call(scratch.services, 'stock.offerTypes', {}, w)).find((t) => t.label === 'Demenz-Café');
    expect(custom).toMatchObject({ builtin: false, capacityUnit: 'klienten' });
    await call(scratch.services, 'stock.save', { register: 'angebote', id: null, values: { type_id: custom!.id, name: 'Café Vergissmeinnicht', gemeinde_id: g } }, w);
    await expect(call(scratch.services, 'stock.delete', { register: 'angebotsarten', id: custom!.id }, w)).rejects.toThrow('Diese Angebotsart wird noch von 1 Angebot verwendet.');

    // Deleting an Akteur takes its contact persons with it (declared cascade); a network it chairs stays.
    expect(await call(scratch.services, 'stock.list', { register: 'ansprechpersonen', limit: 1000 }, w)).toHaveLength(1);
    await call(scratch.services, 'stock.delete', { register: 'akteure', id: actor.id }, w);
    expect(await call(scratch.services, 'stock.list', { register: 'ansprechpersonen', limit: 1000 }, w)).toHaveLength(0);
    expect(await call(scratch.services, 'stock.list', { register: 'netzwerke', limit: 1000 }, w)).toHaveLength(1);
  });

  it('summarises a field for its step-1 tab and lists everything in one Gemeinde', async () => {
    const { w, ags } = await stockedPlan('zusammenfassung');
    const hf02 = await call(scratch.services, 'stock.summary', { fieldId: 'hf02' }, w);
    expect(hf02).toEqual([{ register: 'kuemmerer', count: 1, lines: expect.arrayContaining(['26 von 27 Gemeinden ohne Kümmerer.']) }]);
    const hf07 = await call(scratch.services, 'stock.summary', { fieldId: 'hf07' }, w);
    expect(hf07.find((s) => s.register === 'angebote')?.lines[0]).toMatch(/2 Angebote.*Tagespflege: 1 \(16,5 Plätze\)/);
    const dannenberg = await call(scratch.services, 'stock.gemeinde', { gemeindeId: ags('03354004') }, w);
    const counts = Object.fromEntries(dannenberg.sections.map((s) => [s.register, s.records.length]));
    expect(counts).toMatchObject({ angebote: 1, kuemmerer: 1, mobilitaet: 1, oepnv: 1, ehrenamt: 1 });
  });
});

describe('export and import', () => {
  it('round-trips a register through XLSX: nothing changes on re-import', async () => {
    const { w } = await stockedPlan('xlsx');
    const file = await call(scratch.services, 'stock.export', { register: 'angebote', format: 'xlsx' }, w);
    expect(file.fileName).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const header = wb.worksheets[0]!.getRow(1).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(['ID', 'Angebotsart', 'Name', 'Gemeinde (AGS)', 'Kapazität']));
    const agsColumn = [2, 3].map((n) => wb.worksheets[0]!.getRow(n).getCell(header.indexOf('Gemeinde (AGS)')).value);
    expect(agsColumn.sort()).toEqual(['03354004', '03354018']);
    const input = { register: 'angebote' as const, fileName: file.fileName, contentBase64: file.contentBase64, mapping: null };
    const preview = await call(scratch.services, 'stock.import.preview', input, w);
    expect(preview.counts).toEqual({ neu: 0, aktualisiert: 0, unveraendert: 2, fehler: 0 });
    expect(await commit(w, input)).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
  });

  it('reads back a filled-in Erfassungsbogen, matched to the existing record by its ID', async () => {
    const { w, ags } = await stockedPlan('erfassungsbogen');
    const survey = await call(scratch.services, 'stock.survey', { register: 'angebote', prefilled: true, gemeindeId: null }, w);
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
    expect((await call(scratch.services, 'stock.import.preview', input, w)).counts).toEqual({ neu: 1, aktualisiert: 1, unveraendert: 1, fehler: 0 });
    expect(await commit(w, input)).toEqual({ inserted: 1, updated: 1, unchanged: 1 });
    const offers = await call(scratch.services, 'stock.list', { register: 'angebote', limit: 1000 }, w);
    expect(offers.find((o) => o.values.name === 'Tagespflege Am Markt')?.values.occupancy).toBe(15);
    expect(offers.find((o) => o.values.name === 'Nachtpflege Hitzacker')?.values.gemeinde_id).toBe(ags('03354009'));
  });

  it('imports a CSV in UTF-8 and in Windows-1252, with German numbers, dates and Gemeinde names', async () => {
    const { w, ags } = await newPlan('csv');
    for (const name of ['angebote_gut.csv', 'angebote_windows1252.csv']) {
      const input = { register: 'angebote' as const, fileName: name, contentBase64: b64(fixture(`stock/${name}`)), mapping: null };
      const preview = await call(scratch.services, 'stock.import.preview', input, w);
      expect(preview.problems, name).toEqual([]);
      expect(preview.rows.map((r) => r.status), name).toEqual(name === 'angebote_gut.csv' ? ['neu', 'neu', 'neu'] : ['unveraendert', 'unveraendert', 'unveraendert']);
      await commit(w, input);
    }
    const offers = await call(scratch.services, 'stock.list', { register: 'angebote', limit: 1000 }, w);
    expect(offers.find((o) => o.values.name === 'Haus Jeetzeblick')?.values).toMatchObject({ capacity: 62.5, type_id: 'vollstationaer', source_date: '2025-03-01' });
    expect(offers.find((o) => o.values.name === 'Tagespflege Am Amtsgarten')?.values).toMatchObject({ provider: 'Beispiel-Diakonie', source_date: '2025-03-01' });
    expect(offers.find((o) => o.values.name === 'Pflegedienst Elbtalaue')?.values.gemeinde_id).toBe(ags('03354004'));
    // A mapping chosen by the planner overrides the suggestion: ignoring "Träger" keeps the stored value.
    const mapped = await call(scratch.services, 'stock.import.preview', { register: 'angebote', fileName: 'a.csv', contentBase64: b64(fixture('stock/angebote_gut.csv')), mapping: { Träger: '' } }, w);
    expect(mapped.mapping['Träger']).toBe('');
  });

  it('refuses malformed files or reports them per row, and writes nothing', async () => {
    const { w, file } = await stockedPlan('fehlerhaft');
    // One good import first, so the plan already has an import record to keep.
    await commit(w, { register: 'angebote', fileName: 'angebote_gut.csv', contentBase64: b64(fixture('stock/angebote_gut.csv')), mapping: null });
    scratch.services.sessions.close(w);
    const before = sha256(file);
    await call(scratch.services, 'plan.open', { path: file }, w);
    const cases: [string, RegExp, number[]][] = [
      ['angebote_utf16.csv', /UTF-16/, []],
      ['angebote_ohne_name.csv', /Pflichtspalte „Name“ fehlt/, [2]],
      ['angebote_komma.csv', /3 statt 4 Spalten|5 statt 4 Spalten/, [2]],
      ['angebote_doppelt.csv', /Doppelt: dieser Eintrag steht schon in Zeile 2/, [3]],
      ['angebote_ungueltiger_ags.csv', /Land \(01–16\)|kein gültiger Gemeindeschlüssel|gibt es in diesem Plan nicht/, [3, 4, 5]],
    ];
    for (const [name, message, badLines] of cases) {
      const input = { register: 'angebote' as const, fileName: name, contentBase64: b64(fixture(`stock/${name}`)), mapping: null };
      const preview = await call(scratch.services, 'stock.import.preview', input, w).catch((e: Error) => e);
      if (preview instanceof Error) expect(preview.message, name).toMatch(message);
      else {
        expect(preview.canCommit, name).toBe(false);
        const text = [...preview.problems, ...preview.rows.flatMap((r) => r.errors)].join(' ');
        expect(text, name).toMatch(message);
        expect(preview.rows.filter((r) => r.status === 'fehler').map((r) => r.line).sort(), name).toEqual(badLines);
      }
      await expect(commit(w, input), name).rejects.toThrow(/nicht übernommen|UTF-16/);
    }
    scratch.services.sessions.close(w);
    expect(sha256(file)).toBe(before);
    const db = new Sqlite(file, { readonly: true });
    expect((db.prepare(`SELECT count(*) AS n FROM import_record WHERE kind = 'stock:angebote'`).get() as { n: number }).n).toBe(1);
    db.close();
  });
});
