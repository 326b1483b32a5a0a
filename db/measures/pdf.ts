/**
 * The two PDF documents of step 3: the Meilensteinplan (measures by field, Gantt chart,
 * milestone list) and the Monitoring-Bericht (status, overdue milestones, indicators).
 * The builders are synchronous over already-loaded data; `exportPdf` runs them as a job and
 * lays the document out in a worker thread (pdfWorker.ts): pdfmake takes seconds for a large
 * plan and would otherwise pause the host's event loop for all of them.
 */
import type { FieldId } from '../../shared/catalog/fieldId';
import path from 'node:path';
import { ACTION_FIELDS, BBSR_GUIDE } from '../../shared/catalog';
import type { GapLink, Indicator, Measure, Milestone, PdfExportInput, PdfExportResult } from '../../shared/contract/measuresSchemas';
import { UserError } from '../../shared/contract/errors';
import type { PlanMeta } from '../../shared/contract/schemas';
import { formatDate, formatNumber } from '../../shared/format';
import { isOverdue, nextMilestone } from '../../shared/measures/milestones';
import { attainment } from '../../shared/measures/indicators';
import { nextDay, position, spanFor, ticks, type Span } from '../../shared/measures/timeline';
import { MEASURE_STATUS_COLORS, MEASURE_STATUS_LABELS, MILESTONE_STATUS_LABELS, OVERDUE_COLOR, type MeasureStatus } from '../../shared/measures/types';
import { writeUserFile } from '../export/userFile';
import type { JobContext } from '../jobs/jobRunner';
import { runInWorker, workerEntry } from '../jobs/workerThread';
import { readPlanMeta } from '../plan/meta';
import type { PlanSession } from '../session';
import { listGapLinks } from './gapLinks';
import { listFundingProgrammes } from './linkAdapter';
import { listIndicators, listMeasures } from './measures';
import { renderPdf, type PdfContent, type PdfDocDefinition } from './pdfmake';

export interface ReportData {
  meta: PlanMeta;
  measures: Measure[];
  indicators: Indicator[];
  /** Computed gaps the measures answer, with today's numbers (issue #14). */
  gapLinks: GapLink[];
  /** Funding programme names by id, for the cost and funding column. */
  fundingNames: Map<string, string>;
  today: string;
}

/** "Begründet durch" lines under a measure's title: the gaps it answers, as computed today. */
function gapLines(data: ReportData, m: Measure): PdfContent[] {
  return data.gapLinks.filter((l) => l.measureId === m.id).map((l) => ({ text: `Begründet durch: ${l.label}`, style: 'small', italics: true }));
}

