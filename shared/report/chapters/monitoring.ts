/** Kapitel Monitoring und Fortschreibung: status of the measures, indicators, saved reporting states and the update cycle. */
import type { Indicator } from '../../contract/measuresSchemas';
import { formatDate } from '../../format';
import { attainment } from '../../measures/indicators';
import { countOverdue } from '../../measures/milestones';
import { MEASURE_STATUS_LABELS, MEASURE_STATUSES } from '../../measures/types';
import type { Block, Cell } from '../model';
import { dec, int, pct, type ReportView } from '../view';

const value = (i: Indicator, n: number | null) => (n === null ? '–' : `${dec(n, 2).replace(/,00$/, '')}${i.unit ? ` ${i.unit}` : ''}`);

export function monitoring(v: ReportView): Block[] {
  const d = v.data;
  const { meta } = d;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Die Umsetzung wird regelmäßig überprüft: Stand der Maßnahmen und Meilensteine, Indikatoren mit Ausgangs- und Zielwert. ${meta.periodFrom && meta.periodTo ? `Zur Mitte des Planungszeitraums (${Math.round((meta.periodFrom + meta.periodTo) / 2)}) wird ein Zwischenbericht vorgelegt, zum Ende (${meta.periodTo}) wird der Plan mit neuen Bevölkerungs- und Pflegedaten fortgeschrieben.` : 'Der Plan wird mit neuen Bevölkerungs- und Pflegedaten fortgeschrieben.'} Die Fachausschüsse erhalten jährlich einen Bericht.`,
    },
  ];
  if (d.measures.length > 0) {
    const overdue = d.measures.reduce((n, m) => n + countOverdue(m.milestones, d.today), 0);
    blocks.push({
      kind: 'table',
      caption: `Stand der Maßnahmen am ${v.stand}`,
      source: v.measuresSource,
      columns: [{ label: 'Status', weight: 3 }, { label: 'Maßnahmen', align: 'right' }, { label: 'Anteil', align: 'right' }],
      rows: [
        ...MEASURE_STATUSES.map((s): Cell[] => { const n = d.measures.filter((m) => m.status === s).length; return [MEASURE_STATUS_LABELS[s], int(n), pct(n / d.measures.length)]; }),
        [{ text: 'Überfällige Meilensteine', bold: true }, { text: int(overdue), bold: true }, ''],
      ],
    });
  }
  const titles = new Map(d.measures.map((m) => [m.id, m.title]));
  const indicators = d.indicators.filter((i) => titles.has(i.measureId));
  if (indicators.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Indikatoren' });
    blocks.push({
      kind: 'table',
      caption: 'Indikatoren der Maßnahmen',
      source: v.measuresSource,
      columns: [{ label: 'Indikator', weight: 3 }, { label: 'Maßnahme', weight: 3 }, { label: 'Ausgangswert', align: 'right' }, { label: 'Zielwert', align: 'right' }, { label: 'Letzter Wert', align: 'right' }, { label: 'Zielerreichung', align: 'right' }],
      rows: indicators.map((i): Cell[] => {
        const last = i.values.at(-1) ?? null;
        return [i.name, titles.get(i.measureId) ?? '', value(i, i.baseline), `${value(i, i.targetValue)}${i.targetDate ? ` (${formatDate(i.targetDate)})` : ''}`, last ? `${value(i, last.value)} (${formatDate(last.measuredOn)})` : '–', pct(attainment(i), 0)];
      }),
    });
  }
  if (d.monitoringReports.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Berichtsstände' });
    blocks.push({ kind: 'bullets', items: d.monitoringReports.map((r) => `${formatDate(r.takenOn)}: ${r.title}`) });
  }
  return blocks;
}
