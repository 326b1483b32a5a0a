/** Kapitel Beteiligung: events, working groups and their results (challenges, ideas and the measures made of them). */
import { formatDate } from '../../format';
import { EVENT_KIND_LABELS, RESULT_KIND_LABELS } from '../../measures/types';
import type { Block, Cell } from '../model';
import type { ReportView } from '../view';

export function beteiligung(v: ReportView): Block[] {
  const events = [...v.data.events].sort((a, b) => (a.eventDate ?? '').localeCompare(b.eventDate ?? ''));
  if (events.length === 0) return [];
  const source = `Beteiligung im Plan (Schritt 3), Stand ${v.stand}`;
  const blocks: Block[] = [
    { kind: 'paragraph', text: `Die Planung ist mit den Akteuren im Kreis entstanden: ${events.length} Beteiligungsformate mit ${events.reduce((n, e) => n + e.results.length, 0)} festgehaltenen Ergebnissen.` },
    {
      kind: 'table',
      caption: 'Beteiligungsveranstaltungen',
      source,
      columns: [{ label: 'Datum' }, { label: 'Art', weight: 2 }, { label: 'Veranstaltung', weight: 3 }, { label: 'Ort', weight: 2 }, { label: 'Organisationen', align: 'right' }],
      rows: events.map((e): Cell[] => [e.eventDate ? formatDate(e.eventDate) : '–', EVENT_KIND_LABELS[e.kind], e.title, e.place || '–', String(e.organisations.split('\n').filter((l) => l.trim()).length)]),
    },
  ];
  for (const e of events) {
    blocks.push({ kind: 'heading', level: 2, text: `${e.title}${e.eventDate ? ` (${formatDate(e.eventDate)})` : ''}` });
    if (e.notes) blocks.push({ kind: 'paragraph', text: e.notes });
    const orgs = e.organisations.split('\n').map((l) => l.trim()).filter(Boolean);
    if (orgs.length > 0) blocks.push({ kind: 'paragraph', text: `Beteiligte Organisationen: ${orgs.join(', ')}.` });
    if (e.groups.length > 0) blocks.push({ kind: 'paragraph', text: `Arbeitsgruppen: ${e.groups.map((g) => g.name).join('; ')}.` });
    if (e.results.length > 0) {
      const groupName = new Map(e.groups.map((g) => [g.id, g.name]));
      blocks.push({
        kind: 'table',
        caption: `Ergebnisse: ${e.title}`,
        source,
        columns: [{ label: 'Art' }, { label: 'Ergebnis', weight: 4 }, { label: 'Arbeitsgruppe', weight: 2 }, { label: 'Maßnahme', weight: 2 }],
        rows: e.results.map((r): Cell[] => [RESULT_KIND_LABELS[r.kind], r.text, r.groupId ? (groupName.get(r.groupId) ?? '–') : '–', r.measureTitle ?? '–']),
      });
    }
  }
  return blocks;
}