/** Costs and funding of a measure in one cell; "–" when nothing is recorded. */
function costText(data: ReportData, m: Measure): string {
  const euro = (n: number) => `${formatNumber(n, 0)} €`;
  const parts = [
    m.costOnce !== null ? `einmalig ${euro(m.costOnce)}` : null,
    m.costYearly !== null ? `jährlich ${euro(m.costYearly)}` : null,
    m.fundingProgrammeId ? `Förderung: ${data.fundingNames.get(m.fundingProgrammeId) ?? 'Förderprogramm'}` : null,
    m.financingNote || null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('\n') : '–';
}

const STATUS_COLORS = MEASURE_STATUS_COLORS;
const OVERDUE = OVERDUE_COLOR;

const PAGE = { A4: { w: 841.89, h: 595.28 }, A3: { w: 1190.55, h: 841.89 } };
const MARGIN = 36;

const fieldLabel = (fieldId: FieldId) => {
  const f = ACTION_FIELDS.find((x) => x.id === fieldId);
  return f ? `Handlungsfeld ${f.number}: ${f.title}` : fieldId;
};

function timeFrame(m: Measure): string {
  if (!m.startDate && !m.endDate) return 'offen';
  return `${m.startDate ? formatDate(m.startDate) : '…'} – ${m.endDate ? formatDate(m.endDate) : '…'}`;
}

function byField(measures: Measure[]): { fieldId: FieldId; measures: Measure[] }[] {
  return ACTION_FIELDS.map((f) => ({ fieldId: f.id, measures: measures.filter((m) => m.fieldId === f.id) })).filter((g) => g.measures.length > 0);
}

function periodText(meta: PlanMeta): string {
  if (meta.periodFrom && meta.periodTo) return `Planungszeitraum ${meta.periodFrom}–${meta.periodTo}`;
  if (meta.periodFrom) return `Planungszeitraum ab ${meta.periodFrom}`;
  return '';
}

function titlePage(data: ReportData, docTitle: string): PdfContent[] {
  const { meta } = data;
  return [
    { text: meta.districtName || 'Landkreis', style: 'district', margin: [0, 120, 0, 8] },
    { text: docTitle, style: 'docTitle' },
    { text: meta.title, style: 'planTitle', margin: [0, 12, 0, 4] },
    { text: periodText(meta), margin: [0, 0, 0, 24] },
    { text: `Stand: ${formatDate(data.today)}`, bold: true },
    meta.organisation ? { text: meta.organisation, margin: [0, 24, 0, 0] } : '',
    meta.author ? { text: meta.author } : '',
    { text: '', pageBreak: 'after' },
  ];
}

function footer(today: string) {
  return (current: number, count: number): PdfContent => ({
    columns: [
      { text: `Stand: ${formatDate(today)}`, alignment: 'left' },
      { text: `Seite ${current} von ${count}`, alignment: 'right' },
    ],
    margin: [MARGIN, 8, MARGIN, 0],
    fontSize: 8,
    color: '#444444',
  });
}

const styles = {
  district: { fontSize: 16, color: '#333333' },
  docTitle: { fontSize: 30, bold: true, color: '#1f3b5c' },
  planTitle: { fontSize: 16 },
  h1: { fontSize: 16, bold: true, color: '#1f3b5c', margin: [0, 0, 0, 8] },
  h2: { fontSize: 12, bold: true, color: '#1f3b5c', margin: [0, 10, 0, 4] },
  th: { bold: true, fillColor: '#e8edf3' },
  small: { fontSize: 8, color: '#444444' },
};

function sources(): PdfContent[] {
  return [
    { text: 'Quellen', style: 'h2', margin: [0, 16, 0, 4] },
    { text: `Methode: ${BBSR_GUIDE.publisher} (${BBSR_GUIDE.year}): „${BBSR_GUIDE.title}“.`, style: 'small' },
    { text: 'Maßnahmen, Meilensteine und Indikatoren: Angaben des Plans (Planungsdatei), erstellt mit dem Pflegestrukturplaner.', style: 'small' },
  ];
}

function baseDoc(data: ReportData, pageSize: 'A4' | 'A3', title: string, content: PdfContent[]): PdfDocDefinition {
  return {
    pageSize,
    pageOrientation: 'landscape',
    pageMargins: [MARGIN, MARGIN, MARGIN, 40],
    info: { title: `${title} – ${data.meta.title}`, author: data.meta.organisation || data.meta.author, creator: 'Pflegestrukturplaner', subject: data.meta.districtName },
    content,
    footer: footer(data.today),
    styles,
    defaultStyle: { font: 'Roboto', fontSize: 9 },
  };
}

// ---- Gantt ----

/** Height of a Gantt row in the PDF at least; rows grow to fill the page. */
const GANTT_ROW_H = 14;

function ganttAxis(span: Span, width: number): PdfContent {
  const years = ticks(span, 'jahr');
  const quarters = ticks(span, 'quartal');
  const canvas: Record<string, unknown>[] = [];
  for (const q of quarters) canvas.push({ type: 'line', x1: q.x * width, y1: 2, x2: q.x * width, y2: 6, lineWidth: 0.5, lineColor: '#999999' });
  for (const y of years) canvas.push({ type: 'line', x1: y.x * width, y1: -12, x2: y.x * width, y2: 6, lineWidth: 1, lineColor: '#333333' });
  return {
    stack: [
      { columns: years.map((y, i) => ({ text: y.label, fontSize: 8, bold: true, width: ((years[i + 1]?.x ?? 1) - y.x) * width, margin: [3, 0, 0, 0] })), columnGap: 0 },
      { canvas, width },
    ],
  };
}

function ganttRow(m: Measure, span: Span, width: number, today: string, rowH: number): PdfContent {
  const canvas: Record<string, unknown>[] = [];
  const todayX = position(span, today) * width;
  canvas.push({ type: 'line', x1: todayX, y1: 0, x2: todayX, y2: rowH, lineWidth: 1, lineColor: OVERDUE, dash: { length: 2 } });
  if (m.startDate || m.endDate) {
    const from = m.startDate ?? m.endDate!;
    const to = nextDay(m.endDate ?? m.startDate!);
    const x1 = position(span, from) * width;
    const x2 = Math.max(x1 + 2, position(span, to) * width);
    canvas.push({ type: 'rect', x: x1, y: 3, w: x2 - x1, h: rowH - 6, r: 2, color: STATUS_COLORS[m.status] });
  }
  for (const ms of m.milestones) {
    const x = position(span, ms.dueDate) * width;
    const overdue = isOverdue(ms, today);
    const color = overdue ? OVERDUE : ms.status === 'erledigt' ? '#ffffff' : '#111111';
    canvas.push({
      type: 'polyline',
      points: [
        { x, y: 1 },
        { x: x + 5, y: rowH / 2 },
        { x, y: rowH - 1 },
        { x: x - 5, y: rowH / 2 },
      ],
      closePath: true,
      color,
      lineColor: overdue ? OVERDUE : '#111111',
      lineWidth: 0.8,
    });
  }
  return { canvas };
}

function gantt(data: ReportData, pageSize: 'A4' | 'A3'): PdfContent[] {
  const contentWidth = PAGE[pageSize].w - 2 * MARGIN;
  const titleWidth = pageSize === 'A3' ? 300 : 210;
  const chartWidth = contentWidth - titleWidth - 4 * 4 - 2; // cell paddings and borders
  const dates = data.measures.flatMap((m) => [m.startDate, m.endDate, ...m.milestones.map((x) => x.dueDate)]);
  const span = spanFor(dates, { from: data.meta.periodFrom, to: data.meta.periodTo }, data.today);
  // Measures without any date would be empty rows: they are named below the chart instead.
  const dated = (m: Measure) => m.startDate !== null || m.endDate !== null || m.milestones.length > 0;
  const groups = byField(data.measures.filter(dated));
  const undated = data.measures.filter((m) => !dated(m));
  // Rows grow to fill the page (A3 for the wall), up to twice their normal height.
  const rowCount = groups.reduce((n, g) => n + g.measures.length + 1, 1);
  const available = PAGE[pageSize].h - 2 * MARGIN - 120;
  const rowH = Math.max(GANTT_ROW_H, Math.min(2 * GANTT_ROW_H, Math.floor(available / rowCount) - 4));
  const body: PdfContent[][] = [[{ text: 'Maßnahme', style: 'th' }, { ...(ganttAxis(span, chartWidth) as object), fillColor: '#e8edf3' }]];
  for (const group of groups) {
    body.push([{ text: fieldLabel(group.fieldId), colSpan: 2, bold: true, fillColor: '#f3f5f8' }, '']);
    for (const m of group.measures) body.push([{ text: m.title, fontSize: pageSize === 'A3' ? 9 : 8 }, ganttRow(m, span, chartWidth, data.today, rowH)]);
  }
  const legend: PdfContent = {
    margin: [0, 6, 0, 0],
    style: 'small',
    text: [
      'Balken: Zeitraum der Maßnahme (Farbe = Status: ',
      ...Object.entries(MEASURE_STATUS_LABELS).flatMap(([k, label], i) => [
        { text: '■ ', color: STATUS_COLORS[k as MeasureStatus] },
        `${label}${i < 4 ? ', ' : ''}`,
      ]),
      '). Raute: Meilenstein (weiß = erledigt, ',
      { text: 'rot', color: OVERDUE },
      ' = überfällig). Gestrichelte rote Linie: heute.',
    ],
  };
  return [
    { text: 'Zeitplan (Gantt-Diagramm)', style: 'h1', pageBreak: 'before' },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [titleWidth, chartWidth], body },
      layout: { hLineWidth: () => 0.3, vLineWidth: () => 0.3, hLineColor: () => '#bbbbbb', vLineColor: () => '#bbbbbb' },
    },
    legend,
    ...(undated.length > 0 ? [{ margin: [0, 6, 0, 0], style: 'small', text: `Noch ohne Zeitraum und Meilensteine (nicht im Diagramm): ${undated.map((m) => m.title).join('; ')}.` } as PdfContent] : []),
  ];
}

