/**
 * CSV and XLSX export of a register, and the Erfassungsbogen: an XLSX survey sheet, blank or
 * prefilled, that providers or municipalities fill in and send back for import.
 */
import { formatDate } from '../../shared/format';
import ExcelJS from 'exceljs';
import type { FileOutput } from '../../shared/contract/stockSchemas';
import { toCsv } from '../../shared/export/csv';
import { registerDef, type RegisterDef, type RegisterId } from '../../shared/stock/registers';
import type { PlanSession } from '../session';
import { listRecords } from './repository';
import { EXAMPLE_HEADER, headerOf, ID_HEADER, loadLookups, toCell } from './tabular';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function tableOf(session: PlanSession, def: RegisterDef, csv: boolean, gemeindeId: string | null = null) {
  const lookups = await loadLookups(session.db);
  const records = await listRecords(session, def.id, gemeindeId);
  const headers = [ID_HEADER, ...def.fields.map(headerOf), ...(def.hasExampleFlag ? [EXAMPLE_HEADER] : [])];
  const rows = records.map((r) => [r.id, ...def.fields.map((f) => toCell(f, r.values[f.key] ?? null, lookups, csv)), ...(def.hasExampleFlag ? [r.isExample ? 'ja' : 'nein'] : [])]);
  return { headers, rows };
}

const stamp = () => new Date().toISOString().slice(0, 10);

export async function exportRegister(session: PlanSession, register: RegisterId, format: 'csv' | 'xlsx'): Promise<FileOutput> {
  const def = registerDef(register);
  const { headers, rows } = await tableOf(session, def, format === 'csv');
  const base = `${def.id}_${stamp()}`;
  if (format === 'csv') {
    const text = toCsv(headers, rows);
    return { fileName: `${base}.csv`, mimeType: 'text/csv', contentBase64: Buffer.from(text, 'utf8').toString('base64') };
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Pflegestrukturplaner';
  const ws = wb.addWorksheet(def.label.slice(0, 31));
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  styleHeader(ws, 1);
  ws.columns.forEach((c, i) => (c.width = i === 0 ? 38 : Math.min(40, Math.max(12, headers[i]!.length + 2))));
  const buf = await wb.xlsx.writeBuffer();
  return { fileName: `${base}.xlsx`, mimeType: XLSX_MIME, contentBase64: Buffer.from(buf).toString('base64') };
}

function styleHeader(ws: ExcelJS.Worksheet, rowNumber: number) {
  const row = ws.getRow(rowNumber);
  row.font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: rowNumber }];
}

/** Rows above the header in the Erfassungsbogen; the import finds the header row itself. */
export const SURVEY_INTRO_ROWS = 3;

export async function exportSurvey(session: PlanSession, register: RegisterId, prefilled: boolean, gemeindeId: string | null): Promise<FileOutput> {
  const def = registerDef(register);
  const { headers, rows } = prefilled ? await tableOf(session, def, false, gemeindeId) : { headers: [ID_HEADER, ...def.fields.map(headerOf)], rows: [] };
  const surveyHeaders = headers.filter((h) => h !== EXAMPLE_HEADER).map((h, i) => (i > 0 && def.fields[i - 1]?.required ? `${h}*` : h));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Pflegestrukturplaner';
  const ws = wb.addWorksheet('Erfassungsbogen');
  ws.addRow([`Erfassungsbogen: ${def.label}`]).font = { bold: true, size: 14 };
  ws.addRow([
    `${def.description} Bitte je Zeile einen Eintrag; mit * markierte Spalten sind Pflichtangaben. Die Spalte „ID“ bitte nicht ändern (leer lassen bei neuen Einträgen). Gemeinden als Gemeindeschlüssel (AGS), Zahlen mit Dezimalkomma, Datum als TT.MM.JJJJ.`,
  ]);
  ws.addRow([`Stand: ${formatDate(new Date().toISOString())}`]);
  ws.addRow(surveyHeaders);
  styleHeader(ws, SURVEY_INTRO_ROWS + 1);
  for (const r of rows) ws.addRow(r.slice(0, surveyHeaders.length));

  // Choices as drop-down lists, from a sheet of lists (inline lists are limited to 255 characters).
  const lists = wb.addWorksheet('Auswahllisten');
  let listCol = 1;
  const lookups = await loadLookups(session.db);
  const lastRow = SURVEY_INTRO_ROWS + 1 + Math.max(rows.length, 0) + 200;
  def.fields.forEach((f, i) => {
    let values: string[] | null = null;
    if (f.type === 'enum') values = f.options!.map((o) => o.label);
    else if (f.type === 'boolean') values = ['ja', 'nein'];
    else if (f.type === 'offerType') values = [...lookups.typeById.values()];
    else if (f.type === 'gemeinde') values = [...lookups.gemeindeById.values()].map((g) => g.ags);
    if (!values || values.length === 0) return;
    const letter = lists.getColumn(listCol).letter;
    lists.getCell(1, listCol).value = headerOf(f);
    values.forEach((v, j) => (lists.getCell(j + 2, listCol).value = v));
    const target = ws.getColumn(i + 2).letter;
    for (let r = SURVEY_INTRO_ROWS + 2; r <= lastRow; r++) {
      ws.getCell(`${target}${r}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`Auswahllisten!$${letter}$2:$${letter}$${values.length + 1}`],
      };
    }
    listCol++;
  });
  if (def.fields.some((f) => f.type === 'gemeinde')) {
    const g = wb.addWorksheet('Gemeinden');
    g.addRow(['AGS', 'Gemeinde']);
    for (const v of [...lookups.gemeindeById.values()].sort((a, b) => a.ags.localeCompare(b.ags))) g.addRow([v.ags, v.name]);
  }
  ws.columns.forEach((c, i) => (c.width = i === 0 ? 38 : Math.min(40, Math.max(12, (surveyHeaders[i] ?? '').length + 2))));
  const buf = await wb.xlsx.writeBuffer();
  return { fileName: `Erfassungsbogen_${def.id}_${stamp()}.xlsx`, mimeType: XLSX_MIME, contentBase64: Buffer.from(buf).toString('base64') };
}
