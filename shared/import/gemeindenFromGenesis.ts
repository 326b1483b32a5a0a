/**
 * Gemeinden of one Kreis from a GENESIS table at Gemeinde level (e.g. 12411-02-03-5). Only
 * real Gemeinden and gemeindefreie Gebiete become rows: Samt-/Verbandsgemeinden are listed
 * in the same tables next to their members and would otherwise be counted twice.
 */
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
  const formatProblem = genesisFormatProblem(text);
  if (formatProblem) return failed(formatProblem, { format: 'CSV', table: null, referenceDate: null, stand: null, licence: null });

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
  if (layout.codeColumn === null || layout.nameColumn === null || rows.length === 0) return failed(NO_GENESIS_ROWS_MESSAGE, source);
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

  // An 8-digit code that prefixes 11-digit member codes is a Samtgemeinde, whatever its name.
  const verbandCodes = new Set(rows.map((r) => r.cells[codeColumn] ?? '').filter((c) => /^\d{11}$/.test(c)).map((c) => c.slice(0, 8)));
  const kreisNames = new Map<string, string>();
  const kreisTotals = new Map<string, number | null>();
  const groups = new Map<string, GemeindeGroup>();
  const seenRowKeys = new Map<string, number>();
  const reportedVerbaende = new Set<string>();

  for (const row of rows) {
    const code = row.cells[codeColumn] ?? '';
    const name = row.cells[nameColumn] ?? '';
    const region = classifyRegionRow(code, name, verbandCodes);
    const isTotalRow = layout.dimensionColumns.every((c) => isTotalLabel(row.cells[c] ?? ''));
    switch (region.level) {
      case 'deutschland':
      case 'land':
      case 'regierungsbezirk':
        break;
      case 'kreis':
        kreisNames.set(region.kreisKey, name);
        if (isTotalRow && totalColumn !== null) kreisTotals.set(region.kreisKey, parseGenesisValue(row.cells[totalColumn] ?? '').value);
        break;
      case 'verband':
        if (!reportedVerbaende.has(code)) {
          reportedVerbaende.add(code);
          problems.push({
            kreisKey: region.kreisKey,
            problem: { line: row.line, severity: 'hinweis', message: `übersprungen: ${region.label} „${name}“ (${code}) – ihre Mitgliedsgemeinden werden einzeln übernommen.` },
          });
        }
        break;
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
        const kreisKey = kreisOf(region.ags);
        if (name === '') problems.push({ kreisKey, problem: fehler(row.line, `Der Name der Gemeinde ${region.ags} fehlt.`) });
        const rowKey = [region.ags, ...layout.dimensionColumns.map((c) => row.cells[c] ?? '')].join('|');
        const firstLine = seenRowKeys.get(rowKey);
        if (firstLine !== undefined) {
          problems.push({ kreisKey, problem: fehler(row.line, `Der Gemeindeschlüssel ${region.ags} kommt mehrfach vor (zuerst in Zeile ${firstLine}).`) });
          break;
        }
        seenRowKeys.set(rowKey, row.line);
        const group = groups.get(region.ags);
        if (group) group.rows.push(row);
        else groups.set(region.ags, { ags: region.ags, name, kind: region.kind, rows: [row] });
        break;
      }
    }
  }

  const candidates: Array<{ line: number | null; value: GemeindeCandidate }> = [];
  for (const group of groups.values()) {
    if (group.kind === 'gemeinde' && onlyNothingThere(group.rows, layout)) {
      // GENESIS keeps Gemeinden dissolved by territorial reforms, with "-" in every cell.
      problems.push({
        kreisKey: kreisOf(group.ags),
        problem: { line: group.rows[0]!.line, severity: 'hinweis', message: `übersprungen: „${group.name}“ (${group.ags}) hat zum Stichtag nur „-“ (nichts vorhanden) – die Gemeinde bestand zu diesem Zeitpunkt vermutlich nicht (Gebietsreform).` },
      });
      continue;
    }
    candidates.push({ line: group.rows[0]!.line, value: toCandidate(group, layout, totalColumn) });
  }

  const selection = selectKreis({ rows: candidates, problems, kreisNames, requestedKey: opts.kreisKey });
  const sumProblem = selection.kreisKey === null ? null : populationSumProblem(selection.rows.map((r) => r.value.population), kreisTotals.get(selection.kreisKey));
  return { ...selection, problems: sumProblem ? [...selection.problems, sumProblem] : selection.problems, source };
}

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
  if (kreisTotal === null || kreisTotal === undefined || populations.some((p) => p === null)) return null;
  const sum = populations.reduce<number>((a, b) => a + (b ?? 0), 0);
  if (sum === kreisTotal) return null;
  return {
    line: null,
    severity: 'hinweis',
    message: `Die Einwohnerzahlen der Gemeinden ergeben zusammen ${formatCount(sum)}, die Datei nennt für den Kreis ${formatCount(kreisTotal)}. Fehlen Gemeinden in der Datei?`,
  };
}

const formatCount = (n: number): string => new Intl.NumberFormat('de-DE').format(n);

const fehler = (line: number | null, message: string): ImportProblem => ({ line, severity: 'fehler', message });

function failed(message: string, source: ImportSourceInfo): GemeindeImportPreview {
  return { kreisKey: null, kreisName: null, kreise: [], rows: [], problems: [fehler(null, message)], source };
}