// ---- Meilensteinplan ----

function measureTables(data: ReportData): PdfContent[] {
  const out: PdfContent[] = [{ text: 'Maßnahmen nach Handlungsfeldern', style: 'h1' }];
  if (data.measures.length === 0) out.push({ text: 'Es sind noch keine Maßnahmen erfasst.' });
  for (const group of byField(data.measures)) {
    out.push({ text: fieldLabel(group.fieldId), style: 'h2' });
    const body: PdfContent[][] = [
      ['Maßnahme', 'Verantwortlich', 'Partner', 'Zeitraum', 'Kosten und Förderung', 'Status'].map((t) => ({ text: t, style: 'th' })),
      ...group.measures.map((m) => [
        { stack: [{ text: m.title, bold: true }, m.description ? { text: m.description, style: 'small' } : '', ...gapLines(data, m)] },
        m.responsibleLabel || '–',
        m.partnersLabel || '–',
        timeFrame(m),
        { text: costText(data, m), style: 'small' },
        MEASURE_STATUS_LABELS[m.status],
      ]),
    ];
    // Rows stay whole: a measure split over two pages is hard to read aloud in a committee.
    out.push({ table: { headerRows: 1, dontBreakRows: true, widths: ['*', 100, 110, 120, 105, 65], body }, layout: 'lightHorizontalLines' });
  }
  return out;
}

