import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { expandEntries, type LogEntryFields } from '../../../db/changes/entries';
import { populationCommitResultSchema, populationPreviewSchema } from '../../../shared/contract/needsSchemas';
import { fixture, sha256 } from '../../helpers/files';
import { call, useTestServices } from '../../helpers/services';
import { fullAnalysis } from '../../helpers/needsAnalysis';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const scratch = useTestServices();

const meta = { title: 'Plan', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const b64 = (file: string) => fs.readFileSync(file).toString('base64');
const GEMEINDEN = fixture('regionalstatistik/LK03354_12411-02-03-5_2015.csv');
const LATIN1 = fixture('regionalstatistik/LK03354_12411-02-03-5_2015.latin1.csv');
const KREIS = fixture('regionalstatistik/LK03354_12411-03-03-4_2015.csv');
const PFLEGE = fixture('regionalstatistik/LK03354_22411-02-03-4_2015.csv');
const EINRICHTUNGEN = fixture('regionalstatistik/LK03354_22411-01-01-4_2003-2015.csv');

/** Observed figures of the Kreis row "Insgesamt", split from the file independently of the importer. */
function observed2015(kreis: string) {
  const c = fs.readFileSync(PFLEGE, 'utf8').split('\n').find((l) => l.startsWith(`31.12.2015;${kreis};`) && l.includes(';Insgesamt;'))!.split(';');
  return { total: Number(c[4]), ambulant: Number(c[6]), vollstationaer: Number(c[7]), pflegegeld: Number(c[10]), teilstationaer: Number(c[11]) };
}

async function runJob(channel: 'needs.population.preview' | 'needs.population.commit', file: string, windowId = 'w1', content?: string) {
  const { jobId } = await call(scratch.services, channel, { fileName: path.basename(file), contentBase64: content ?? b64(file), kind: 'bestand' }, windowId);
  return scratch.services.jobs.wait(jobId, windowId);
}

async function newPlan(name: string, windowId = 'w1') {
  const file = path.join(scratch.dir, name);
  await call(scratch.services, 'plan.create', { path: file, meta }, windowId);
  await call(scratch.services, 'district.import.commit', { format: 'genesis', fileName: 'g.csv', contentBase64: b64(GEMEINDEN), kreisKey: '03354' }, windowId);
  return file;
}

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
    await call(scratch.services, 'plan.close', {});
  });

  it('the latin1 copy gives the same rows as the UTF-8 file', async () => {
    await newPlan('enc.sqlite');
    const utf8 = populationPreviewSchema.parse((await runJob('needs.population.preview', GEMEINDEN)).result);
    const latin1 = populationPreviewSchema.parse((await runJob('needs.population.preview', LATIN1)).result);
    expect(latin1.encoding).toBe('windows-1252');
    expect(latin1.rows).toEqual(utf8.rows);
    expect(latin1.rows.find((r) => r.key === '03354010')?.name).toBe('Höhbeck');
    await runJob('needs.population.commit', LATIN1);
    const sqlite = new Sqlite(path.join(scratch.dir, 'enc.sqlite'), { readonly: true });
    const names = sqlite.prepare(`SELECT name FROM population_row WHERE region_key = '03354010' AND deleted_at IS NULL`).all() as { name: string }[];
    expect(names.map((n) => n.name)).toEqual(['Höhbeck', 'Höhbeck', 'Höhbeck']);
    sqlite.close();
    await call(scratch.services, 'plan.close', {});
  });

  it('commits all rows with their source and change log; a second import of the same years replaces the first', async () => {
    const file = await newPlan('commit.sqlite');
    const status = await runJob('needs.population.commit', GEMEINDEN);
    expect(status.state).toBe('done');
    expect(populationCommitResultSchema.parse(status.result)).toMatchObject({ rows: 90, years: [2015], level: 'gemeinde' });
    await runJob('needs.population.commit', KREIS);
    await runJob('needs.population.commit', GEMEINDEN);
    const datasets = await call(scratch.services, 'needs.population.list', {});
    expect(datasets.map((d) => [d.tableCode, d.level, d.years])).toEqual([
      ['12411-03-03-4', 'kreis', [2015]],
      ['12411-02-03-5', 'gemeinde', [2015]],
    ]);
    expect(datasets[1]).toMatchObject({ stand: '2017-10-10', referenceDate: '2015-12-31', fileName: 'LK03354_12411-02-03-5_2015.csv', encoding: 'utf-8' });
    const sqlite = new Sqlite(file, { readonly: true });
    expect(sqlite.prepare(`SELECT count(*) AS n FROM population_row WHERE deleted_at IS NULL`).get()).toEqual({ n: 93 });
    expect(sqlite.prepare(`SELECT sum(total) AS n FROM population_row WHERE deleted_at IS NULL AND level = 'gemeinde' AND sex = 'insgesamt'`).get()).toEqual({ n: 50128 });
    // One entry per inserted row (whole row), each row carrying its columns.
    const logged = sqlite.prepare(`SELECT col, op, new_value FROM change_log WHERE tbl = 'population_row'`).all() as LogEntryFields[];
    expect(logged.filter((e) => e.op === 'insert').length).toBeGreaterThanOrEqual(93);
    expect(expandEntries(logged).length).toBeGreaterThan(93 * 8);
    expect(sqlite.prepare(`SELECT kind, table_code FROM import_record WHERE kind = 'bevoelkerung' ORDER BY created_at`).all()).toHaveLength(3);
    sqlite.close();
    await call(scratch.services, 'plan.close', {});
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
    await call(scratch.services, 'plan.close', {});
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
    await call(scratch.services, 'plan.close', {});
  });
});

