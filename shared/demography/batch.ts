/**
 * The batch run behind `npm run project`: parses options, runs the default (or chosen) scenario
 * for one Kreis or all, and streams CSV. Pure apart from the `write` callback.
 */
import { GEMEINDE_BANDS } from './ages';
import { DEFAULT_MIGRATION_DAMPING, DEFAULT_SCENARIO, type DemographicScenario, type MigrationScenario, projectKreis } from './cohort';
import { loadComponentTables } from './componentTables';
import { kreisKeys, kreisModel, type NationalSchedules, nationalSchedules, shippedNationalSchedules } from './kreisModel';
import { csvLines, PROJECTION_CSV_HEADER, SINGLE_YEAR_BANDS } from './output';

export interface BatchOptions {
  kreis: string;
  to: string | undefined;
  ages: string | undefined;
  migration: string | undefined;
  damping: string | undefined;
  mortalityDecline: string | undefined;
}

export function parseScenario(o: Pick<BatchOptions, 'migration' | 'damping' | 'mortalityDecline'>): DemographicScenario {
  const damping = o.damping === undefined ? DEFAULT_MIGRATION_DAMPING : Number(o.damping.replace(',', '.'));
  if (!(damping >= 0 && damping <= 1)) throw new Error('--daempfung muss zwischen 0 und 1 liegen.');
  let migration: MigrationScenario;
  const m = o.migration ?? 'gedaempft';
  if (m === 'gedaempft') migration = { kind: 'gedaempft', factor: damping, fromAge: 50 };
  else if (m === 'beobachtet' || m === 'keine') migration = { kind: m };
  else if (/^-?\d+$/.test(m)) migration = { kind: 'eingabe', netPerYear: Number(m) };
  else throw new Error(`--wanderung „${m}“ gibt es nicht (gedaempft, beobachtet, keine oder eine Zahl Personen pro Jahr).`);
  const decline = o.mortalityDecline === undefined ? DEFAULT_SCENARIO.mortalityDecline : Number(o.mortalityDecline.replace(',', '.'));
  if (!(decline > -0.1 && decline < 0.1)) throw new Error('--sterblichkeit ist der jährliche Rückgang der Sterberaten, z. B. 0.01 für 1 %.');
  return { migration, mortalityDecline: decline };
}

export function runProjectionCli(files: ReadonlyArray<{ name: string; text: string }>, o: BatchOptions, write: (chunk: string) => void): string[] {
  const { tables, sources } = loadComponentTables(files);
  const to = o.to === undefined ? tables.baseYear + 30 : Number(o.to);
  if (!Number.isInteger(to) || to < tables.baseYear || to > tables.baseYear + 60) throw new Error(`--to muss ein Jahr zwischen ${tables.baseYear} und ${tables.baseYear + 60} sein.`);
  const bands = o.ages === 'einzeln' ? SINGLE_YEAR_BANDS : GEMEINDE_BANDS;
  if (o.ages !== undefined && o.ages !== 'einzeln' && o.ages !== 'gruppen') throw new Error('--alter ist „gruppen“ (17 Altersgruppen der Gemeindetabelle) oder „einzeln“.');
  const scenario = parseScenario(o);
  const notes: string[] = [];
  let nat: NationalSchedules;
  try {
    nat = nationalSchedules(tables);
  } catch (e) {
    // Extracts of single Kreise may lack the Germany rows: for the base year 2015 the shipped
    // national schedules (from the same tables) stand in, and the summary says so.
    if (tables.baseYear !== 2015) throw e;
    nat = shippedNationalSchedules();
    notes.push(`Hinweis: ${(e as Error).message} Verwendet werden die mitgelieferten bundesweiten Raten 2015.`);
  }
  const all = kreisKeys(tables);
  // "3354" and "03354" name the same Kreis; several may be given as "03354,03360".
  const keys = o.kreis === 'all' ? all : o.kreis.split(',').map((k) => (/^\d{4}$/.test(k.trim()) ? `0${k.trim()}` : k.trim()));
  for (const k of keys) if (!all.includes(k)) throw new Error(`Den Kreis „${k}“ gibt es in den Tabellen nicht (5-stelliger Kreisschlüssel, z. B. 03354).`);
  write(`${PROJECTION_CSV_HEADER}\n`);
  let rows = 0;
  for (const key of keys) {
    const model = kreisModel(tables, nat, key);
    projectKreis({ baseYear: tables.baseYear, endYear: to, base: model.base, gemeinden: model.gemeinden, schedules: model.schedules, scenario }, (year, kreis, gemeinden) => {
      let chunk = csvLines(key, key, year, kreis, bands);
      gemeinden.forEach((g, i) => (chunk += csvLines(key, model.gemeinden[i]!.ags, year, g, bands)));
      rows += (1 + gemeinden.length) * bands.length * 2;
      write(chunk);
    });
  }
  return [...notes, `${keys.length} Kreis(e), ${tables.baseYear}–${to}, ${rows} Zeilen geschrieben.`, `Quellen: ${sources.map((s) => `${s.code} (${s.referenceDate ?? 'Berichtsjahr in der Datei nicht angegeben'})`).join(', ')}; © Statistische Ämter des Bundes und der Länder, dl-de/by-2-0.`];
}
