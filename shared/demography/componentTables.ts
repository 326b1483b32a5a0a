/**
 * Recognises the official tables of a cohort-component projection by their GENESIS code (not by
 * file name) and reads them into ComponentTables. Unknown files are listed, never guessed at.
 */
import { parseGenesisTable } from '../import/genesisTable';
import { readLongCounts, readWideCounts, type RegionCounts } from './genesisCounts';
import type { ComponentTables } from './kreisModel';

export interface SourceTable {
  code: string;
  file: string;
  referenceDate: string | null;
  stand: string | null;
  licence: string | null;
}

export interface LoadedTables {
  tables: ComponentTables;
  sources: SourceTable[];
  ignored: string[];
}

/** What each table code provides, and whether the projection can run without it. */
export const COMPONENT_TABLES: Record<string, { label: string; required: boolean }> = {
  '12411-04-02-4': { label: 'Bevölkerung nach Geschlecht und Altersjahren (Kreise)', required: true },
  '12613-02-02-4': { label: 'Gestorbene nach Geschlecht und Altersgruppen (Kreise)', required: true },
  '12612-02-01-4': { label: 'Lebendgeborene nach Alter der Mütter (Kreise)', required: true },
  '12711-04-02-4': { label: 'Zu- und Fortzüge über die Kreisgrenzen nach Altersgruppen', required: false },
  '12411-02-03-5': { label: 'Bevölkerung nach 17 Altersgruppen (Gemeinden)', required: false },
  '12711-01-03-5': { label: 'Zu- und Fortzüge über die Gemeindegrenzen nach Altersgruppen', required: false },
};

/** The GENESIS table code from a file's first lines ("12613-02-02-4"), without reading the rest. */
export const sniffTableCode = (text: string): string | null => /GENESIS-Tabelle:\s*(\d{5}-\d{2}-\d{2}-\d)/.exec(text.slice(0, 400))?.[1] ?? null;

export function loadComponentTables(files: ReadonlyArray<{ name: string; text: string }>): LoadedTables {
  const found = new Map<string, { parsed: ReturnType<typeof parseGenesisTable>; file: string }>();
  const ignored: string[] = [];
  const chosen = new Map<string, { name: string; text: string }>();
  for (const f of files) {
    // Only the head is needed to recognise a table; parse fully only what is used.
    const code = sniffTableCode(f.text);
    if (!code || !(code in COMPONENT_TABLES)) {
      ignored.push(f.name);
      continue;
    }
    // The same table twice (a national file and an extract of one Kreis): the larger one wins.
    const other = chosen.get(code);
    if (other && other.text.length >= f.text.length) ignored.push(f.name);
    else {
      if (other) ignored.push(other.name);
      chosen.set(code, f);
    }
  }
  for (const [code, f] of chosen) found.set(code, { parsed: parseGenesisTable(f.text), file: f.name });
  const missing = Object.entries(COMPONENT_TABLES).filter(([c, d]) => d.required && !found.has(c));
  if (missing.length > 0) {
    throw new Error(`Es fehlen amtliche Tabellen für die Vorausberechnung: ${missing.map(([c, d]) => `${c} (${d.label})`).join('; ')}.`);
  }
  const get = (code: string) => found.get(code)?.parsed ?? null;
  const pop = get('12411-04-02-4')!;
  const date = pop.referenceDates[0] ?? pop.dataRows[0]?.date ?? null;
  const year = date ? Number(date.slice(-4)) : NaN;
  if (!Number.isInteger(year)) throw new Error('Der Stichtag der Bevölkerungstabelle 12411-04-02-4 ist nicht zu erkennen.');
  const mig = get('12711-04-02-4');
  const gPop = get('12411-02-03-5');
  const gMig = get('12711-01-03-5');
  const empty = new Map<string, RegionCounts>();
  const tables: ComponentTables = {
    population: readLongCounts(pop),
    deaths: readLongCounts(get('12613-02-02-4')!),
    births: readLongCounts(get('12612-02-01-4')!),
    kreisIn: mig ? readLongCounts(mig, 'zuzuege') : empty,
    kreisOut: mig ? readLongCounts(mig, 'fortzuege') : empty,
    gemeindePopulation: gPop ? readWideCounts(gPop) : null,
    gemeindeIn: gMig ? readWideCounts(gMig, 'zuzuege') : null,
    gemeindeOut: gMig ? readWideCounts(gMig, 'fortzuege') : null,
    baseYear: year,
  };
  const sources = [...found.entries()].map(([code, f]) => ({ code, file: f.file, referenceDate: referenceOf(f.parsed), stand: f.parsed.standDate, licence: f.parsed.licence }));
  return { tables, sources, ignored };
}

/** The Stichtag (dd.mm.yyyy) or the year of a table's events ("Jahressumme 2015"). */
export function referenceOf(t: ReturnType<typeof parseGenesisTable>): string | null {
  if (t.referenceDates[0]) return t.referenceDates[0];
  const first = t.dataRows[0]?.cells[0] ?? '';
  if (/^\d{4}$/.test(first)) return `Jahr ${first}`;
  const title = t.titleLines.find((l) => /^\d{4}$/.test(l.trim()));
  return title ? `Jahr ${title.trim()}` : null;
}