function milestoneList(data: ReportData, onlyOverdue: boolean): PdfContent[] {
  const rows: { m: Milestone; measure: Measure }[] = [];
  for (const measure of data.measures) for (const m of measure.milestones) if (!onlyOverdue || isOverdue(m, data.today)) rows.push({ m, measure });
  rows.sort((a, b) => a.m.dueDate.localeCompare(b.m.dueDate) || a.m.title.localeCompare(b.m.title, 'de'));
  if (rows.length === 0) return [{ text: onlyOverdue ? 'Keine überfälligen Meilensteine.' : 'Es sind noch keine Meilensteine erfasst.' }];
  const body: PdfContent[][] = [
    ['Fällig', 'Meilenstein', 'Maßnahme', 'Verantwortlich', 'Status'].map((t) => ({ text: t, style: 'th' })),
    ...rows.map(({ m, measure }) => {
      const overdue = isOverdue(m, data.today);
      return [
        { text: formatDate(m.dueDate), color: overdue ? OVERDUE : undefined, bold: overdue },
        m.title,
        measure.title,
        m.responsible || '–',
        overdue ? { text: 'überfällig', color: OVERDUE, bold: true } : MILESTONE_STATUS_LABELS[m.status] + (m.doneOn ? ` (${formatDate(m.doneOn)})` : ''),
      ];
    }),
  ];
  return [{ table: { headerRows: 1, dontBreakRows: true, widths: [60, '*', '*', 130, 80], body }, layout: 'lightHorizontalLines' }];
}

export function meilensteinplanDoc(data: ReportData, pageSize: 'A4' | 'A3'): PdfDocDefinition {
  return baseDoc(data, pageSize, 'Meilensteinplan', [
    ...titlePage(data, 'Meilensteinplan'),
    ...measureTables(data),
    ...gantt(data, pageSize),
    { text: 'Meilensteine', style: 'h1', pageBreak: 'before' },
    ...milestoneList(data, false),
    ...sources(),
  ]);
}

// ---- Monitoring-Bericht ----

function attainmentBar(value: number | null, width: number): PdfContent {
  if (value === null) return { text: '–' };
  const clamped = Math.max(0, Math.min(1, value));
  return {
    stack: [
      { canvas: [{ type: 'rect', x: 0, y: 0, w: width, h: 8, color: '#e0e0e0' }, { type: 'rect', x: 0, y: 0, w: width * clamped, h: 8, color: value >= 1 ? '#2e7d32' : '#3b5f8f' }] },
      { text: `${formatNumber(value * 100, 0)} %`, fontSize: 8 },
    ],
  };
}

