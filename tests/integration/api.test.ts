import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../db/api/dispatch';
import { call, useTestServices } from '../helpers/services';
import { fixture, sha256 } from '../helpers/files';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const { dir, services } = useTestServices();

const meta = { title: 'Plan', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const b64 = (file: string) => fs.readFileSync(file).toString('base64');
const genesisGemeinden = { format: 'genesis' as const, fileName: 'LK03354.csv', contentBase64: b64(fixture('regionalstatistik/LK03354_12411-02-03-5_2015.csv')), kreisKey: null };

/** Every test makes its own plan in its own window, so none depends on another having run first. */
async function newPlan(name: string, windowId: string): Promise<string> {
  const file = path.join(dir, name);
  await call(services, 'plan.create', { path: file, meta }, windowId);
  return file;
}

describe('the contract', () => {
  it('refuses unknown channels and invalid input before any handler runs', async () => {
    expect(await dispatch('fs.readFile', {}, { windowId: 'w1', services })).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await dispatch('plan.open', { path: 42 }, { windowId: 'w1', services })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch('plan.create', { path: '', meta: null }, { windowId: 'w1', services })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Dateipfad') },
    });
    const badYears = await dispatch('plan.create', { path: path.join(dir, 'x.sqlite'), meta: { ...meta, periodFrom: 2030, periodTo: 2026 } }, { windowId: 'w1', services });
    expect(badYears).toMatchObject({ ok: false, error: { message: expect.stringContaining('nicht vor dem Beginn') } });
    expect(fs.existsSync(path.join(dir, 'x.sqlite'))).toBe(false);
  });

  it('asks for a plan when none is open', async () => {
    await expect(call(services, 'district.gemeinden.list', {}, 'leer')).rejects.toThrow(/kein Plan geöffnet/);
  });
});

describe('plans in windows', () => {
  it('creates, remembers and reopens a plan', async () => {
    const file = path.join(dir, 'plan-a.sqlite');
    const created = await call(services, 'plan.create', { path: file, meta });
    expect(created).toMatchObject({ fileName: 'plan-a.sqlite', isSetUp: true, meta: { kreisKey: '03354' } });
    await call(services, 'plan.close', {});
    expect(await call(services, 'plan.current', {})).toBeNull();
    const recent = await call(services, 'plan.recent', {});
    expect(recent[0]).toMatchObject({ path: file, title: 'Plan', exists: true });
    const reopened = await call(services, 'plan.open', { path: file });
    expect(reopened.meta.id).toBe(created.meta.id);
  });

  it('does not open the same file in a second window', async () => {
    const file = await newPlan('plan-b.sqlite', 'b1');
    await expect(call(services, 'plan.open', { path: file }, 'b2')).rejects.toThrow(/bereits in einem anderen Fenster/);
    await expect(call(services, 'plan.open', { path: path.join(dir, '.', 'plan-b.sqlite') }, 'b2')).rejects.toThrow(/anderen Fenster/);
  });

  it('continues in the copy after "Speichern unter"', async () => {
    const file = await newPlan('plan-c.sqlite', 'c');
    const target = path.join(dir, 'plan-c-kopie.sqlite');
    const copy = await call(services, 'plan.saveAs', { path: target }, 'c');
    expect(copy.path).toBe(target);
    await call(services, 'district.gemeinden.create', { ags: '03354018', name: 'Lüchow (Wendland)' }, 'c');
    const original = new Sqlite(file, { readonly: true });
    expect((original.prepare('SELECT count(*) AS n FROM gemeinde').get() as { n: number }).n).toBe(0);
    original.close();
  });
});

