/**
 * Pflegestatistik tables of the Regionaldatenbank (GENESIS table CSV, long layout
 * `date;code;name;[Geschlecht];values…`):
 * - 22411-02-03-4 (and 22411-02-02-4): Pflegebedürftige nach Leistungsart und Geschlecht, Kreise;
 * - 22411-01-01-4: Pflegedienste, Pflegeheime, verfügbare Plätze, Personal, Kreise.
 * Only the plan's Kreis, its Land and Deutschland are kept (Land and Germany for comparison).
 * Pure: text in, figures and German problems out. "." (secret) stays null, never 0.
 */
import { formatNumber } from '../format';
import { parseGenesisTable } from '../import/genesisTable';
import { describeGenesisLayout } from '../import/genesisLayout';
import { parseGenesisValue } from '../import/genesisValue';
import { germanDateToIso } from '../import/germanDate';
import { classifyRegionRow } from '../import/regionCode';
import { sexLabel } from './sexLabels';

export type CareStatisticKind = 'pflegebeduerftige' | 'einrichtungen';
export type CareSex = 'insgesamt' | 'maennlich' | 'weiblich';

/** What a column counts; the German label is what the planner sees. */
export const CARE_MEASURES = {
  pflegebeduerftige: 'Pflegebedürftige insgesamt',
  ambulant: 'ambulant (mit Pflegedienst)',
  vollstationaer: 'vollstationär in Pflegeheimen',
  vollstationaer_dauer: 'davon Dauerpflege',
  vollstationaer_kurzzeit: 'davon Kurzzeitpflege',
  pflegegeld: 'nur Pflegegeld',
  teilstationaer: 'nachrichtlich: teilstationär',
  pflegedienste: 'Ambulante Pflegedienste',
  personal_pflegedienste: 'Personal der Pflegedienste',
  pflegeheime: 'Pflegeheime',
  plaetze: 'Verfügbare Plätze in Pflegeheimen',
  plaetze_dauerpflege: 'davon vollstationäre Dauerpflege',
  personal_pflegeheime: 'Personal der Pflegeheime',
} as const;
export type CareMeasure = keyof typeof CARE_MEASURES;

// Order matters: the more specific labels first ("Plätze … Dauerpflege" before "Dauerpflege").
const COLUMN_LABELS: Array<[RegExp, CareMeasure | null]> = [
  [/^Pflegebedürftige$/i, 'pflegebeduerftige'],
  [/Alltagskompetenz/i, null],
  [/^ambulante Pflege/i, 'ambulant'],
  [/Plätze.*Dauerpflege/i, 'plaetze_dauerpflege'],
  [/Verfügbare Plätze/i, 'plaetze'],
  [/Dauerpflege/i, 'vollstationaer_dauer'],
  [/Kurzzeitpflege/i, 'vollstationaer_kurzzeit'],
  [/Pflegeheime,? vollstationär$/i, 'vollstationaer'],
  [/Pflegegeldempfänger/i, 'pflegegeld'],
  [/teilstationäre Pflege/i, 'teilstationaer'],
  [/^Personal der Pflegedienste$/i, 'personal_pflegedienste'],
  [/^Personal der Pflegeheime$/i, 'personal_pflegeheime'],
  [/^Pflegedienste$/i, 'pflegedienste'],
  [/^Pflegeheime$/i, 'pflegeheime'],
];

const SEX: Record<string, CareSex> = { insgesamt: 'insgesamt', männlich: 'maennlich', weiblich: 'weiblich' };

export interface CareStatisticRow {
  line: number;
  regionKey: string;
  regionName: string;
  level: 'deutschland' | 'land' | 'kreis';
  year: number;
  sex: CareSex;
  values: Partial<Record<CareMeasure, number | null>>;
}

export interface CareStatisticProblem {
  line: number | null;
  severity: 'fehler' | 'hinweis';
  message: string;
}

export interface CareStatisticTable {
  tableCode: string | null;
  kind: CareStatisticKind | null;
  title: string;
  /** ISO dates of the Stichtage kept, newest first. */
  referenceDates: string[];
  stand: string | null;
  licence: string | null;
  rows: CareStatisticRow[];
  problems: CareStatisticProblem[];
}

const fehler = (line: number | null, message: string): CareStatisticProblem => ({ line, severity: 'fehler', message });

