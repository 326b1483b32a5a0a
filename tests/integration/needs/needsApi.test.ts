import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostServices } from '../../../db/api/context';
import { populationCommitResultSchema, populationPreviewSchema } from '../../../shared/contract/needsSchemas';
import { fixture, sha256, tempDir } from '../../helpers/files';
import { call, testServices } from '../../helpers/services';

let dir: string;
let services: HostServices;
const meta = { title: 'Plan', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const b64 = (file: string) => fs.readFileSync(file).toString('base64');
const GEMEINDEN = fixture('regionalstatistik/LK03354_12411-02-03-5_2015.csv');
const LATIN1 = fixture('regionalstatistik/LK03354_12411-02-03-5_2015.latin1.csv');
const KREIS = fixture('regionalstatistik/LK03354_12411-03-03-4_2015.csv');

async function runJob(channel: 'needs.population.preview' | 'needs.population.commit', file: string, windowId = 'w1', content?: string) {
  const { jobId } = await call(services, channel, { fileName: path.basename(file), contentBase64: content ?? b64(file), kind: 'bestand' }, windowId);
  return services.jobs.wait(jobId, windowId);
}

async function newPlan(name: string, windowId = 'w1') {
  const file = path.join(dir, name);
  await call(services, 'plan.create', { path: file, meta }, windowId);
  await call(services, 'district.import.commit', { format: 'genesis', fileName: 'g.csv', contentBase64: b64(GEMEINDEN), kreisKey: '03354' }, windowId);
  return file;
}

beforeAll(() => {
  dir = tempDir();
  services = testServices(path.join(dir, 'userdata'));
});
afterAll(() => {
  services.sessions.closeAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('population import', () => {
  it('previews the Lüchow-Dannenberg table: 29 Gemeinden + Kreis, source, no problems; nothing written', async () => {
    const file = await newPlan('preview.sqlite');
    const before = sha256(file);
    const status = await runJob('needs.population.preview', GEMEINDEN);
    expect(status.state).toBe('done');
    const preview = populationPreviewSchema.parse(status.result);
    expect(preview).toMatchObject({ tableCode: '12411-02-03-5', level: 'gemeinde', years: [2015], encoding: 'utf-8', stand: '2017-10-10', canCommit: true, problems: [] });
    expect(preview.rows.filter((r) => r.level === 'gemeinde')).toHaveLength(29);
    expect(preview.rows.filter((r) => r.level === 'gemeinde').reduce((a, r) => a + r.total, 0)).toBe(50128);
    expect(preview.licence).toContain('Datenlizenz Deutschland');
    expect(sha256(file)).toBe(before);
    await call(services, 'plan.close', {});
  });

  it('the latin1 copy gives the same rows as the UTF-8 file', async () => {
    await newPlan('enc.sqlite');
    const utf8 = populationPreviewSchema.parse((await runJob('needs.population.preview', GEMEINDEN)).result);
    const latin1 = populationPreviewSchema.parse((await runJob('needs.population.preview', LATIN1)).result);
    expect(latin1.encoding).toBe('windows-1252');
    expect(latin1.rows).toEqual(utf8.rows);
    expect(latin1.rows.find((r) => r.key === '03354010')?.name).toBe('Höhbeck');
    await runJob('needs.population.commit', LATIN1);
    const sqlite = new Sqlite(path.join(dir, 'enc.sqlite'), { readonly: true });
    const names = sqlite.prepare(`SELECT name FROM population_row WHERE region_key = '03354010' AND deleted_at IS NULL`).all() as { name: string }[];
    expect(names.map((n) => n.name)).toEqual(['Höhbeck', 'Höhbeck', 'Höhbeck']);
    sqlite.close();
    await call(services, 'plan.close', {});
  });

  it('commits all rows with their source and change log; a second import of the same years replaces the first', async () => {
    const file = await newPlan('commit.sqlite');
    const status = await runJob('needs.population.commit', GEMEINDEN);
    expect(status.state).toBe('done');
    expect(populationCommitResultSchema.parse(status.result)).toMatchObject({ rows: 90, years: [2015], level: 'gemeinde' });
    await runJob('needs.population.commit', KREIS);
    await runJob('needs.population.commit', GEMEINDEN);
    const datasets = await call(services, 'needs.population.list', {});
    expect(datasets.map((d) => [d.tableCode, d.level, d.years])).toEqual([
      ['12411-03-03-4', 'kreis', [2015]],
      ['12411-02-03-5', 'gemeinde', [2015]],
    ]);
    expect(datasets[1]).toMatchObject({ stand: '2017-10-10', referenceDate: '2015-12-31', fileName: 'LK03354_12411-02-03-5_2015.csv', encoding: 'utf-8' });
    const sqlite = new Sqlite(file, { readonly: true });
    expect(sqlite.prepare(`SELECT count(*) AS n FROM population_row WHERE deleted_at IS NULL`).get()).toEqual({ n: 93 });
    expect(sqlite.prepare(`SELECT sum(total) AS n FROM population_row WHERE deleted_at IS NULL AND level = 'gemeinde' AND sex = 'insgesamt'`).get()).toEqual({ n: 50128 });
    expect((sqlite.prepare(`SELECT count(*) AS n FROM change_log WHERE tbl = 'population_row'`).get() as { n: number }).n).toBeGreaterThan(93 * 8);
    expect(sqlite.prepare(`SELECT kind, table_code FROM import_record WHERE kind = 'bevoelkerung' ORDER BY created_at`).all()).toHaveLength(3);
    sqlite.close();
    await call(services, 'plan.close', {});
  });

  it('writes nothing when the file has a broken value, and says which line', async () => {
    const file = await newPlan('broken.sqlite');
    const broken = fs.readFileSync(GEMEINDEN, 'utf8').replace('03354403007;        Gorleben;14;', '03354403007;        Gorleben;vierzehn;');
    const before = sha256(file);
    const preview = populationPreviewSchema.parse((await runJob('needs.population.preview', GEMEINDEN, 'w1', Buffer.from(broken).toString('base64'))).result);
    expect(preview.canCommit).toBe(false);
    expect(preview.problems[0]).toMatchObject({ line: 16, severity: 'fehler' });
    const status = await runJob('needs.population.commit', GEMEINDEN, 'w1', Buffer.from(broken).toString('base64'));
    expect(status).toMatchObject({ state: 'failed', error: expect.stringContaining('es wurde nichts geschrieben') });
    expect(sha256(file)).toBe(before);
    await call(services, 'plan.close', {});
  });

  it('refuses a file of another Kreis and a spreadsheet', async () => {
    await newPlan('other.sqlite');
    const national = fixture('needs/daviplan_population.ffcsv');
    const preview = populationPreviewSchema.parse((await runJob('needs.population.preview', national)).result);
    expect(preview.canCommit).toBe(false);
    expect(preview.problems[0]!.message).toContain('keine Bevölkerungszahlen des Kreises 03354');
    expect(preview.problems[0]!.message).toContain('01003');
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]).toString('base64');
    expect(await runJob('needs.population.preview', national, 'w1', zip)).toMatchObject({ state: 'failed', error: expect.stringContaining('Excel') });
    await call(services, 'plan.close', {});
  });
});

describe('analysis', () => {
  it('is not ready before population is imported, and says what is missing', async () => {
    await newPlan('empty.sqlite');
    const a = await call(services, 'needs.analysis', { year: null });
    expect(a.ready).toBe(false);
    expect(a.missing[0]).toContain('Bevölkerungstabelle');
    await call(services, 'plan.close', {});
  });

  it('projects per Gemeinde, Planungsbereich and Kreis; calibrates to 2,466; gaps use the stock', async () => {
    const file = await newPlan('analysis.sqlite');
    await runJob('needs.population.commit', GEMEINDEN);
    await runJob('needs.population.commit', KREIS);
    const gemeinden = await call(services, 'district.gemeinden.list', {});
    const area = await call(services, 'district.areas.create', { name: 'Samtgemeinde Gartow', description: '', gemeindeIds: gemeinden.filter((g) => ['03354005', '03354007'].includes(g.ags)).map((g) => g.id) });

    // Stock through the adapter: only when the stock feature's table exists in this build.
    const sqlite = new Sqlite(file);
    const hasOffer = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'offer'`).get() !== undefined;
    sqlite.close();

    const rateSets = await call(services, 'needs.rateSets.list', {});
    expect(rateSets).toHaveLength(1);
    expect(rateSets[0]!.isDefault).toBe(true);
    const cal = await call(services, 'needs.rateSets.calibrate', { id: rateSets[0]!.id, observed: 2466, label: 'Pflegestatistik 15.12.2015, Landkreis' });
    expect(cal.year).toBe(2015);
    expect(cal.factor).toBeCloseTo(2466 / cal.expected, 10);
    expect((await call(services, 'needs.rateSets.list', {}))[0]!.calibrationNote).toContain('Faktor');

    const a = await call(services, 'needs.analysis', { year: 2025 });
    expect(a.ready).toBe(true);
    expect(a.baseYear).toBe(2015);
    expect(a.scenarios.map((s) => s.name)).toEqual(['Status quo', 'Alterung (Beispielannahmen)', 'Alterung, gesünder älter werden (Beispielannahmen)']);
    const status = a.scenarios[0]!;
    const kreis2015 = status.rows.find((r) => r.key === 'kreis' && r.year === 2015)!;
    expect(kreis2015.need.pflegegeld + kreis2015.need.ambulant + kreis2015.need.vollstationaer).toBeCloseTo(2466, 6);
    expect(Object.values(kreis2015.population).reduce((x, y) => x + y, 0)).toBeCloseTo(50128, 6);
    expect(kreis2015.population['90+']).toBeCloseTo(562, 6);
    const gartow = status.rows.find((r) => r.key === `bereich:${area.id}` && r.year === 2015)!;
    const members = status.rows.filter((r) => ['03354005', '03354007'].includes(r.key) && r.year === 2015);
    expect(gartow.need.vollstationaer).toBeCloseTo(members[0]!.need.vollstationaer + members[1]!.need.vollstationaer, 8);
    expect(status.explanation.sources[0]).toContain('GENESIS-Tabelle 12411-02-03-5, Stichtag 31.12.2015');
    expect(status.explanation.assumptions.join(' ')).toContain('Altersverteilung des Kreises 03354 am 31.12.2015 (Tabelle 12411-03-03-4)');
    expect(status.explanation.assumptions.join(' ')).toContain('kalibriert');
    expect(a.pyramid.find((p) => p.band === '90+')).toEqual({ band: '90+', maennlich: expect.closeTo(144, 6), weiblich: expect.closeTo(418, 6) });

    const heim = a.gaps.find((g) => g.offerType === 'vollstationaer' && g.scenarioId === status.id)!;
    const heimKreis = heim.rows.find((r) => r.key === 'kreis' && r.year === 2015)!;
    expect(heimKreis.required).toBeCloseTo(kreis2015.need.vollstationaer / 0.95, 8);
    expect(heimKreis.stock).toBe(0);
    expect(heim.explanation.formula).toContain('Auslastung 95 %');
    expect(a.staffing[0]!.rows.find((r) => r.key === 'kreis' && r.year === 2025)!.ratio).toBe(2500);
    expect(a.staffGap?.year).toBe(2025);
    expect(a.reachability?.shareBeyond).toBe(1); // no Tagespflege offers yet
    expect(hasOffer).toBe(true);
    await call(services, 'plan.close', {});
  });
});

describe('need statements', () => {
  it('are created, listed per field, changed and deleted (tombstone)', async () => {
    await newPlan('statements.sqlite');
    const g = (await call(services, 'district.gemeinden.list', {}))[0]!;
    const s = await call(services, 'needs.statements.save', { id: null, fieldId: 'hf07', title: 'Tagespflege fehlt', description: null, gemeindeId: g.id, priority: 'hoch', source: 'Workshop', sourceDate: '2025-03-12' });
    expect(await call(services, 'needs.statements.list', { fieldId: 'hf07' })).toEqual([s]);
    expect(await call(services, 'needs.statements.list', { fieldId: 'hf01' })).toEqual([]);
    await call(services, 'needs.statements.save', { ...s, priority: 'mittel' });
    expect((await call(services, 'needs.statements.list', { fieldId: null }))[0]!.priority).toBe('mittel');
    await expect(call(services, 'needs.statements.save', { ...s, id: null, title: '  ' })).rejects.toThrow(/Bedarf kurz benennen/);
    await call(services, 'needs.statements.delete', { id: s.id });
    expect(await call(services, 'needs.statements.list', { fieldId: null })).toEqual([]);
    await call(services, 'plan.close', {});
  });
});

describe('sample plan', () => {
  it('has the population of Lüchow-Dannenberg, splits 75+ by the Kreis table and gives results', async () => {
    await call(services, 'plan.openSample', {}, 'sample');
    const datasets = await call(services, 'needs.population.list', {}, 'sample');
    expect(datasets.map((d) => d.tableCode).sort()).toEqual(['12411-02-03-5', '12411-03-03-4']);
    const a = await call(services, 'needs.analysis', { year: null }, 'sample');
    expect(a.ready).toBe(true);
    const kreis = a.scenarios[0]!.rows.find((r) => r.key === 'kreis' && r.year === 2015)!;
    expect(kreis.population['90+']).toBeCloseTo(562, 6);
    expect(kreis.population['80-85']).toBeCloseTo(1875, 6);
    // Calibrated to the Kreis' 2,466 Pflegebedürftige of 2015 (22411-02-03-4); the factor is shown.
    expect(kreis.need.pflegegeld + kreis.need.ambulant + kreis.need.vollstationaer).toBeCloseTo(2466, 6);
    const [rates] = await call(services, 'needs.rateSets.list', {}, 'sample');
    expect(rates!.factor).toBeGreaterThan(0.5);
    expect(rates!.factor).toBeLessThan(0.8);
    expect(rates!.calibrationNote).toContain('22411-02-03-4');
    expect(a.scenarios[0]!.explanation.assumptions.join(' ')).toContain('des Kreises 03354 am 31.12.2015 (Tabelle 12411-03-03-4)');
    expect(a.pyramid.find((p) => p.band === '90+')).toEqual({ band: '90+', maennlich: expect.closeTo(144, 6), weiblich: expect.closeTo(418, 6) });
    expect(await call(services, 'needs.statements.list', { fieldId: 'hf07' }, 'sample')).toHaveLength(1);
    await call(services, 'plan.close', {}, 'sample');
  });
});

describe('inputs', () => {
  it('own rate sets, a projection table as scenario, and stock from the register', async () => {
    await newPlan('inputs.sqlite');
    await runJob('needs.population.commit', GEMEINDEN);
    await expect(
      call(services, 'needs.rateSets.save', { id: null, name: 'Land', source: 'LSN 2021', note: '', values: [{ ageBand: '0-80', sex: 'insgesamt', setting: 'ambulant', rate: 0.01 }] }),
    ).rejects.toThrow(/letzte Altersgruppe muss offen/);
    const own = await call(services, 'needs.rateSets.save', {
      id: null,
      name: 'Land Niedersachsen (Test)',
      source: 'Test',
      note: '',
      values: [
        { ageBand: '0-80', sex: 'insgesamt', setting: 'vollstationaer', rate: 0 },
        { ageBand: '80+', sex: 'insgesamt', setting: 'vollstationaer', rate: 0.1 },
      ],
    });

    // A Vorausberechnung for 2025 in the template format: Lüchow doubles its 80+.
    const template = ['ags;name;jahr;geschlecht;altersgruppe;anzahl', '03354018;Lüchow (Wendland);2025;insgesamt;0-80;7000', '03354018;Lüchow (Wendland);2025;insgesamt;80+;2000'].join('\n');
    const status = await runJob('needs.population.commit', 'vorlage.csv', 'w1', Buffer.from(template).toString('base64'));
    expect(status.state).toBe('done');
    const projection = (await call(services, 'needs.population.list', {})).find((d) => d.format === 'vorlage')!;
    // runJob sends kind 'bestand'; a Vorausberechnung is a separate kind:
    expect(projection.kind).toBe('bestand');
    const { jobId } = await call(services, 'needs.population.commit', { fileName: 'vb.csv', contentBase64: Buffer.from(template).toString('base64'), kind: 'vorausberechnung' });
    expect((await services.jobs.wait(jobId, 'w1')).state).toBe('done');
    await call(services, 'needs.population.delete', { id: projection.id });
    const vb = (await call(services, 'needs.population.list', {})).find((d) => d.kind === 'vorausberechnung')!;
    const sc = await call(services, 'needs.scenarios.save', { id: null, name: 'Vorausberechnung', method: 'tabelle', growth: {}, rateTrend: 0, rateSetId: own.id, endYear: 2030, projectionDatasetId: vb.id });
    await expect(call(services, 'needs.scenarios.save', { ...sc, id: null })).rejects.toThrow(/gibt es schon/);

    const session = services.sessions.require('w1');
    const g = (await call(services, 'district.gemeinden.list', {})).find((x) => x.ags === '03354018')!;
    await session.write(async (w) => {
      await w.insert('offer', { id: '11111111-1111-4111-8111-111111111111', type_id: 'vollstationaer', name: 'Heim (Test)', gemeinde_id: g.id, capacity: 100, is_example: 0 });
    });

    const a = await call(services, 'needs.analysis', { year: 2025 });
    const mine = a.scenarios.find((s) => s.id === sc.id)!;
    const l2025 = mine.rows.find((r) => r.key === '03354018' && r.year === 2025)!;
    expect(l2025.need.vollstationaer).toBeCloseTo(200, 8);
    const l2020 = mine.rows.find((r) => r.key === '03354018' && r.year === 2020)!;
    const l2015 = mine.rows.find((r) => r.key === '03354018' && r.year === 2015)!;
    expect(l2020.need.vollstationaer).toBeCloseTo((l2015.need.vollstationaer + 200) / 2, 8);
    const heim = a.gaps.find((x) => x.scenarioId === sc.id && x.offerType === 'vollstationaer')!;
    expect(heim.rows.find((r) => r.key === '03354018' && r.year === 2025)).toMatchObject({ stock: 100, required: expect.closeTo(200 / 0.95, 8) });
    expect(heim.rows.find((r) => r.key === 'kreis' && r.year === 2025)!.stock).toBe(100);
    await call(services, 'plan.close', {});
  });
});

describe('the national file', () => {
  const NATIONAL = fixture('needs/genesis_12411-02-03-5_00.csv');

  it('keeps only the plan’s Kreis (Samtgemeinden not counted) and can be cancelled with nothing written', async () => {
    const file = await newPlan('national.sqlite');
    const before = sha256(file);
    const { jobId } = await call(services, 'needs.population.commit', { fileName: 'national.csv', contentBase64: b64(NATIONAL), kind: 'bestand' });
    await call(services, 'jobs.cancel', { jobId });
    expect(await services.jobs.wait(jobId, 'w1')).toMatchObject({ state: 'cancelled' });
    expect(await call(services, 'needs.population.list', {})).toEqual([]);
    expect(sha256(file)).toBe(before);

    const status = await runJob('needs.population.commit', NATIONAL);
    expect(status.state).toBe('done');
    expect(status.total).toBeGreaterThan(0);
    const sqlite = new Sqlite(file, { readonly: true });
    expect(sqlite.prepare(`SELECT count(DISTINCT region_key) AS n, sum(total) AS s FROM population_row WHERE deleted_at IS NULL AND level = 'gemeinde' AND sex = 'insgesamt'`).get()).toEqual({ n: 29, s: 50128 });
    expect(sqlite.prepare(`SELECT count(*) AS n FROM population_row WHERE deleted_at IS NULL AND region_key NOT LIKE '03354%'`).get()).toEqual({ n: 0 });
    sqlite.close();
    await call(services, 'plan.close', {});
  });
});

describe('export', () => {
  it('writes a table as XLSX with numbers as numbers', async () => {
    await newPlan('export.sqlite');
    const file = await call(services, 'needs.export.xlsx', { fileName: 'luecken-2025.csv', sheet: 'Lücken', header: ['Gebiet', 'Lücke'], rows: [['Lüchow', 12.345], ['Kreis', -3]] });
    expect(file.fileName).toBe('luecken-2025.xlsx');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Gebiet', 'Lücke']);
    expect(ws.getRow(2).values).toEqual([undefined, 'Lüchow', 12.35]);
    await expect(call(services, 'needs.export.xlsx', { fileName: '../x', sheet: 'a', header: ['a'], rows: [] })).rejects.toThrow(/Dateiname/);
    await call(services, 'plan.close', {});
  });
});
