/** Measures as CSV (semicolon, UTF-8 with BOM, for German Excel) or XLSX (exceljs), and milestones as iCalendar. */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { fieldById } from '../../shared/catalog';
import { UserError } from '../../shared/contract/errors';
import type { FileExportResult, Measure } from '../../shared/contract/measuresSchemas';
import { toCsv } from '../../shared/export/csv';
import { formatDate, formatNumber } from '../../shared/format';
import { buildIcs } from '../../shared/measures/ical';
import { isOverdue } from '../../shared/measures/milestones';
import { MEASURE_STATUS_LABELS, MILESTONE_STATUS_LABELS, PRIORITY_LABELS } from '../../shared/measures/types';
import { writeUserFile } from '../export/userFile';
import { readPlanMeta } from '../plan/meta';
import type { PlanSession } from '../session';
import { listMeasures } from './measures';

const fieldName = (id: string) => {
  const f = fieldById(id);
  return f ? `${f.number}. ${f.shortTitle}` : id;
};

const MEASURE_COLUMNS: [header: string, value: (m: Measure) => string | number | null][] = [
  ['Handlungsfeld', (m) => fieldName(m.fieldId)],
  ['Maßnahme', (m) => m.title],
  ['Beschreibung', (m) => m.description],
  ['Verantwortlich', (m) => m.responsibleLabel],
  ['Partner', (m) => m.partnersLabel],
  ['Beginn', (m) => m.startDate],
  ['Ende', (m) => m.endDate],
  ['Priorität', (m) => PRIORITY_LABELS[m.priority]],
  ['Status', (m) => MEASURE_STATUS_LABELS[m.status]],
  ['Einmalige Kosten (€)', (m) => m.costOnce],
  ['Jährliche Kosten (€)', (m) => m.costYearly],
  ['Finanzierung', (m) => m.financingNote],
  ['Voraussetzungen erfüllt', (m) => `${m.preconditionsDone} von ${m.preconditionsTotal}`],
  ['Meilensteine', (m) => m.milestones.length],
];

const isDateColumn = (header: string) => header === 'Beginn' || header === 'Ende';

export function measuresCsv(measures: Measure[]): string {
  const rows = measures.map((m) =>
    MEASURE_COLUMNS.map(([h, v]) => {
      const value = v(m);
      return isDateColumn(h) && typeof value === 'string' ? formatDate(value) : value;
    }),
  );
  return toCsv(MEASURE_COLUMNS.map(([h]) => h), rows, (n) => formatNumber(n));
}

export async function measuresXlsx(measures: Measure[], today: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Pflegestrukturplaner';
  const sheet = wb.addWorksheet('Maßnahmen');
  sheet.columns = MEASURE_COLUMNS.map(([header]) => ({ header, width: header === 'Maßnahme' || header === 'Beschreibung' ? 50 : 18 }));
  for (const m of measures) {
    sheet.addRow(MEASURE_COLUMNS.map(([h, v]) => {
      const value = v(m);
      return (h === 'Beginn' || h === 'Ende') && typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
    }));
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const col of [6, 7]) sheet.getColumn(col).numFmt = 'dd.mm.yyyy';
  for (const col of [10, 11]) sheet.getColumn(col).numFmt = '#,##0.00 "€"';
  const ms = wb.addWorksheet('Meilensteine');
  ms.columns = [
    { header: 'Fällig', width: 12 },
    { header: 'Meilenstein', width: 45 },
    { header: 'Maßnahme', width: 45 },
    { header: 'Verantwortlich', width: 25 },
    { header: 'Status', width: 14 },
    { header: 'Erledigt am', width: 12 },
    { header: 'Überfällig', width: 11 },
  ];
  for (const m of measures) {
    for (const x of m.milestones) {
      ms.addRow([
        new Date(`${x.dueDate}T00:00:00Z`),
        x.title,
        m.title,
        x.responsible,
        MILESTONE_STATUS_LABELS[x.status],
        x.doneOn ? new Date(`${x.doneOn}T00:00:00Z`) : null,
        isOverdue(x, today) ? 'ja' : 'nein',
      ]);
    }
  }
  ms.getRow(1).font = { bold: true };
  ms.getColumn(1).numFmt = 'dd.mm.yyyy';
  ms.getColumn(6).numFmt = 'dd.mm.yyyy';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function milestonesIcs(measures: Measure[], calendarName: string, now: Date): string {
  return buildIcs(
    measures.flatMap((m) =>
      m.milestones.map((x) => ({ id: x.id, title: x.title, dueDate: x.dueDate, responsible: x.responsible, status: x.status, measureTitle: m.title, statusLabel: MILESTONE_STATUS_LABELS[x.status] })),
    ),
    { calendarName, now },
  );
}

const EXT = { csv: 'csv', xlsx: 'xlsx', ics: 'ics' } as const;

export async function exportFile(
  session: PlanSession,
  input: { kind: 'csv' | 'xlsx' | 'ics'; path: string | null; overwrite?: boolean; today: string },
  options: { openFiles: readonly string[] } = { openFiles: [] },
  now = new Date(),
): Promise<FileExportResult> {
  const meta = await readPlanMeta(session);
  const measures = await listMeasures(session);
  const district = meta.districtName.replace(/^Landkreis\s+/i, '').replace(/[\\/:*?"<>|]/g, '-').trim();
  const base = input.kind === 'ics' ? 'Meilensteine' : 'Maßnahmen';
  const bytes =
    input.kind === 'csv'
      ? Buffer.from(measuresCsv(measures), 'utf8')
      : input.kind === 'xlsx'
        ? await measuresXlsx(measures, input.today)
        : Buffer.from(milestonesIcs(measures, `Meilensteine ${meta.title}`.trim(), now), 'utf8');
  let saved: string | null = null;
  if (input.path) {
    const ext = `.${EXT[input.kind]}`;
    const target = input.path.toLowerCase().endsWith(ext) ? input.path : `${input.path}${ext}`;
    try {
      saved = writeUserFile(target, bytes, { overwrite: input.overwrite ?? false, openFiles: [...options.openFiles, session.realPath] });
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(`Die Datei konnte nicht unter ${path.resolve(target)} gespeichert werden. Bitte prüfen Sie den Pfad und die Schreibrechte.`, 'write-failed');
    }
  }
  return {
    path: saved,
    fileName: saved ? path.basename(saved) : `${base}${district ? ` ${district}` : ''} ${input.today}.${EXT[input.kind]}`,
    bytes: bytes.length,
    base64: bytes.toString('base64'),
  };
}