describe('importing Gemeinden', () => {
  it('previews the GENESIS table without writing, then writes all 29 rows with their source', async () => {
    await newPlan('import.sqlite', 'imp');
    const input = genesisGemeinden;
    const preview = await call(services, 'district.import.preview', input, 'imp');
    expect(preview.canCommit).toBe(true);
    expect(preview.rows).toHaveLength(29);
    expect(preview.rows.every((r) => r.status === 'neu')).toBe(true);
    expect(preview.rows.reduce((sum, r) => sum + (r.population ?? 0), 0)).toBe(50128);
    expect(await call(services, 'district.gemeinden.list', {}, 'imp')).toHaveLength(0);

    expect(await call(services, 'district.import.commit', input, 'imp')).toEqual({ inserted: 29, updated: 0, unchanged: 0 });
    expect(await call(services, 'district.import.commit', input, 'imp')).toEqual({ inserted: 0, updated: 0, unchanged: 29 });
    const record = services.sessions.require('imp').sqlite.prepare('SELECT table_code, reference_date, licence, row_count FROM import_record').get();
    expect(record).toMatchObject({ table_code: '12411-02-03-5', row_count: 29, licence: expect.stringContaining('Statistische Ämter') });
  });

  it('adds boundaries and centroids from the GeoJSON to the same Gemeinden', async () => {
    await newPlan('import-geo.sqlite', 'geo');
    await call(services, 'district.import.commit', genesisGemeinden, 'geo');
    const input = { format: 'geojson' as const, fileName: 'grenzen.geojson', contentBase64: b64(fixture('geo/LK03354_gemeinden_vg250_simplify200.geojson')), kreisKey: null };
    const preview = await call(services, 'district.import.preview', input, 'geo');
    expect(preview.rows.filter((r) => r.status === 'neu')).toHaveLength(0);
    expect(await call(services, 'district.import.commit', input, 'geo')).toMatchObject({ inserted: 0, updated: 29 });
    const list = await call(services, 'district.gemeinden.list', {}, 'geo');
    expect(list.every((g) => g.hasGeometry && g.lat !== null)).toBe(true);
    expect(await call(services, 'district.gemeinden.geometries', {}, 'geo')).toHaveLength(29);
  });

  /** Every malformed fixture with the refusal it must get; a new fixture needs a row here. */
  const MALFORMED: Array<[string, string]> = [
    ['abgebrochen.geojson', 'Die Datei ist kein gültiges JSON und kann daher nicht als GeoJSON gelesen werden.'],
    ['gemeinden_komma.csv', 'Die Datei ist durch Kommas getrennt.'],
    ['gemeinden_ohne_ags.geojson', 'Objekt Nr. 2 („Höhbeck“): Der Gemeindeschlüssel fehlt'],
    ['genesis_doppelter_ags.csv', 'Der Gemeindeschlüssel 03354007 kommt mehrfach vor (zuerst in Zeile 7).'],
    ['genesis_ungueltiger_ags.csv', '„99354010“ ist kein gültiger Gemeindeschlüssel: 99 ist kein Land (01–16).'],
    ['webseite_statt_tabelle.csv', 'Die Datei ist eine HTML- oder XML-Seite, keine CSV-Tabelle'],
  ];

  it('has a refusal on record for every malformed fixture', () => {
    expect(fs.readdirSync(fixture('malformed')).filter((f) => !f.endsWith('.md')).sort()).toEqual(MALFORMED.map(([name]) => name).sort());
  });

  it.each(MALFORMED)('refuses %s in the preview and on commit, and leaves the plan file byte-for-byte unchanged', async (name, refusal) => {
    const file = await newPlan(`bad-${name}.sqlite`, `bad-${name}`);
    services.sessions.close(`bad-${name}`);
    const before = sha256(file);
    await call(services, 'plan.open', { path: file }, `bad-${name}`);
    const format = name.endsWith('json') ? ('geojson' as const) : ('genesis' as const);
    const input = { format, fileName: name, contentBase64: b64(fixture(`malformed/${name}`)), kreisKey: null };

    const preview = await call(services, 'district.import.preview', input, `bad-${name}`);
    expect(preview.canCommit).toBe(false);
    expect(preview.problems.filter((p) => p.severity === 'fehler').map((p) => p.message).join('\n')).toContain(refusal);
    const commit = call(services, 'district.import.commit', input, `bad-${name}`);
    await expect(commit).rejects.toThrow(`Import abgebrochen, es wurde nichts geschrieben: ${refusal}`);
    await expect(commit).rejects.toMatchObject({ code: 'import-invalid' });

    services.sessions.close(`bad-${name}`);
    expect(sha256(file)).toBe(before);
  });

  it('refuses binary and empty files with a German message', async () => {
    await newPlan('binary.sqlite', 'bin');
    const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]).toString('base64');
    await expect(call(services, 'district.import.preview', { format: 'genesis', fileName: 'a.xlsx', contentBase64: binary, kreisKey: null }, 'bin')).rejects.toThrow(/keine Textdatei/);
    await expect(call(services, 'district.import.preview', { format: 'genesis', fileName: 'leer.csv', contentBase64: '', kreisKey: null }, 'bin')).rejects.toThrow(/leer/);
  });
});

describe('the sample plan', () => {
  it('opens a fresh copy of Lüchow-Dannenberg with its 29 Gemeinden, boundaries and three Samtgemeinden', async () => {
    const sample = await call(services, 'plan.openSample', {}, 'sample');
    expect(sample).toMatchObject({ isSample: true, isSetUp: true, meta: { kreisKey: '03354' } });
    const gemeinden = await call(services, 'district.gemeinden.list', {}, 'sample');
    expect(gemeinden).toHaveLength(29);
    expect(gemeinden.filter((g) => g.kind === 'gemeindefrei')).toHaveLength(2);
    expect(gemeinden.every((g) => g.hasGeometry)).toBe(true);
    const areas = await call(services, 'plan.current', {}, 'sample').then(() => call(services, 'district.areas.list', {}, 'sample'));
    expect(areas.map((a) => a.name).sort()).toEqual(['Samtgemeinde Elbtalaue', 'Samtgemeinde Gartow', 'Samtgemeinde Lüchow (Wendland)']);
    expect(areas.reduce((n, a) => n + a.gemeindeIds.length, 0)).toBe(27);
    const second = await call(services, 'plan.openSample', {}, 'sample2');
    expect(second.path).not.toBe(sample.path);
  });
});

describe('importing again', () => {
  it('never renames a Gemeinde the plan already has, and says where the file spells it differently', async () => {
    await call(services, 'plan.create', { path: path.join(dir, 'names.sqlite'), meta }, 'names');
    const geo = { format: 'geojson' as const, fileName: 'g.geojson', contentBase64: b64(fixture('geo/LK03354_gemeinden_vg250_simplify200.geojson')), kreisKey: null };
    const genesis = { format: 'genesis' as const, fileName: 't.csv', contentBase64: b64(fixture('regionalstatistik/LK03354_12411-02-03-5_2015.csv')), kreisKey: null };
    await call(services, 'district.import.commit', geo, 'names');
    const preview = await call(services, 'district.import.preview', genesis, 'names');
    expect(preview.rows.every((r) => r.status === 'unveraendert')).toBe(true);
    expect(preview.problems.filter((p) => p.severity === 'hinweis' && p.message.includes('weicht ab'))).toHaveLength(5);
    expect(await call(services, 'district.import.commit', genesis, 'names')).toEqual({ inserted: 0, updated: 0, unchanged: 29 });
    const names = (await call(services, 'district.gemeinden.list', {}, 'names')).map((g) => g.name);
    expect(names).toContain('Gartow');
    expect(names).not.toContain('Gartow, Elbe');
  });
});
