/**
 * Gemeinden of one Kreis from a GENESIS table at Gemeinde level (e.g. 12411-02-03-5). Only
 * real Gemeinden and gemeindefreie Gebiete become rows: Samt-/Verbandsgemeinden are listed
 * in the same tables next to their members and would otherwise be counted twice.
 */
import { formatNumber } from '../format';
import { agsProblem, kreisOf } from '../district/ags';
import { genesisFormatProblem, NO_GENESIS_ROWS_MESSAGE } from './genesisFormat';
import { describeGenesisLayout, findTotalColumn, isTotalLabel, type GenesisLayout } from './genesisLayout';
import { parseGenesisTable, type GenesisDataRow, type GenesisTable } from './genesisTable';
import { parseGenesisValue } from './genesisValue';
import { germanDateToIso } from './germanDate';
import { classifyRegionRow } from './regionCode';
import { selectKreis, type ScopedProblem } from './kreisSelection';
import type { GemeindeCandidate, GemeindeImportPreview, ImportProblem, ImportSourceInfo } from './types';

interface GemeindeGroup {
  ags: string;
  name: string;
  kind: GemeindeCandidate['kind'];
  rows: GenesisDataRow[];
}

export function gemeindenFromGenesis(text: string, opts: { kreisKey?: string } = {}): GemeindeImportPreview {
  const read = readGemeindenTable(text);
  return 'failed' in read ? read.failed : selectGemeinden(read, opts.kreisKey);
}

/** Every Gemeinde of the file with its problems, before one Kreis is chosen (a national file is read once). */
export interface GemeindenTable {
  candidates: Array<{ line: number | null; value: GemeindeCandidate }>;
  problems: ScopedProblem[];
  kreisNames: Map<string, string>;
  kreisTotals: Map<string, number | null>;
  source: ImportSourceInfo;
}

