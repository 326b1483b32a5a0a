/**
 * Assembles the inputs of one Kreis's projection from the official component tables: its
 * single-year population, the national schedules scaled by its standardised ratios, its migration,
 * and its Gemeinden split to single years with the Kreis's own age distribution.
 */
import { agsFromRegionalCode } from '../district/ags';
import { CITY_STATES, classifyRegionRow } from '../import/regionCode';
import { AGES, CELLS, GEMEINDE_BANDS } from './ages';
import type { KreisSchedules } from './cohort';
import type { BandCount, RegionCounts } from './genesisCounts';
import { expectedBirths, expectedDeaths, fertilitySchedule, migrationRates, moveProfile, mortalitySchedule, observedTotal, standardisedRatio } from './schedules';
import { NATIONAL_2015 } from './national2015';
import { populationFromBands, splitByReference } from './singleYears';

/** The parsed official tables (one map per table: region code → counts). */
export interface ComponentTables {
  /** 12411-04-02-4: population by single years (Kreise). */
  population: Map<string, RegionCounts>;
  /** 12613-02-02-4: deaths by age band (Kreise). */
  deaths: Map<string, RegionCounts>;
  /** 12612-02-01-4: live births by mother's age, boys in `m`, girls in `w` (Kreise). */
  births: Map<string, RegionCounts>;
  /** 12711-04-02-4: moves across the Kreis border. */
  kreisIn: Map<string, RegionCounts>;
  kreisOut: Map<string, RegionCounts>;
  /** 12411-02-03-5: Gemeinden in 17 bands; null = project the Kreis only. */
  gemeindePopulation: Map<string, RegionCounts> | null;
  /** 12711-01-03-5: moves across Gemeinde borders; null = the Kreis's rates for its Gemeinden. */
  gemeindeIn: Map<string, RegionCounts> | null;
  gemeindeOut: Map<string, RegionCounts> | null;
  baseYear: number;
}

export interface NationalSchedules {
  population: Float64Array;
  mortality: Float64Array;
  fertility: Float64Array;
  boysShare: number;
}

/** Credibility constants: expected deaths / births at which a Kreis's own ratio weighs half. */
const DEATHS_PRIOR = 200;
const BIRTHS_PRIOR = 100;


export const tableCodeOf = (kreisKey: string, t: ComponentTables): string => (t.population.has(kreisKey) ? kreisKey : (CITY_STATES[kreisKey] ?? kreisKey));

/** Germany's schedules of 2015 shipped with the program (generated from the official tables). */
export const shippedNationalSchedules = (): NationalSchedules => ({
  population: Float64Array.from(NATIONAL_2015.population),
  mortality: Float64Array.from(NATIONAL_2015.mortality),
  fertility: Float64Array.from(NATIONAL_2015.fertility),
  boysShare: NATIONAL_2015.boysShare,
});

export function nationalSchedules(t: ComponentTables): NationalSchedules {
  const pop = t.population.get('DG');
  const deaths = t.deaths.get('DG');
  const births = t.births.get('DG');
  if (!pop || !deaths || !births) throw new Error('Die Tabellen enthalten keine Zeile für Deutschland (DG); die bundesweiten Raten lassen sich nicht bilden.');
  const population = populationFromBands(pop.bands);
  if (!population) throw new Error('Die Bevölkerung Deutschlands nach Altersjahren ist unvollständig.');
  const f = fertilitySchedule(births, population);
  return { population, mortality: mortalitySchedule(deaths, population), fertility: f.rates, boysShare: f.boysShare };
}

/** Keys of every Kreis whose single-year population is complete (dissolved Kreise are all "-"). */
export function kreisKeys(t: ComponentTables): string[] {
  const keys: string[] = [];
  for (const [code, r] of t.population) {
    const key = code.length === 5 ? code : Object.entries(CITY_STATES).find(([, land]) => land === code)?.[0];
    if (!key) continue;
    if (r.bands.some((b) => b.m === null || b.w === null) || observedTotal(r) === 0) continue;
    keys.push(key);
  }
  return keys.sort();
}

export interface GemeindeModel {
  ags: string;
  name: string;
  base: Float64Array;
  migration: Float64Array | null;
  /** German notes for the trace (unknown values, no migration data …). */
  notes: string[];
}