export function monitoringDoc(data: ReportData, pageSize: 'A4' | 'A3'): PdfDocDefinition {
  const counts = Object.entries(MEASURE_STATUS_LABELS).map(([k, label]) => [label, String(data.measures.filter((m) => m.status === k).length)]);
  const overdueTotal = data.measures.reduce((n, m) => n + m.milestones.filter((x) => isOverdue(x, data.today)).length, 0);
  const statusRows: PdfContent[] = [];
  for (const group of byField(data.measures)) {
    statusRows.push({ text: fieldLabel(group.fieldId), style: 'h2' });
    statusRows.push({
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', 80, 100, 170, 60],
        body: [
          ['Maßnahme', 'Status', 'Voraussetzungen', 'Nächster Meilenstein', 'Überfällig'].map((t) => ({ text: t, style: 'th' })),
          ...group.measures.map((m) => {
            const next = nextMilestone(m.milestones);
            const overdue = m.milestones.filter((x) => isOverdue(x, data.today)).length;
            return [
              { stack: [{ text: m.title, bold: true }, { text: `Verantwortlich: ${m.responsibleLabel || '–'}`, style: 'small' }, ...gapLines(data, m)] },
              MEASURE_STATUS_LABELS[m.status],
              `${m.preconditionsDone} von ${m.preconditionsTotal}`,
              next ? `${formatDate(next.dueDate)}: ${next.title}` : '–',
              overdue > 0 ? { text: String(overdue), color: OVERDUE, bold: true } : '0',
            ];
          }),
        ],
      },
      layout: 'lightHorizontalLines',
    });
  }
  const measureTitle = new Map(data.measures.map((m) => [m.id, m.title]));
  const indicatorRows = data.indicators
    .filter((i) => measureTitle.has(i.measureId))
    .map((i) => {
      const last = i.values.at(-1) ?? null;
      const unit = i.unit ? ` ${i.unit}` : '';
      return [
        { stack: [{ text: i.name, bold: true }, { text: measureTitle.get(i.measureId) ?? '', style: 'small' }] },
        i.baseline === null ? '–' : `${formatNumber(i.baseline)}${unit}`,
        i.targetValue === null ? '–' : `${formatNumber(i.targetValue)}${unit}${i.targetDate ? ` bis ${formatDate(i.targetDate)}` : ''}`,
        last ? `${formatNumber(last.value)}${unit} (${formatDate(last.measuredOn)})` : '–',
        i.values.length > 0 ? i.values.map((v) => `${formatDate(v.measuredOn)}: ${formatNumber(v.value)}`).join('\n') : '–',
        attainmentBar(attainment(i), 90),
      ];
    });
  return baseDoc(data, pageSize, 'Monitoring-Bericht', [
    ...titlePage(data, 'Monitoring-Bericht'),
    { text: 'Überblick', style: 'h1' },
    {
      columns: [
        { width: 260, table: { widths: ['*', 60], body: [[{ text: 'Status', style: 'th' }, { text: 'Maßnahmen', style: 'th' }], ...counts, [{ text: 'Summe', bold: true }, { text: String(data.measures.length), bold: true }]] }, layout: 'lightHorizontalLines' },
        { width: '*', margin: [24, 0, 0, 0], text: [{ text: `${overdueTotal}`, fontSize: 20, bold: true, color: overdueTotal > 0 ? OVERDUE : '#2e7d32' }, '\nüberfällige Meilensteine'] },
      ],
    },
    { text: 'Stand je Maßnahme', style: 'h1', margin: [0, 16, 0, 8] },
    ...(statusRows.length > 0 ? statusRows : [{ text: 'Es sind noch keine Maßnahmen erfasst.' }]),
    { text: 'Überfällige Meilensteine', style: 'h1', pageBreak: 'before' },
    ...milestoneList(data, true),
    { text: 'Indikatoren', style: 'h1', margin: [0, 16, 0, 8] },
    indicatorRows.length === 0
      ? { text: 'Es sind noch keine Indikatoren erfasst.' }
      : {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: ['*', 70, 110, 100, 110, 100],
            body: [['Indikator', 'Ausgangswert', 'Zielwert', 'Letzter Wert', 'Verlauf', 'Zielerreichung'].map((t) => ({ text: t, style: 'th' })), ...indicatorRows],
          },
          layout: 'lightHorizontalLines',
        },
    ...sources(),
  ]);
}

