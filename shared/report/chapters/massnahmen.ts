/**
 * Kapitel Handlungsfelder und Maßnahmen: per field the findings of the three steps, the
 * measures with owners, time frame, costs and funding, and the Meilensteinplan (Gantt and
 * milestones).
 */
import type { FieldId } from '../../catalog/fieldId';
import { ACTION_FIELDS, STEP_LABELS, taskById } from '../../catalog';
import type { Measure } from '../../contract/measuresSchemas';
import { formatDate } from '../../format';
import { isOverdue } from '../../measures/milestones';
import { MEASURE_STATUS_LABELS, MILESTONE_STATUS_LABELS } from '../../measures/types';
import { registersForField } from '../../stock/registers';
import type { Block, Cell } from '../model';
import { gantt } from '../svg/gantt';
import { eur, int, type ReportView } from '../view';

/** Rows per Gantt figure: about one A4 page. */
const GANTT_ROWS = 45;

const timeFrame = (m: Measure): string => (!m.startDate && !m.endDate ? 'offen' : `${m.startDate ? formatDate(m.startDate) : '…'} – ${m.endDate ? formatDate(m.endDate) : '…'}`);

function findings(v: ReportView, fieldId: FieldId): Block[] {
  const d = v.data;
  const registers = registersForField(fieldId).map((r) => `${r.label}: ${int(d.registerCounts[r.id] ?? 0)}`);
  const statements = d.statements.filter((s) => s.fieldId === fieldId).map((s) => s.title);
  const tasks = d.tasks.filter((t) => t.taskId.startsWith(`${fieldId}.`));
  const done = (step: string) => tasks.filter((t) => t.taskId.startsWith(`${fieldId}.${step}.`) && t.state === 'erledigt').length;
  const notes = tasks.filter((t) => t.note.trim()).map((t) => `${taskById(t.taskId)?.task.title ?? t.taskId}: ${t.note.trim()}`);
  const items = [
    `${STEP_LABELS.bestand}: ${registers.length > 0 ? registers.join('; ') : 'kein eigenes Register'}${done('bestand') ? `; ${done('bestand')} Aufgaben erledigt` : ''}.`,
    `${STEP_LABELS.bedarf}: ${statements.length > 0 ? statements.join('; ') : 'keine qualitativen Bedarfe festgehalten'}${done('bedarf') ? `; ${done('bedarf')} Aufgaben erledigt` : ''}.`,
    `${STEP_LABELS.umsetzung}: ${done('umsetzung')} Aufgaben erledigt.`,
    ...notes,
  ];
  return [{ kind: 'bullets', items }];
}

export function massnahmen(v: ReportView): Block[] {
  const d = v.data;
  if (d.measures.length === 0 && d.statements.length === 0) return [];
  const funding = new Map(d.fundingProgrammes.map((f) => [f.id, f.name]));
  const source = v.measuresSource;
  const blocks: Block[] = [];
  const byField = ACTION_FIELDS.map((f) => ({ f, measures: d.measures.filter((m) => m.fieldId === f.id) }));
  blocks.push({
    kind: 'table',
    caption: 'Maßnahmen und Kosten nach Handlungsfeld',
    source,
    columns: [{ label: 'Handlungsfeld', weight: 4 }, { label: 'Maßnahmen', align: 'right' }, { label: 'einmalige Kosten', align: 'right' }, { label: 'jährliche Kosten', align: 'right' }],
    rows: [
      ...byField.map(({ f, measures }): Cell[] => [`${f.number}. ${f.title}`, int(measures.length), eur(measures.reduce((a, m) => a + (m.costOnce ?? 0), 0)), eur(measures.reduce((a, m) => a + (m.costYearly ?? 0), 0))]),
      [{ text: 'Insgesamt', bold: true }, { text: int(d.measures.length), bold: true }, { text: eur(d.measures.reduce((a, m) => a + (m.costOnce ?? 0), 0)), bold: true }, { text: eur(d.measures.reduce((a, m) => a + (m.costYearly ?? 0), 0)), bold: true }],
    ],
  });
  for (const { f, measures } of byField) {
    blocks.push({ kind: 'heading', level: 2, text: `Handlungsfeld ${f.number}: ${f.title}` });
    blocks.push(...findings(v, f.id));
    if (measures.length === 0) {
      blocks.push({ kind: 'paragraph', style: 'note', text: 'In diesem Handlungsfeld sind noch keine Maßnahmen beschlossen.' });
      continue;
    }
    blocks.push({
      kind: 'table',
      caption: `Maßnahmen im Handlungsfeld ${f.number}`,
      source,
      landscape: false,
      columns: [{ label: 'Maßnahme', weight: 4 }, { label: 'Zuständig', weight: 2 }, { label: 'Zeitraum', weight: 2 }, { label: 'Kosten', weight: 2, align: 'right' }, { label: 'Förderung', weight: 2 }, { label: 'Status' }],
      rows: measures.map((m): Cell[] => [
        m.description ? `${m.title}\n${m.description}` : m.title,
        [m.responsibleLabel, m.partnersLabel ? `Partner: ${m.partnersLabel}` : ''].filter(Boolean).join('\n') || '–',
        timeFrame(m),
        [m.costOnce !== null ? `${eur(m.costOnce)} einmalig` : '', m.costYearly !== null ? `${eur(m.costYearly)} jährlich` : ''].filter(Boolean).join('\n') || '–',
        [m.fundingProgrammeId ? (funding.get(m.fundingProgrammeId) ?? '') : '', m.financingNote].filter(Boolean).join('\n') || '–',
        MEASURE_STATUS_LABELS[m.status],
      ]),
    });
  }
  const planned = d.measures.filter((m) => m.status !== 'verworfen');
  if (planned.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Meilensteinplan' });
    for (let i = 0; i < planned.length; i += GANTT_ROWS) {
      const part = planned.slice(i, i + GANTT_ROWS);
      const many = planned.length > GANTT_ROWS;
      blocks.push({
        kind: 'figure',
        caption: `Meilensteinplan${many ? ` (Maßnahmen ${i + 1}–${i + part.length} von ${planned.length})` : ''}`,
        source: `${source}. Balken: Zeitraum (Farbe = Status); Raute: Meilenstein (weiß = erledigt, rot = überfällig); rote Linie: Stand`,
        ...gantt(part, { from: d.meta.periodFrom, to: d.meta.periodTo }, d.today),
      });
    }
    const milestones = planned.flatMap((m) => m.milestones.map((ms) => ({ ms, m }))).sort((a, b) => a.ms.dueDate.localeCompare(b.ms.dueDate));
    if (milestones.length > 0) {
      blocks.push({
        kind: 'table',
        caption: 'Meilensteine',
        source,
        columns: [{ label: 'Fällig' }, { label: 'Meilenstein', weight: 3 }, { label: 'Maßnahme', weight: 3 }, { label: 'Status' }],
        rows: milestones.map(({ ms, m }): Cell[] => [formatDate(ms.dueDate), ms.title, m.title, isOverdue(ms, d.today) ? { text: 'überfällig', bold: true, color: '#c62828' } : MILESTONE_STATUS_LABELS[ms.status]]),
      });
    }
  }
  return blocks;
}