export function parseCareStatistics(text: string, kreisKey: string): CareStatisticTable {
  const table = parseGenesisTable(text);
  const layout = describeGenesisLayout(table);
  const result: CareStatisticTable = {
    tableCode: table.tableCode,
    kind: null,
    title: table.titleLines.join(' '),
    referenceDates: [],
    stand: table.standDate ? germanDateToIso(table.standDate) : null,
    licence: table.licence,
    rows: [],
    problems: [],
  };
  const measures = new Map<number, CareMeasure>();
  for (let c = layout.firstValueColumn; c < layout.columnCount; c++) {
    const labels = table.headerRows.map((r) => (r[c] ?? '').trim());
    const match = COLUMN_LABELS.find(([re]) => labels.some((l) => re.test(l)));
    if (match?.[1]) measures.set(c, match[1]);
  }
  const found = new Set(measures.values());
  if (found.has('pflegebeduerftige') && found.has('ambulant') && found.has('vollstationaer') && found.has('pflegegeld')) result.kind = 'pflegebeduerftige';
  else if (found.has('pflegedienste') && found.has('pflegeheime') && found.has('plaetze')) result.kind = 'einrichtungen';
  else {
    result.problems.push(fehler(null, 'Die Datei ist keine der erwarteten Tabellen der Pflegestatistik: erwartet wird 22411-02-03-4 (Pflegebedürftige nach Leistungsart und Geschlecht, Kreise) oder 22411-01-01-4 (Pflegeeinrichtungen, Plätze, Personal, Kreise) als CSV.'));
    return result;
  }
  if (table.footerLines.length === 0) {
    result.problems.push(fehler(null, 'Die Datei endet ohne den Fußbereich der GENESIS-Tabelle (Trennlinie „__________“ mit Quelle und Stand): sie ist vermutlich abgeschnitten. Es wurde nichts übernommen; bitte die Tabelle erneut herunterladen.'));
  }
  if (layout.codeColumn === null || layout.dateColumn === null) {
    result.problems.push(fehler(null, 'In der Tabelle wurden keine Zeilen mit Stichtag und Regionalschlüssel gefunden.'));
    return result;
  }
  const sexColumn = layout.dimensionColumns[0] ?? null;
  const land = kreisKey.slice(0, 2);
  const seen = new Map<string, number>();
  for (const row of table.dataRows) {
    const code = row.cells[layout.codeColumn] ?? '';
    const region = classifyRegionRow(code, row.cells[layout.nameColumn ?? -1] ?? '');
    const level = region.level === 'deutschland' ? 'deutschland' : region.level === 'land' && code === land ? 'land' : region.level === 'kreis' && region.kreisKey === kreisKey ? 'kreis' : null;
    if (!level) continue;
    if (row.cells.length < layout.columnCount) {
      result.problems.push(fehler(row.line, `Zeile ${row.line} ist unvollständig: die Datei ist vermutlich abgeschnitten. Bitte die Tabelle erneut herunterladen.`));
      continue;
    }
    const date = row.date ?? '';
    const iso = germanDateToIso(date);
    if (!iso) {
      result.problems.push(fehler(row.line, `Zeile ${row.line}: Der Stichtag fehlt.`));
      continue;
    }
    const sex = sexColumn === null ? 'insgesamt' : SEX[(row.cells[sexColumn] ?? '').trim().toLowerCase()];
    if (!sex) continue;
    const id = `${code}|${iso}|${sex}`;
    if (seen.has(id)) {
      result.problems.push(fehler(row.line, `Zeile ${row.line}: ${code} ${date} (${sexLabel(sex)}) kommt mehrfach vor (zuerst Zeile ${seen.get(id)}).`));
      continue;
    }
    seen.set(id, row.line);
    const values: CareStatisticRow['values'] = {};
    for (const [c, m] of measures) {
      const v = parseGenesisValue(row.cells[c] ?? '');
      if (v.value === null && v.symbol === null) result.problems.push(fehler(row.line, `Zeile ${row.line}: „${row.cells[c] ?? ''}“ ist weder eine Zahl noch ein Zeichen der amtlichen Statistik.`));
      values[m] = v.value;
    }
    if (!result.referenceDates.includes(iso)) result.referenceDates.push(iso);
    result.rows.push({ line: row.line, regionKey: code, regionName: (row.cells[layout.nameColumn ?? -1] ?? '').trim(), level, year: Number(iso.slice(0, 4)), sex, values });
  }
  result.referenceDates.sort().reverse();
  if (!result.rows.some((r) => r.level === 'kreis')) {
    result.problems.push(fehler(null, `Die Datei enthält keine Zahlen des Kreises ${kreisKey} dieses Plans.`));
  }
  checkSettingsAddUp(result);
  return result;
}

/** Pflegebedürftige = ambulant + vollstationär + nur Pflegegeld in every row (teilstationär is nachrichtlich). */
function checkSettingsAddUp(result: CareStatisticTable): void {
  if (result.kind !== 'pflegebeduerftige') return;
  for (const r of result.rows) {
    const { pflegebeduerftige: t, ambulant: a, vollstationaer: v, pflegegeld: p } = r.values;
    if (t == null || a == null || v == null || p == null || t === a + v + p) continue;
    result.problems.push({ line: r.line, severity: 'hinweis', message: `Zeile ${r.line}: ${r.regionName} ${r.year}: ambulant + vollstationär + Pflegegeld = ${formatNumber(a + v + p)}, die Tabelle nennt ${formatNumber(t)} Pflegebedürftige.` });
  }
}

/** Observed figures per setting of the plan's Kreis in `year` (both sexes); null when the table has no such year. */
export function observedBySetting(rows: readonly CareStatisticRow[], year: number): { pflegegeld: number | null; ambulant: number | null; vollstationaer: number | null; teilstationaer: number | null } | null {
  const row = rows.find((r) => r.level === 'kreis' && r.year === year && r.sex === 'insgesamt');
  if (!row) return null;
  const v = (m: CareMeasure) => row.values[m] ?? null;
  return { pflegegeld: v('pflegegeld'), ambulant: v('ambulant'), vollstationaer: v('vollstationaer'), teilstationaer: v('teilstationaer') };
}

/**
 * The Stichtag of `year` in the imported tables of `kind`, exactly as the GENESIS table states it
 * (ISO date), or null when no imported table names a date in that year. Every screen shows this
 * one date, so the figures cards and the list of imported tables never disagree. (The survey
 * counts facilities on 15.12. and Pflegegeld on 31.12.; Regionalstatistik files both under 31.12.)
 */
export function careStichtag(datasets: readonly { kind: CareStatisticKind; referenceDate: string | null }[], kind: CareStatisticKind, year: number): string | null {
  return datasets.find((d) => d.kind === kind && d.referenceDate?.startsWith(`${year}-`))?.referenceDate ?? null;
}