export function readGemeindenTable(text: string): GemeindenTable | { failed: GemeindeImportPreview } {
  const formatProblem = genesisFormatProblem(text);
  if (formatProblem) return { failed: failed(formatProblem, { format: 'CSV', table: null, referenceDate: null, stand: null, licence: null }) };

  const table = parseGenesisTable(text);
  const layout = describeGenesisLayout(table);
  const { date, rows, dateProblem } = rowsOfLatestDate(table);
  const source: ImportSourceInfo = {
    format: table.tableCode ? `GENESIS-Tabelle ${table.tableCode}` : 'GENESIS-Tabelle',
    table: table.tableCode,
    referenceDate: date === null ? null : germanDateToIso(date),
    stand: table.standDate === null ? null : germanDateToIso(table.standDate),
    licence: table.licence,
  };
  if (layout.codeColumn === null || layout.nameColumn === null || rows.length === 0) return { failed: failed(NO_GENESIS_ROWS_MESSAGE, source) };
  const codeColumn = layout.codeColumn;
  const nameColumn = layout.nameColumn;

  const problems: ScopedProblem[] = [];
  if (dateProblem) problems.push({ kreisKey: null, problem: dateProblem });
  const totalColumn = findTotalColumn(table, layout);
  if (totalColumn === null) {
    problems.push({
      kreisKey: null,
      problem: { line: null, severity: 'hinweis', message: 'Die Einwohnerzahl konnte nicht bestimmt werden: keine Spalte „Insgesamt“ gefunden. Die Gemeinden werden ohne Einwohnerzahl angezeigt.' },
    });
  }

  if (table.footerLines.length === 0) problems.push({ kreisKey: null, problem: fehler(null, TRUNCATED_MESSAGE) });

  // An 8-digit code that prefixes 11-digit member codes is a Samtgemeinde, whatever its name.
  const verbandCodes = new Set(rows.map((r) => r.cells[codeColumn] ?? '').filter((c) => /^\d{11}$/.test(c)).map((c) => c.slice(0, 8)));
  const kreisNames = new Map<string, string>();
  const kreisTotals = new Map<string, number | null>();
  // Pre-reform Kreise stay in GENESIS tables with "-" everywhere; they are not a kreisfreie Stadt.
  const kreisDissolved = new Map<string, boolean>();
  // Rows are grouped by their full regional code: after a reform GENESIS lists a member Gemeinde
  // under its old, dissolved Samtgemeinde (all "-") and again under the new one, with one AGS.
  const groups = new Map<string, GemeindeGroup & { code: string }>();
  const verbaende = new Map<string, { kreisKey: string; label: string; name: string; rows: GenesisDataRow[] }>();

  for (const row of rows) {
    const code = row.cells[codeColumn] ?? '';
    const name = row.cells[nameColumn] ?? '';
    const region = classifyRegionRow(code, name, verbandCodes);
    const isTotalRow = layout.dimensionColumns.every((c) => isTotalLabel(row.cells[c] ?? ''));
    if (row.cells.length < layout.columnCount) {
      problems.push({ kreisKey: null, problem: fehler(row.line, `Die Zeile ist unvollständig (${Math.max(0, row.cells.length - layout.firstValueColumn)} statt ${layout.columnCount - layout.firstValueColumn} Werte): die Datei ist vermutlich abgeschnitten. Bitte die Tabelle erneut herunterladen.`) });
      continue;
    }
    switch (region.level) {
      case 'deutschland':
      case 'land':
      case 'regierungsbezirk':
        break;
      case 'kreis':
        kreisNames.set(region.kreisKey, name);
        kreisDissolved.set(region.kreisKey, (kreisDissolved.get(region.kreisKey) ?? true) && onlyNothingThere([row], layout));
        if (isTotalRow && totalColumn !== null) kreisTotals.set(region.kreisKey, parseGenesisValue(row.cells[totalColumn] ?? '').value);
        break;
      case 'verband': {
        const v = verbaende.get(code);
        if (v) v.rows.push(row);
        else verbaende.set(code, { kreisKey: region.kreisKey, label: region.label, name, rows: [row] });
        break;
      }
      case 'unbekannt':
        // The Kreis of a malformed code cannot be trusted, so the problem blocks every Kreis.
        problems.push({ kreisKey: null, problem: fehler(row.line, code === '' ? `Die Zeile hat keinen Regionalschlüssel (Name: „${name}“).` : `„${code}“ ist kein gültiger Regionalschlüssel (erwartet: 5-stelliger Kreis- oder 8-stelliger Gemeindeschlüssel, z. B. 03354005).`) });
        break;
      case 'gemeinde': {
        const invalid = agsProblem(region.ags);
        if (invalid) {
          problems.push({ kreisKey: null, problem: fehler(row.line, invalid) });
          break;
        }
        if (name === '') problems.push({ kreisKey: kreisOf(region.ags), problem: fehler(row.line, `Der Name der Gemeinde ${region.ags} fehlt.`) });
        const group = groups.get(code);
        if (!group) {
          groups.set(code, { code, ags: region.ags, name, kind: region.kind, rows: [row] });
          break;
        }
        const rowKey = (r: GenesisDataRow) => layout.dimensionColumns.map((c) => r.cells[c] ?? '').join('|');
        const first = group.rows.find((r) => rowKey(r) === rowKey(row));
        if (first) problems.push({ kreisKey: kreisOf(region.ags), problem: fehler(row.line, `Der Gemeindeschlüssel ${region.ags} kommt mehrfach vor (zuerst in Zeile ${first.line}).`) });
        else group.rows.push(row);
        break;
      }
    }
  }

  // Units that did not exist at the Stichtag ("-" in every cell) are left out before the
  // duplicate check, and named once per Kreis — unless their AGS lives on in another row.
  const dissolved = new Map<string, Array<{ line: number; text: string }>>();
  const noteDissolved = (kreisKey: string, line: number, text: string) => dissolved.set(kreisKey, [...(dissolved.get(kreisKey) ?? []), { line, text }]);
  for (const [code, v] of verbaende) {
    if (onlyNothingThere(v.rows, layout)) noteDissolved(v.kreisKey, v.rows[0]!.line, `${v.name} (${code})`);
    else problems.push({ kreisKey: v.kreisKey, problem: { line: v.rows[0]!.line, severity: 'hinweis', message: `übersprungen: ${v.label} „${v.name}“ (${code}) – ihre Mitgliedsgemeinden werden einzeln übernommen.` } });
  }
  const live = [...groups.values()].filter((g) => g.kind !== 'gemeinde' || !onlyNothingThere(g.rows, layout));
  const liveAgs = new Set(live.map((g) => g.ags));
  for (const g of groups.values()) {
    if (!live.includes(g) && !liveAgs.has(g.ags)) noteDissolved(kreisOf(g.ags), g.rows[0]!.line, `${g.name} (${g.ags})`);
  }
  for (const [kreisKey, list] of dissolved) {
    problems.push({
      kreisKey,
      problem: { line: list[0]!.line, severity: 'hinweis', message: `übersprungen, weil zum Stichtag nur „-“ (nichts vorhanden) – aufgelöst oder zusammengelegt (Gebietsreform): ${list.map((d) => d.text).join('; ')}.` },
    });
  }

  const candidates: Array<{ line: number | null; value: GemeindeCandidate }> = [];
  const firstLineOf = new Map<string, number>();
  for (const group of live) {
    const seen = firstLineOf.get(group.ags);
    if (seen !== undefined) {
      problems.push({ kreisKey: kreisOf(group.ags), problem: fehler(group.rows[0]!.line, `Der Gemeindeschlüssel ${group.ags} kommt mehrfach vor (zuerst in Zeile ${seen}).`) });
      continue;
    }
    firstLineOf.set(group.ags, group.rows[0]!.line);
    candidates.push({ line: group.rows[0]!.line, value: toCandidate(group, layout, totalColumn) });
  }
  // A kreisfreie Stadt has only its Kreis row; it is planned as its own single Gemeinde.
  if (candidates.length > 0) {
    const withGemeinden = new Set(candidates.map((c) => kreisOf(c.value.ags)));
    for (const [kreisKey, total] of kreisTotals) {
      if (withGemeinden.has(kreisKey) || total === null || !/^\d{5}$/.test(kreisKey) || kreisDissolved.get(kreisKey)) continue;
      const name = (kreisNames.get(kreisKey) ?? '').replace(/,\s*kreisfreie Stadt$/i, '');
      const line = rows.find((r) => r.cells[codeColumn] === kreisKey)?.line ?? null;
      candidates.push({ line, value: { ags: `${kreisKey}000`, name, kind: 'gemeinde', lat: null, lon: null, geometry: null, population: total } });
    }
  }

  return { candidates, problems, kreisNames, kreisTotals, source };
}