describe('analysis', () => {
  it('is not ready before population is imported, and says what is missing', async () => {
    await newPlan('empty.sqlite');
    const a = await fullAnalysis(scratch.services, { year: null });
    expect(a.ready).toBe(false);
    expect(a.missing[0]).toContain('Bevölkerungstabelle');
    await call(scratch.services, 'plan.close', {});
  });

  it('is not ready while the plan lists no Gemeinden, and says where to import them', async () => {
    const file = path.join(scratch.dir, 'no-gemeinden.sqlite');
    await call(scratch.services, 'plan.create', { path: file, meta }, 'w1');
    expect((await runJob('needs.population.commit', GEMEINDEN)).state).toBe('done');
    const a = await fullAnalysis(scratch.services, { year: null });
    expect(a.ready).toBe(false);
    expect(a.missing).toEqual([expect.stringMatching(/keine Gemeinden erfasst.*„Landkreis & Gemeinden“/)]);
    await call(scratch.services, 'plan.close', {});
  });

  it('warns while the rates are uncalibrated and lie across the 2017 reform from the population', async () => {
    await newPlan('warn.sqlite');
    await runJob('needs.population.commit', GEMEINDEN);
    const a = await fullAnalysis(scratch.services, { year: null });
    expect(a.ready).toBe(true);
    expect(a.warnings.join(' ')).toMatch(/nicht auf den Kreis kalibriert/);
    expect(a.warnings.join(' ')).toMatch(/beschreiben 2023, die Bevölkerung ist vom 31\.12\.2015: dazwischen liegt die Reform des Pflegebedürftigkeitsbegriffs 2017/);
    // Without the Pflegestatistik, calibration says what to import.
    const [set] = await call(scratch.services, 'needs.rateSets.list', {});
    await expect(call(scratch.services, 'needs.rateSets.calibrate', { id: set!.id, observed: null, label: '' })).rejects.toThrow(/noch keine Pflegestatistik des Kreises importiert/);
    await call(scratch.services, 'plan.close', {});
  });

  it('carries secret values (".") as unknown: the Gemeinde is marked incomplete in "Wie berechnet?"', async () => {
    await newPlan('secret.sqlite');
    expect((await runJob('needs.population.commit', fixture('regionalstatistik/LK03354_12411-02-03-5_2015.geheim.csv'))).state).toBe('done');
    const a = await fullAnalysis(scratch.services, { year: null });
    const schnackenburg = a.scenarios[0]!.rows.find((r) => r.key === '03354021' && r.year === a.baseYear)!;
    // The cohort model estimates the unknown values from what the Kreis has left over (here the
    // one secret Gemeinde, so exactly its real 564 inhabitants), and says so.
    expect(Object.values(schnackenburg.population).reduce((x, y) => x + y, 0)).toBeCloseTo(564, 6);
    const note = 'Unvollständig: Für Schnackenburg (03354021) sind Einwohnerzahlen in der Quelle unbekannt oder geheim („.“)';
    expect(a.scenarios[0]!.explanation.assumptions.join(' ')).toContain(note);
    expect(a.scenarios[0]!.explanation.assumptions.join(' ')).toContain('Gemeinde Schnackenburg (03354021): 34 Werte sind geheim („.“); sie sind aus dem Rest des Kreises geschätzt.');
    expect(a.populationSource.assumptions.join(' ')).toContain(note);
    expect(a.warnings.join(' ')).toContain(note);
    await call(scratch.services, 'plan.close', {});
  });

  it('refuses a cut-off population table with a German message and writes nothing', async () => {
    const file = await newPlan('cut.sqlite');
    const before = sha256(file);
    const status = await runJob('needs.population.commit', fixture('regionalstatistik/LK03354_12411-02-03-5_2015.abgeschnitten.csv'));
    expect(status.state).toBe('failed');
    expect(status.error).toMatch(/Import abgebrochen, es wurde nichts geschrieben: .*abgeschnitten/);
    expect(sha256(file)).toBe(before);
    await call(scratch.services, 'plan.close', {});
  });

  it('imports the Pflegestatistik (preview, then all or nothing) and shows the official Kreis figures beside the stock', async () => {
    await newPlan('pflege.sqlite');
    const file = { fileName: path.basename(PFLEGE), contentBase64: b64(PFLEGE) };
    const preview = await call(scratch.services, 'needs.careStatistics.preview', file);
    expect(preview.canCommit).toBe(true);
    expect(preview.kind).toBe('pflegebeduerftige');
    expect(preview.rows.map((r) => r.level)).toEqual(['deutschland', 'deutschland', 'deutschland', 'land', 'land', 'land', 'kreis', 'kreis', 'kreis']);
    expect((await call(scratch.services, 'needs.careStatistics.get', {})).rows).toEqual([]);
    await call(scratch.services, 'needs.careStatistics.commit', file);
    await call(scratch.services, 'needs.careStatistics.commit', { fileName: path.basename(EINRICHTUNGEN), contentBase64: b64(EINRICHTUNGEN) });
    const stats = await call(scratch.services, 'needs.careStatistics.get', {});
    expect(stats.datasets.map((d) => d.tableCode).sort()).toEqual(['22411-01-01-4', '22411-02-03-4']);
    const kreis = stats.rows.find((r) => r.level === 'kreis' && r.year === 2015 && r.sex === 'insgesamt' && 'ambulant' in r.values)!;
    const want = observed2015('03354');
    expect(kreis.values).toMatchObject({ pflegebeduerftige: want.total, ambulant: want.ambulant, vollstationaer: want.vollstationaer, pflegegeld: want.pflegegeld });
    expect(stats.rows.find((r) => r.level === 'kreis' && r.year === 2015 && 'plaetze' in r.values)!.values).toMatchObject({ pflegeheime: 18, plaetze: 966, plaetze_dauerpflege: 882 });
    // A second import of the same table replaces the first; a cut-off file writes nothing.
    await call(scratch.services, 'needs.careStatistics.commit', file);
    expect((await call(scratch.services, 'needs.careStatistics.get', {})).datasets).toHaveLength(2);
    const cut = fs.readFileSync(PFLEGE, 'utf8').split('__________')[0]!;
    await expect(call(scratch.services, 'needs.careStatistics.commit', { fileName: 'cut.csv', contentBase64: Buffer.from(cut).toString('base64') })).rejects.toThrow(/es wurde nichts geschrieben.*abgeschnitten/);
    expect((await call(scratch.services, 'needs.careStatistics.get', {})).datasets).toHaveLength(2);
    await call(scratch.services, 'plan.close', {});
  });

  it('projects per Gemeinde, Planungsbereich and Kreis; calibrates per setting to 594 / 770 / 1,102; gaps use the stock', async () => {
    const file = await newPlan('analysis.sqlite');
    await runJob('needs.population.commit', GEMEINDEN);
    await runJob('needs.population.commit', KREIS);
    const gemeinden = await call(scratch.services, 'district.gemeinden.list', {});
    const area = await call(scratch.services, 'district.areas.create', { name: 'Samtgemeinde Gartow', description: '', gemeindeIds: gemeinden.filter((g) => ['03354005', '03354007'].includes(g.ags)).map((g) => g.id) });

    // Stock through the adapter: only when the stock feature's table exists in this build.
    const sqlite = new Sqlite(file);
    const hasOffer = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'offer'`).get() !== undefined;
    sqlite.close();

    const rateSets = await call(scratch.services, 'needs.rateSets.list', {});
    expect(rateSets).toHaveLength(1);
    expect(rateSets[0]!.isDefault).toBe(true);
    await call(scratch.services, 'needs.careStatistics.commit', { fileName: path.basename(PFLEGE), contentBase64: b64(PFLEGE) });
    const cal = await call(scratch.services, 'needs.rateSets.calibrate', { id: rateSets[0]!.id, observed: null, label: '' });
    const want = observed2015('03354');
    expect(cal.year).toBe(2015);
    for (const s of ['ambulant', 'vollstationaer', 'pflegegeld'] as const) expect(cal.factors[s]).toBeCloseTo(want[s] / cal.expected[s], 10);
    // One factor per setting: the split of the Kreis differs from the NRW split of the default rates.
    expect(new Set([cal.factors.ambulant, cal.factors.vollstationaer, cal.factors.pflegegeld].map((f) => f.toFixed(3))).size).toBe(3);
    expect(cal.notCalibrated).toEqual(['teilstationaer']);
    const listed = (await call(scratch.services, 'needs.rateSets.list', {}))[0]!;
    expect(listed.factors).toEqual(cal.factors);
    expect(listed.calibrationYear).toBe(2015);
    expect(listed.calibrationNote).toContain('Faktor');

    const a = await fullAnalysis(scratch.services, { year: 2025 });
    expect(a.ready).toBe(true);
    expect(a.baseYear).toBe(2015);
    expect(a.scenarios.map((s) => s.name)).toEqual(['Status quo', 'Steigende Pflegequoten bis 2027', 'Gesünder älter werden', 'Ohne Wanderung']);
    const status = a.scenarios[0]!;
    const kreis2015 = status.rows.find((r) => r.key === 'kreis' && r.year === 2015)!;
    expect(kreis2015.need.ambulant).toBeCloseTo(want.ambulant, 6);
    expect(kreis2015.need.vollstationaer).toBeCloseTo(want.vollstationaer, 6);
    expect(kreis2015.need.pflegegeld).toBeCloseTo(want.pflegegeld, 6);
    expect(kreis2015.need.pflegegeld + kreis2015.need.ambulant + kreis2015.need.vollstationaer).toBeCloseTo(want.total, 6);
    // Calibrated, but to 2015: the projection into years after 2017 is flagged.
    expect(a.warnings.join(' ')).not.toMatch(/nicht auf den Kreis kalibriert/);
    expect(a.warnings.join(' ')).toMatch(/auf die Zeit vor 2017 kalibriert/);
    expect(a.warnings.join(' ')).toMatch(/Nach der Reform des Pflegebedürftigkeitsbegriffs 2017/);
    // Reachability counts the true 80+ (1,875 + 1,134 + 562 of the Kreis table), not the whole 75+.
    const reach80 = a.reachability!.rows.reduce((x, r) => x + r.population80, 0);
    expect(reach80).toBeCloseTo(1875 + 1134 + 562, 6);
    expect(a.reachability!.explanation.assumptions.join(' ')).toContain('75 bis unter 80 Jahre (zu „unter 80 Jahre“)');
    expect(Object.values(kreis2015.population).reduce((x, y) => x + y, 0)).toBeCloseTo(50128, 6);
    expect(kreis2015.population['90+']).toBeCloseTo(562, 6);
    const gartow = status.rows.find((r) => r.key === `bereich:${area.id}` && r.year === 2015)!;
    const members = status.rows.filter((r) => ['03354005', '03354007'].includes(r.key) && r.year === 2015);
    expect(gartow.need.vollstationaer).toBeCloseTo(members[0]!.need.vollstationaer + members[1]!.need.vollstationaer, 8);
    expect(status.explanation.sources[0]).toContain('GENESIS-Tabelle 12411-02-03-5, Stichtag 31.12.2015');
    // No deaths, births or migration imported: the trace says what the projection stands on instead.
    expect(status.explanation.assumptions.join(' ')).toContain('Die Altersgruppen des Kreises (21 Gruppen)');
    expect(status.explanation.assumptions.join(' ')).toContain('keine Sterbefälle, Geburten und Wanderungen importiert');
    expect(status.explanation.assumptions.join(' ')).toContain('Wanderung: keine');
    expect(status.explanation.assumptions.join(' ')).toContain('je Leistungsart auf die Pflegestatistik des Kreises kalibriert');
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
    await call(scratch.services, 'plan.close', {});
  });
});

describe('need statements', () => {
  it('are created, listed per field, changed and deleted (tombstone)', async () => {
    await newPlan('statements.sqlite');
    const g = (await call(scratch.services, 'district.gemeinden.list', {}))[0]!;
    const s = await call(scratch.services, 'needs.statements.save', { id: null, fieldId: 'hf07', title: 'Tagespflege fehlt', description: null, gemeindeId: g.id, priority: 'hoch', source: 'Workshop', sourceDate: '2025-03-12' });
    expect(await call(scratch.services, 'needs.statements.list', { fieldId: 'hf07' })).toEqual([s]);
    expect(await call(scratch.services, 'needs.statements.list', { fieldId: 'hf01' })).toEqual([]);
    await call(scratch.services, 'needs.statements.save', { ...s, priority: 'mittel' });
    expect((await call(scratch.services, 'needs.statements.list', { fieldId: null }))[0]!.priority).toBe('mittel');
    await expect(call(scratch.services, 'needs.statements.save', { ...s, id: null, title: '  ' })).rejects.toThrow(/Bedarf kurz benennen/);
    await call(scratch.services, 'needs.statements.delete', { id: s.id });
    expect(await call(scratch.services, 'needs.statements.list', { fieldId: null })).toEqual([]);
    await call(scratch.services, 'plan.close', {});
  });
});

describe('sample plan', () => {
  it('has the population of Lüchow-Dannenberg, splits 75+ by the Kreis table and gives results', async () => {
    await call(scratch.services, 'plan.openSample', {}, 'sample');
    const datasets = await call(scratch.services, 'needs.population.list', {}, 'sample');
    expect(datasets.map((d) => d.tableCode).sort()).toEqual(['12411-02-03-5', '12411-03-03-4']);
    const a = await fullAnalysis(scratch.services, { year: null }, 'sample');
    expect(a.ready).toBe(true);
    const kreis = a.scenarios[0]!.rows.find((r) => r.key === 'kreis' && r.year === 2015)!;
    expect(kreis.population['90+']).toBeCloseTo(562, 6);
    expect(kreis.population['80-85']).toBeCloseTo(1875, 6);
    // Calibrated per setting to the Kreis's Pflegestatistik 2015 (22411-02-03-4), imported with the sample.
    const want = observed2015('03354');
    expect([kreis.need.ambulant, kreis.need.vollstationaer, kreis.need.pflegegeld].map((n) => Math.round(n * 1e6) / 1e6)).toEqual([want.ambulant, want.vollstationaer, want.pflegegeld]);
    const [rates] = await call(scratch.services, 'needs.rateSets.list', {}, 'sample');
    expect(rates!.factors.vollstationaer).toBeGreaterThan(0.5);
    expect(rates!.calibrationNote).toContain('22411-02-03-4');
    const stats = await call(scratch.services, 'needs.careStatistics.get', {}, 'sample');
    expect(stats.stock.pflegeheime).toBe(18);
    // The sample has the Kreis's deaths, births and migration: its own ratios are in the trace.
    expect(a.scenarios[0]!.explanation.assumptions.join(' ')).toMatch(/standardisierten Sterblichkeit des Kreises \(SMR 1,04\d\)/);
    expect(a.scenarios[0]!.explanation.sources.join(' ')).toContain('GENESIS-Tabelle 12613-02-02-4');
    expect(a.pyramid.find((p) => p.band === '90+')).toEqual({ band: '90+', maennlich: expect.closeTo(144, 6), weiblich: expect.closeTo(418, 6) });
    expect(await call(scratch.services, 'needs.statements.list', { fieldId: 'hf07' }, 'sample')).toHaveLength(1);
    await call(scratch.services, 'plan.close', {}, 'sample');
  });
});

describe('inputs', () => {
  it('own rate sets, a projection table as scenario, and stock from the register', async () => {
    await newPlan('inputs.sqlite');
    await runJob('needs.population.commit', GEMEINDEN);
    await expect(
      call(scratch.services, 'needs.rateSets.save', { id: null, name: 'Land', source: 'LSN 2021', note: '', values: [{ ageBand: '0-80', sex: 'insgesamt', setting: 'ambulant', rate: 0.01 }] }),
    ).rejects.toThrow(/letzte Altersgruppe muss offen/);
    await expect(
      call(scratch.services, 'needs.rateSets.save', {
        id: null,
        name: 'Land',
        source: 'LSN 2021',
        note: '',
        values: [
          { ageBand: '0-80', sex: 'insgesamt', setting: 'ambulant', rate: 0.01 },
          { ageBand: '80+', sex: 'insgesamt', setting: 'ambulant', rate: 0.1 },
          { ageBand: '0-80', sex: 'weiblich', setting: 'ambulant', rate: 0.01 },
        ],
      }),
    ).rejects.toThrow(/Quoten für Frauen: Die letzte Altersgruppe muss offen/);
    const own = await call(scratch.services, 'needs.rateSets.save', {
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
    const projection = (await call(scratch.services, 'needs.population.list', {})).find((d) => d.format === 'vorlage')!;
    // runJob sends kind 'bestand'; a Vorausberechnung is a separate kind:
    expect(projection.kind).toBe('bestand');
    const { jobId } = await call(scratch.services, 'needs.population.commit', { fileName: 'vb.csv', contentBase64: Buffer.from(template).toString('base64'), kind: 'vorausberechnung' });
    expect((await scratch.services.jobs.wait(jobId, 'w1')).state).toBe('done');
    await call(scratch.services, 'needs.population.delete', { id: projection.id });
    const vb = (await call(scratch.services, 'needs.population.list', {})).find((d) => d.kind === 'vorausberechnung')!;
    const sc = await call(scratch.services, 'needs.scenarios.save', { id: null, name: 'Vorausberechnung', method: 'tabelle', growth: {}, rateTrend: 0, rateSetId: own.id, endYear: 2030, projectionDatasetId: vb.id });
    await expect(call(scratch.services, 'needs.scenarios.save', { ...sc, id: null })).rejects.toThrow(/gibt es schon/);

    const session = scratch.services.sessions.require('w1');
    const g = (await call(scratch.services, 'district.gemeinden.list', {})).find((x) => x.ags === '03354018')!;
    await session.write(async (w) => {
      await w.insert('offer', { id: '11111111-1111-4111-8111-111111111111', type_id: 'vollstationaer', name: 'Heim (Test)', gemeinde_id: g.id, capacity: 100, is_example: 0 });
    });

    const a = await fullAnalysis(scratch.services, { year: 2025 });
    const mine = a.scenarios.find((s) => s.id === sc.id)!;
    const l2025 = mine.rows.find((r) => r.key === '03354018' && r.year === 2025)!;
    expect(l2025.need.vollstationaer).toBeCloseTo(200, 8);
    const l2020 = mine.rows.find((r) => r.key === '03354018' && r.year === 2020)!;
    const l2015 = mine.rows.find((r) => r.key === '03354018' && r.year === 2015)!;
    expect(l2020.need.vollstationaer).toBeCloseTo((l2015.need.vollstationaer + 200) / 2, 8);
    const heim = a.gaps.find((x) => x.scenarioId === sc.id && x.offerType === 'vollstationaer')!;
    expect(heim.rows.find((r) => r.key === '03354018' && r.year === 2025)).toMatchObject({ stock: 100, required: expect.closeTo(200 / 0.95, 8) });
    expect(heim.rows.find((r) => r.key === 'kreis' && r.year === 2025)!.stock).toBe(100);
    await call(scratch.services, 'plan.close', {});
  });
});

describe('the national file', () => {
  const NATIONAL = fixture('needs/genesis_12411-02-03-5_00.csv');

  it('keeps only the plan’s Kreis (Samtgemeinden not counted) and can be cancelled with nothing written', async () => {
    const file = await newPlan('national.sqlite');
    const before = sha256(file);
    const { jobId } = await call(scratch.services, 'needs.population.commit', { fileName: 'national.csv', contentBase64: b64(NATIONAL), kind: 'bestand' });
    await call(scratch.services, 'jobs.cancel', { jobId });
    expect(await scratch.services.jobs.wait(jobId, 'w1')).toMatchObject({ state: 'cancelled' });
    expect(await call(scratch.services, 'needs.population.list', {})).toEqual([]);
    expect(sha256(file)).toBe(before);

    const status = await runJob('needs.population.commit', NATIONAL);
    expect(status.state).toBe('done');
    expect(status.total).toBeGreaterThan(0);
    const sqlite = new Sqlite(file, { readonly: true });
    expect(sqlite.prepare(`SELECT count(DISTINCT region_key) AS n, sum(total) AS s FROM population_row WHERE deleted_at IS NULL AND level = 'gemeinde' AND sex = 'insgesamt'`).get()).toEqual({ n: 29, s: 50128 });
    expect(sqlite.prepare(`SELECT count(*) AS n FROM population_row WHERE deleted_at IS NULL AND region_key NOT LIKE '03354%'`).get()).toEqual({ n: 0 });
    sqlite.close();
    await call(scratch.services, 'plan.close', {});
  });

  /** Kreis row of the national file, split independently of the importers. */
  const kreisTotal = (key: string) => Number(fs.readFileSync(NATIONAL, 'utf8').split('\n').find((l) => l.startsWith(`${key};`))!.split(';')[19]);

  it.each([
    ['01001', 'Flensburg, kreisfreie Stadt: planned as its one Gemeinde 01001000'],
    ['03360', 'Uelzen: dissolved Samtgemeinden do not make its Gemeinden "kommt mehrfach vor"'],
  ])('plans %s from the national file (%s)', async (kreisKey) => {
    const file = path.join(scratch.dir, `plan-${kreisKey}.sqlite`);
    await call(scratch.services, 'plan.create', { path: file, meta: { ...meta, districtName: kreisKey, kreisKey } });
    const district = await call(scratch.services, 'district.import.commit', { format: 'genesis', fileName: 'national.csv', contentBase64: b64(NATIONAL), kreisKey });
    expect(district).toBeDefined();
    const gemeinden = await call(scratch.services, 'district.gemeinden.list', {});
    if (kreisKey === '01001') expect(gemeinden.map((g) => [g.ags, g.name])).toEqual([['01001000', 'Flensburg']]);
    expect((await runJob('needs.population.commit', NATIONAL)).state).toBe('done');
    const a = await fullAnalysis(scratch.services, { year: null });
    expect(a.ready).toBe(true);
    const kreis = a.scenarios[0]!.rows.find((r) => r.key === 'kreis' && r.year === a.baseYear)!;
    expect(Object.values(kreis.population).reduce((x, y) => x + y, 0)).toBeCloseTo(kreisTotal(kreisKey), 6);
    expect(a.regions.filter((r) => r.level === 'gemeinde')).toHaveLength(gemeinden.length);
    await call(scratch.services, 'plan.close', {});
  });
});

describe('export', () => {
  it('writes a table as XLSX with numbers as numbers', async () => {
    await newPlan('export.sqlite');
    const file = await call(scratch.services, 'needs.export.xlsx', { fileName: 'luecken-2025.csv', sheet: 'Lücken', header: ['Gebiet', 'Lücke'], rows: [['Lüchow', 12.345], ['Kreis', -3]] });
    expect(file.fileName).toBe('luecken-2025.xlsx');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Gebiet', 'Lücke']);
    expect(ws.getRow(2).values).toEqual([undefined, 'Lüchow', 12.35]);
    await expect(call(scratch.services, 'needs.export.xlsx', { fileName: '../x', sheet: 'a', header: ['a'], rows: [] })).rejects.toThrow(/Dateiname/);
    await call(scratch.services, 'plan.close', {});
  });
});