export async function loadReportData(session: PlanSession, today: string): Promise<ReportData> {
  const fundingNames = new Map((await listFundingProgrammes(session)).map((f) => [f.id, f.label]));
  return { meta: await readPlanMeta(session), measures: await listMeasures(session), indicators: await listIndicators(session), gapLinks: await listGapLinks(session, null), fundingNames, today };
}

/** A file name for the export: "Meilensteinplan Lüchow-Dannenberg 2026-05-01.pdf". */
export function pdfFileName(kind: PdfExportInput['kind'], meta: PlanMeta, today: string): string {
  const district = meta.districtName.replace(/^Landkreis\s+/i, '').replace(/[\\/:*?"<>|]/g, '-').trim();
  return `${kind === 'meilensteinplan' ? 'Meilensteinplan' : 'Monitoring-Bericht'}${district ? ` ${district}` : ''} ${today}.pdf`;
}

export const pdfTarget = (p: string): string => path.resolve(p.toLowerCase().endsWith('.pdf') ? p : `${p}.pdf`);

export interface PdfLayoutRequest {
  kind: PdfExportInput['kind'];
  pageSize: PdfExportInput['pageSize'];
  data: ReportData;
}
export interface PdfLayout {
  bytes: Uint8Array;
  pages: number;
}

/** Builds and lays out one document (in pdfWorker.ts, or in-process where no worker can start). */
export async function layOutPdf({ kind, pageSize, data }: PdfLayoutRequest): Promise<PdfLayout> {
  const doc = kind === 'meilensteinplan' ? meilensteinplanDoc(data, pageSize) : monitoringDoc(data, pageSize);
  const { buffer, pages } = await renderPdf(doc);
  // A copy: pdfmake's buffer may be a view into a larger pool, which cannot be transferred.
  return { bytes: new Uint8Array(buffer), pages };
}

/** The body of the export job: load, lay out, render, optionally save (db/export/userFile.ts). */
export async function exportPdf(
  session: PlanSession,
  input: PdfExportInput,
  job: JobContext,
  openFiles: readonly string[] = [],
  options: { inProcess?: boolean } = {},
): Promise<PdfExportResult> {
  job.progress(0, 3, 'Daten werden gelesen …');
  const data = await loadReportData(session, input.today);
  await job.step();
  job.progress(1, 3, 'Seiten werden gesetzt …');
  const request: PdfLayoutRequest = { kind: input.kind, pageSize: input.pageSize, data };
  const entry = options.inProcess ? null : workerEntry(typeof __filename === 'string' && __filename ? __filename : import.meta.url, 'pdfWorker', 'measuresPdfWorker');
  const laidOut = entry ? await runInWorker<PdfLayoutRequest, never, PdfLayout>(entry, request, job.signal) : await layOutPdf(request);
  const buffer = Buffer.from(laidOut.bytes.buffer, laidOut.bytes.byteOffset, laidOut.bytes.byteLength);
  const pages = laidOut.pages;
  await job.step();
  job.progress(2, 3, 'Datei wird gespeichert …');
  let savedPath: string | null = null;
  if (input.path) {
    try {
      savedPath = writeUserFile(pdfTarget(input.path), buffer, { overwrite: input.overwrite ?? false, openFiles: [...openFiles, session.realPath] });
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(`Die PDF-Datei konnte nicht unter ${pdfTarget(input.path)} gespeichert werden. Bitte prüfen Sie den Pfad und die Schreibrechte.`, 'write-failed');
    }
  }
  job.progress(3, 3, 'Fertig.');
  return { path: savedPath, fileName: savedPath ? path.basename(savedPath) : pdfFileName(input.kind, data.meta, input.today), bytes: buffer.length, pages, base64: buffer.toString('base64') };
}