export interface KreisModel {
  key: string;
  name: string;
  base: Float64Array;
  schedules: KreisSchedules;
  mortalityRatio: number;
  fertilityRatio: number;
  gemeinden: GemeindeModel[];
  notes: string[];
  /** True when the Kreis has no component tables and runs on Germany's rates without migration. */
  fallback: boolean;
  /** True when migration rates of the Kreis were observed. */
  hasMigration: boolean;
}

/** Gemeinden given by the caller (the plan's own list) instead of the Gemeinde table. */
export interface GemeindeBands {
  ags: string;
  name: string;
  bands: BandCount[];
}

export function kreisModel(t: ComponentTables, nat: NationalSchedules, kreisKey: string, planGemeinden?: readonly GemeindeBands[]): KreisModel {
  const code = tableCodeOf(kreisKey, t);
  const popRow = t.population.get(code);
  const base = popRow ? populationFromBands(popRow.bands) : null;
  if (!popRow || !base) throw new Error(`Für den Kreis ${kreisKey} fehlt die vollständige Bevölkerung nach Altersjahren (12411-04-02-4).`);
  const notes: string[] = [];
  const land = code.slice(0, 2);
  const ratioOf = (events: Map<string, RegionCounts>, region: string, expected: (pop: Float64Array) => number): { value: number; observed: number; expected: number } | null => {
    const r = events.get(region);
    const p = t.population.get(region);
    const pop = p ? populationFromBands(p.bands) : null;
    if (!r || !pop) return null;
    return { value: 0, observed: observedTotal(r), expected: expected(pop) };
  };
  const landDeaths = ratioOf(t.deaths, land, (p) => expectedDeaths(nat.mortality, p));
  const landSmr = landDeaths && landDeaths.expected > 0 ? landDeaths.observed / landDeaths.expected : 1;
  const ownDeaths = t.deaths.get(code);
  const eDeaths = expectedDeaths(nat.mortality, base);
  const smr = ownDeaths ? standardisedRatio(observedTotal(ownDeaths), eDeaths, landSmr, DEATHS_PRIOR) : landSmr;
  if (!ownDeaths) notes.push(`Keine Sterbefälle des Kreises in 12613-02-02-4: Sterblichkeit des Landes (SMR ${smr.toFixed(3)}).`);
  const landBirths = ratioOf(t.births, land, (p) => expectedBirths(nat.fertility, p));
  const landSfr = landBirths && landBirths.expected > 0 ? landBirths.observed / landBirths.expected : 1;
  const ownBirths = t.births.get(code);
  const sfr = ownBirths ? standardisedRatio(observedTotal(ownBirths), expectedBirths(nat.fertility, base), landSfr, BIRTHS_PRIOR) : landSfr;

  const mortality = new Float64Array(CELLS);
  for (let i = 0; i < CELLS; i++) mortality[i] = nat.mortality[i]! * smr;
  const fertility = new Float64Array(AGES);
  for (let a = 0; a < AGES; a++) fertility[a] = nat.fertility[a]! * sfr;
  const inM = t.kreisIn.get(code);
  const outM = t.kreisOut.get(code);
  if (!inM || !outM) notes.push('Keine Wanderungsdaten des Kreises (12711-04-02-4): ohne Wanderung gerechnet.');
  const schedules: KreisSchedules = {
    mortality,
    fertility,
    boysShare: nat.boysShare,
    migration: inM && outM ? migrationRates(inM, outM, base) : new Float64Array(CELLS),
    inProfile: inM ? moveProfile(inM, base) : new Float64Array(CELLS),
    outProfile: outM ? moveProfile(outM, base) : new Float64Array(CELLS),
  };
  return { key: kreisKey, name: cleanName(popRow.name), base, schedules, mortalityRatio: smr, fertilityRatio: sfr, gemeinden: gemeindenOf(t, kreisKey, code, base, notes, schedules.migration, planGemeinden), notes, fallback: false, hasMigration: Boolean(inM && outM) };
}

const cleanName = (name: string): string => name.trim();

/** Region codes of a table that are Gemeinden of the Kreis, by AGS (Samt-/Verbandsgemeinden left out). */
function gemeindeRows(table: Map<string, RegionCounts>, kreisCode: string): Map<string, RegionCounts> {
  const codes = [...table.keys()].filter((c) => c.startsWith(kreisCode) && c.length > kreisCode.length);
  const verband = new Set<string>();
  for (const c of codes) if (c.length >= 10) verband.add(c.slice(0, c.length === 10 ? 7 : 8));
  const out = new Map<string, RegionCounts>();
  for (const c of codes) {
    const r = table.get(c)!;
    const cls = classifyRegionRow(c, r.name, verband);
    if (cls.level !== 'gemeinde') continue;
    // Rows of dissolved units are all "-": nobody lives there on the reference date.
    if (r.bands.every((b) => b.m === 0 && b.w === 0)) continue;
    const ags = cls.ags ?? agsFromRegionalCode(c);
    if (ags) out.set(ags, r);
  }
  return out;
}

