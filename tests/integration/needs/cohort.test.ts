/**
 * The cohort model inside a plan: the national component tables imported through the contract
 * (only Germany, the Land, the Kreis and its Gemeinden kept), the analysis on the Kreis's own
 * ratios, an official Kreis projection as control total, and refusals that write nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fixture, sha256 } from '../../helpers/files';
import { nationalFile } from '../../helpers/nationalTables';
import { call, useTestServices } from '../../helpers/services';
import { fullAnalysis } from '../../helpers/needsAnalysis';

const ctx = useTestServices();
const meta = { title: 'Plan', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const GEMEINDEN = fixture('regionalstatistik/LK03354_12411-02-03-5_2015.csv');
const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const COMPONENTS = ['12411-04-02-4', '12613-02-02-4', '12612-02-01-4', '12711-04-02-4', '12711-01-03-5'] as const;

async function newPlan(name: string): Promise<string> {
  const file = path.join(ctx.dir, name);
  await call(ctx.services, 'plan.create', { path: file, meta });
  await call(ctx.services, 'district.import.commit', { format: 'genesis', fileName: 'g.csv', contentBase64: b64(fs.readFileSync(GEMEINDEN)), kreisKey: '03354' });
  const { jobId } = await call(ctx.services, 'needs.population.commit', { fileName: 'g.csv', contentBase64: b64(fs.readFileSync(GEMEINDEN)), kind: 'bestand' });
  expect((await ctx.services.jobs.wait(jobId, 'w1')).state).toBe('done');
  return file;
}


describe('cohort model in a plan', () => {
  it('imports the national tables keeping only Germany, Niedersachsen, the Kreis and its Gemeinden', async () => {
    const file = await newPlan('national.sqlite');
    const r = await call(ctx.services, 'needs.demography.import', { files: COMPONENTS.map((c) => ({ fileName: nationalFile(c).name, contentBase64: b64(nationalFile(c).text) })) });
    expect(r.tables.map((t) => t.code).sort()).toEqual([...COMPONENTS].sort());
    // Each table says when it counts, also the migration table whose year is only a title line.
    const listed = await call(ctx.services, 'needs.demography.list', {});
    expect(Object.fromEntries(listed.map((d) => [d.tableCode, d.reference]))).toMatchObject({ '12711-04-02-4': 'Jahr 2015', '12613-02-02-4': 'Jahr 2015', '12411-04-02-4': '31.12.2015' });
    await call(ctx.services, 'plan.close', {});
    const db = new Sqlite(file, { readonly: true });
    const codes = (db.prepare('SELECT DISTINCT region_code AS c FROM demography_row WHERE deleted_at IS NULL').all() as { c: string }[]).map((x) => x.c);
    db.close();
    expect(codes.every((c) => c === 'DG' || c === '03' || c.startsWith('03354'))).toBe(true);
    expect(codes).toEqual(expect.arrayContaining(['DG', '03', '03354', '03354406012']));
  });

  it('projects on the Kreis’s own ratios; Gemeinden sum to the Kreis; the base year is the official count', async () => {
    await call(ctx.services, 'plan.open', { path: path.join(ctx.dir, 'national.sqlite') });
    const a = await fullAnalysis(ctx.services, { year: 2030 });
    const status = a.scenarios[0]!;
    expect(status.explanation.assumptions.join(' ')).toMatch(/SMR 1,04/);
    const sum = (p: Record<string, number>) => Object.values(p).reduce((x, y) => x + y, 0);
    const kreis = (year: number) => status.rows.find((r) => r.key === 'kreis' && r.year === year)!;
    expect(sum(kreis(2015).population)).toBeCloseTo(50128, 6);
    expect(kreis(2015).population['90+']).toBeCloseTo(562, 6);
    for (const year of [2020, 2030]) {
      const gemeinden = status.rows.filter((r) => /^\d{8}$/.test(r.key) && r.year === year);
      expect(gemeinden).toHaveLength(29);
      expect(gemeinden.reduce((s, g) => s + sum(g.population), 0)).toBeCloseTo(sum(kreis(year).population), 6);
    }
    // Cohorts age: more people of 80+ in 2030 than in 2015 (the large cohorts of the 1950s arrive).
    const over80 = (p: Record<string, number>) => (p['80-85'] ?? 0) + (p['85-90'] ?? 0) + (p['90+'] ?? 0);
    expect(over80(kreis(2030).population)).toBeGreaterThan(over80(kreis(2015).population));
    await call(ctx.services, 'plan.close', {});
  });

  it('uses an official Kreis projection as control total and refuses it for the Gemeinde method', async () => {
    await call(ctx.services, 'plan.open', { path: path.join(ctx.dir, 'national.sqlite') });
    const csv = ['ags;name;jahr;geschlecht;altersgruppe;anzahl', '03354;Lüchow-Dannenberg;2020;insgesamt;0-65;34000', '03354;Lüchow-Dannenberg;2020;insgesamt;65+;15000', '03354;Lüchow-Dannenberg;2025;insgesamt;0-65;32000', '03354;Lüchow-Dannenberg;2025;insgesamt;65+;16000'].join('\n');
    const { jobId } = await call(ctx.services, 'needs.population.commit', { fileName: 'vb.csv', contentBase64: b64(csv), kind: 'vorausberechnung' });
    expect((await ctx.services.jobs.wait(jobId, 'w1')).state).toBe('done');
    const vb = (await call(ctx.services, 'needs.population.list', {})).find((d) => d.kind === 'vorausberechnung')!;
    const [rates] = await call(ctx.services, 'needs.rateSets.list', {});
    const base = { id: null, growth: {}, rateTrend: 0, rateSetId: rates!.id, endYear: 2030, projectionDatasetId: vb.id };
    await expect(call(ctx.services, 'needs.scenarios.save', { ...base, name: 'Tabelle', method: 'tabelle' })).rejects.toThrow(/nur Werte für den Kreis/);
    const sc = await call(ctx.services, 'needs.scenarios.save', { ...base, name: 'Amtlich', method: 'kohorte', cohort: { migration: 'gedaempft', damping: 0.2, netPerYear: 0, mortalityDecline: 1 } });
    const a = await fullAnalysis(ctx.services, { year: 2025 });
    const amtlich = a.scenarios.find((s) => s.id === sc.id)!;
    const kreis = (year: number) => amtlich.rows.find((r) => r.key === 'kreis' && r.year === year)!.population;
    const from65 = (p: Record<string, number>) => Object.entries(p).filter(([k]) => Number(k.split(/[-+]/)[0]) >= 65).reduce((s, [, v]) => s + v, 0);
    const all = (p: Record<string, number>) => Object.values(p).reduce((s, v) => s + v, 0);
    expect(from65(kreis(2020))).toBeCloseTo(15000, 6);
    expect(all(kreis(2025))).toBeCloseTo(48000, 6);
    // 2022 lies between two official years: interpolated.
    expect(from65(kreis(2022))).toBeCloseTo(15000 + (2 / 5) * 1000, 6);
    const gemeinden2025 = amtlich.rows.filter((r) => /^\d{8}$/.test(r.key) && r.year === 2025).reduce((s, r) => s + all(r.population), 0);
    expect(gemeinden2025).toBeCloseTo(48000, 6);
    expect(amtlich.explanation.assumptions.join(' ')).toContain('Eckwerte: die amtliche Vorausberechnung');
    await call(ctx.services, 'plan.close', {});
  });

  it('refuses files that are no component table, or lack the Kreis, and writes nothing', async () => {
    const file = await newPlan('refuse.sqlite');
    await call(ctx.services, 'plan.close', {});
    const before = sha256(file);
    await call(ctx.services, 'plan.open', { path: file });
    await expect(call(ctx.services, 'needs.demography.import', { files: [{ fileName: 'g.csv', contentBase64: b64(fs.readFileSync(GEMEINDEN)) }] })).rejects.toThrow(/Keine der Dateien ist eine Tabelle für die Kohortenrechnung/);
    const deaths = nationalFile('12613-02-02-4').text.replace(/^2015;03354;.*$/gm, '');
    const births = nationalFile('12612-02-01-4');
    await expect(
      call(ctx.services, 'needs.demography.import', { files: [{ fileName: births.name, contentBase64: b64(births.text) }, { fileName: 'tod.csv', contentBase64: b64(deaths) }] }),
    ).rejects.toThrow(/tod\.csv: Die Tabelle 12613-02-02-4 enthält keine Zeile für den Kreis 03354/);
    await call(ctx.services, 'plan.close', {});
    expect(sha256(file)).toBe(before);
  });
});

describe('city states', () => {
  it('plans Hamburg as Kreis 02000 with one Gemeinde and reproduces its Pflegestatistik', async () => {
    await call(ctx.services, 'plan.create', { path: path.join(ctx.dir, 'hamburg.sqlite'), meta: { ...meta, districtName: 'Hamburg', kreisKey: '02000' } });
    const g = nationalFile('12411-02-03-5');
    await call(ctx.services, 'district.import.commit', { format: 'genesis', fileName: g.name, contentBase64: b64(g.text), kreisKey: '02000' });
    const { jobId } = await call(ctx.services, 'needs.population.commit', { fileName: g.name, contentBase64: b64(g.text), kind: 'bestand' });
    expect((await ctx.services.jobs.wait(jobId, 'w1')).state).toBe('done');
    const p = nationalFile('22411-02-03-4');
    await call(ctx.services, 'needs.careStatistics.commit', { fileName: p.name, contentBase64: b64(p.text) });
    const [rates] = await call(ctx.services, 'needs.rateSets.list', {});
    const cal = await call(ctx.services, 'needs.rateSets.calibrate', { id: rates!.id, observed: null, label: '' });
    const a = await fullAnalysis(ctx.services, { year: 2020 });
    expect(a.regions.filter((r) => r.level === 'gemeinde').map((r) => r.key)).toEqual(['02000000']);
    const k = a.scenarios[0]!.rows.find((r) => r.key === 'kreis' && r.year === 2015)!;
    expect(Object.values(k.population).reduce((s, v) => s + v, 0)).toBeCloseTo(1787408, 4);
    expect(k.need.vollstationaer).toBeCloseTo(cal.observed.vollstationaer!, 6);
    expect(k.need.ambulant).toBeCloseTo(cal.observed.ambulant!, 6);
    await call(ctx.services, 'plan.close', {});
  });
});