/** The Gemeinden of one Kreis (or of the only Kreis in the file), with that Kreis's problems. */
export function selectGemeinden(table: GemeindenTable, kreisKey: string | undefined): GemeindeImportPreview {
  const { candidates, problems, kreisNames, kreisTotals, source } = table;
  const selection = selectKreis({ rows: candidates, problems, kreisNames, requestedKey: kreisKey });
  // Rows refused for their own defect would also break the sum: the first message is enough.
  const rowsRefused = selection.problems.some((p) => p.severity === 'fehler');
  const sumProblem = selection.kreisKey === null || rowsRefused ? null : populationSumProblem(selection.rows.map((r) => r.value.population), kreisTotals.get(selection.kreisKey));
  return { ...selection, problems: sumProblem ? [...selection.problems, sumProblem] : selection.problems, source };
}

export const TRUNCATED_MESSAGE =
  'Die Datei endet ohne den Fußbereich der GENESIS-Tabelle (Trennlinie „__________“ mit Quelle und Stand): sie ist vermutlich beim Herunterladen oder Kopieren abgeschnitten worden. Es wurde nichts übernommen; bitte die Tabelle erneut herunterladen.';

function toCandidate(group: GemeindeGroup, layout: GenesisLayout, totalColumn: number | null): GemeindeCandidate {
  const totalRow = group.rows.find((r) => layout.dimensionColumns.every((c) => isTotalLabel(r.cells[c] ?? '')));
  const population = totalColumn !== null && totalRow ? parseGenesisValue(totalRow.cells[totalColumn] ?? '').value : null;
  return { ags: group.ags, name: group.name, kind: group.kind, lat: null, lon: null, geometry: null, population };
}

function onlyNothingThere(rows: GenesisDataRow[], layout: GenesisLayout): boolean {
  const values = rows.flatMap((r) => r.cells.slice(layout.firstValueColumn));
  return values.length > 0 && values.every((v) => parseGenesisValue(v).symbol === '-');
}

/** Tables covering several Stichtage: the Gemeinden are taken from the latest one. */
function rowsOfLatestDate(table: GenesisTable): { date: string | null; rows: GenesisDataRow[]; dateProblem: ImportProblem | null } {
  const dates = [...new Set(table.dataRows.map((r) => r.date).filter((d): d is string => d !== null))];
  if (dates.length <= 1) return { date: dates[0] ?? table.referenceDates[0] ?? null, rows: table.dataRows, dateProblem: null };
  const latest = dates.reduce((a, b) => ((germanDateToIso(b) ?? '') > (germanDateToIso(a) ?? '') ? b : a));
  return {
    date: latest,
    rows: table.dataRows.filter((r) => r.date === latest),
    dateProblem: { line: null, severity: 'hinweis', message: `Die Datei enthält ${dates.length} Stichtage; verwendet wird der neueste (${latest}).` },
  };
}

function populationSumProblem(populations: Array<number | null>, kreisTotal: number | null | undefined): ImportProblem | null {
  if (kreisTotal === null || kreisTotal === undefined) return null;
  if (populations.some((p) => p === null)) {
    return { line: null, severity: 'hinweis', message: 'Einige Einwohnerzahlen sind in der Quelle unbekannt oder geheim („.“); ob die Gemeinden zusammen die Kreiszahl ergeben, lässt sich daher nicht prüfen.' };
  }
  const sum = populations.reduce<number>((a, b) => a + (b ?? 0), 0);
  if (sum === kreisTotal) return null;
  // A cut-off download (e.g. half of the Gemeinden) still looks like a valid table.
  return {
    line: null,
    severity: 'fehler',
    message: `Die Einwohnerzahlen der Gemeinden ergeben zusammen ${formatCount(sum)}, die Datei nennt für den Kreis ${formatCount(kreisTotal)}: es fehlen Gemeinden, die Datei ist vermutlich unvollständig. Es wurde nichts übernommen; bitte die Tabelle erneut herunterladen.`,
  };
}

const formatCount = (n: number): string => formatNumber(n);

const fehler = (line: number | null, message: string): ImportProblem => ({ line, severity: 'fehler', message });

function failed(message: string, source: ImportSourceInfo): GemeindeImportPreview {
  return { kreisKey: null, kreisName: null, kreise: [], rows: [], problems: [fehler(null, message)], source };
}