function gemeindenOf(t: ComponentTables, kreisKey: string, code: string, kreisBase: Float64Array, notes: string[], kreisMigration: Float64Array, planGemeinden?: readonly GemeindeBands[]): GemeindeModel[] {
  if (planGemeinden) return gemeindeModels(t, code, kreisBase, new Map(planGemeinden.map((g) => [g.ags, { code: g.ags, name: g.name, bands: g.bands }])), kreisMigration);
  if (!t.gemeindePopulation) return [];
  let rows = gemeindeRows(t.gemeindePopulation, code);
  if (rows.size === 0) {
    // A kreisfreie Stadt (or Berlin/Hamburg): the Kreis row is its one Gemeinde.
    const own = t.gemeindePopulation.get(code);
    if (!own) return [];
    rows = new Map([[`${kreisKey}000`, own]]);
    notes.push(`Kreisfreie Stadt: die Kreiszeile ist die einzige Gemeinde (${kreisKey}000).`);
  }
  return gemeindeModels(t, code, kreisBase, rows, kreisMigration);
}

function gemeindeModels(t: ComponentTables, code: string, kreisBase: Float64Array, rows: Map<string, RegionCounts>, kreisMigration: Float64Array | null): GemeindeModel[] {
  const filled = fillUnknown([...rows.entries()], kreisBase);
  const migIn = t.gemeindeIn ? gemeindeRows(t.gemeindeIn, code) : null;
  const migOut = t.gemeindeOut ? gemeindeRows(t.gemeindeOut, code) : null;
  const out: GemeindeModel[] = [];
  for (const { ags, row, unknown } of filled) {
    const { pop } = splitByReference(row.bands, kreisBase);
    const gNotes: string[] = [];
    if (unknown > 0) gNotes.push(`${unknown} Werte sind geheim („.“); sie sind aus dem Rest des Kreises geschätzt.`);
    const i = migIn?.get(ags);
    const o = migOut?.get(ags);
    const people = row.bands.reduce((a, b) => a + (b.m ?? 0) + (b.w ?? 0), 0);
    if (t.gemeindeIn && (!i || !o) && people > 0) gNotes.push('Keine Wanderungsdaten der Gemeinde: Wanderungsraten des Kreises.');
    out.push({ ags, name: row.name.trim(), base: pop, migration: i && o && kreisMigration ? gemeindeMigration(i, o, pop, kreisMigration) : null, notes: gNotes });
  }
  return out.sort((a, b) => a.ags.localeCompare(b.ags));
}

/**
 * Secret values ("."): the Kreis's count of the band minus the known Gemeinden is shared among
 * the Gemeinden whose value is unknown, in proportion to their known population.
 */
function fillUnknown(rows: Array<[string, RegionCounts]>, kreisBase: Float64Array): Array<{ ags: string; row: RegionCounts; unknown: number }> {
  const size = rows.map(([, r]) => r.bands.reduce((s, b) => s + (b.m ?? 0) + (b.w ?? 0), 0) + 1);
  const result = rows.map(([ags, r]) => ({ ags, row: { ...r, bands: r.bands.map((b) => ({ ...b })) }, unknown: 0 }));
  for (let j = 0; j < GEMEINDE_BANDS.length; j++) {
    const band = GEMEINDE_BANDS[j]!;
    for (const sex of ['m', 'w'] as const) {
      const s = sex === 'm' ? 0 : 1;
      let kreis = 0;
      for (let a = band.from, end = band.to === null ? AGES : Math.min(band.to, AGES); a < end; a++) kreis += kreisBase[s * AGES + a]!;
      let known = 0;
      const missing: number[] = [];
      result.forEach((g, k) => {
        const b = g.row.bands.find((x: BandCount) => x.band.from === band.from && x.band.to === band.to);
        if (!b) return;
        if (b[sex] === null) missing.push(k);
        else known += b[sex]!;
      });
      if (missing.length === 0) continue;
      const weight = missing.reduce((a, k) => a + size[k]!, 0);
      for (const k of missing) {
        const b = result[k]!.row.bands.find((x) => x.band.from === band.from && x.band.to === band.to)!;
        b[sex] = (Math.max(0, kreis - known) * size[k]!) / weight;
        result[k]!.unknown++;
      }
    }
  }
  return result;
}

/**
 * A Kreis without its own component tables: national rates of 2015 (SMR and fertility ratio 1),
 * no migration, the Kreis's bands split to single years like Germany's population. Says so.
 */
export function fallbackKreisModel(kreisKey: string, name: string, kreisBands: readonly BandCount[], gemeinden: readonly GemeindeBands[], nat: NationalSchedules): KreisModel {
  const { pop: base } = splitByReference(kreisBands, nat.population);
  const t: ComponentTables = { population: new Map(), deaths: new Map(), births: new Map(), kreisIn: new Map(), kreisOut: new Map(), gemeindePopulation: null, gemeindeIn: null, gemeindeOut: null, baseYear: 0 };
  const zero = new Float64Array(CELLS);
  return {
    key: kreisKey,
    name,
    base,
    schedules: { mortality: nat.mortality, fertility: nat.fertility, boysShare: nat.boysShare, migration: zero, inProfile: zero, outProfile: zero },
    mortalityRatio: 1,
    fertilityRatio: 1,
    fallback: true,
    hasMigration: false,
    gemeinden: gemeindeModels(t, kreisKey, base, new Map(gemeinden.map((g) => [g.ags, { code: g.ags, name: g.name, bands: g.bands }])), null),
    notes: [
      'Für den Kreis sind keine Sterbefälle, Geburten und Wanderungen importiert: gerechnet wird mit den Raten Deutschlands 2015 und ohne Wanderung. Für eine belastbare Vorausberechnung bitte die Tabellen 12411-04-02-4, 12613-02-02-4, 12612-02-01-4 und 12711-04-02-4 importieren.',
      `Die Altersgruppen des Kreises (${kreisBands.length} Gruppen) sind innerhalb jeder Gruppe im Verhältnis der Altersjahre Deutschlands am 31.12.2015 auf einzelne Jahre aufgeteilt.`,
    ],
  };
}

/** Moves (in + out) at which a Gemeinde's own migration pattern weighs half against its Kreis's. */
const GEMEINDE_MOVES_PRIOR = 200;
/** Largest deviation of a Gemeinde's yearly net migration rate from its Kreis's (per person). */
const GEMEINDE_MAX_DEVIATION = 0.01;
/** Below this age a Gemeinde follows its Kreis's migration rate (see gemeindeMigration). */
const GEMEINDE_OWN_MIGRATION_FROM = 50;

/**
 * A Gemeinde's migration per person: the Kreis's rate plus the Gemeinde's own deviation from it,
 * from 50 years on, weighted by how many moves it rests on (moves ÷ (moves + 200), per band) and at
 * most 1 percentage point a year. Below 50 the Gemeinde follows its Kreis: in 2015 the housing of
 * refugees decided where young people moved (one shelter could double a village's moves), which
 * says nothing about the years after. One year of a small place is mostly chance, so even the
 * older ages' deviation counts only as far as the counts carry it, and never compounds into a
 * doubling over a planning period.
 */
function gemeindeMigration(inMoves: RegionCounts, outMoves: RegionCounts, pop: Float64Array, kreis: Float64Array): Float64Array {
  const own = migrationRates(inMoves, outMoves, pop);
  const rates = new Float64Array(CELLS);
  const outByBand = new Map(outMoves.bands.map((b) => [`${b.band.from}-${b.band.to}`, b]));
  for (const b of inMoves.bands) {
    const o = outByBand.get(`${b.band.from}-${b.band.to}`);
    const moves = (b.m ?? 0) + (b.w ?? 0) + (o?.m ?? 0) + (o?.w ?? 0);
    const w = moves / (moves + GEMEINDE_MOVES_PRIOR);
    for (let sex = 0; sex < 2; sex++) {
      for (let a = Math.min(b.band.from, AGES - 1), end = b.band.to === null ? AGES : Math.min(b.band.to, AGES); a < end; a++) {
        const i = sex * AGES + a;
        const deviation = a < GEMEINDE_OWN_MIGRATION_FROM ? 0 : w * (own[i]! - kreis[i]!);
        rates[i] = kreis[i]! + Math.max(-GEMEINDE_MAX_DEVIATION, Math.min(GEMEINDE_MAX_DEVIATION, deviation));
      }
    }
  }
  return rates;
}
