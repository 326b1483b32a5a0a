/**
 * What step 3 adds to the sample plan Lüchow-Dannenberg: a few invented example measures with
 * milestones, preconditions and one indicator. Every title says "(Beispiel)"; the persons and
 * offices are invented (see db/sample/data/measures/SOURCES.md).
 */
import type { FieldId } from '../../shared/catalog/fieldId';
import { randomUUID } from 'node:crypto';
import type { MeasureInput } from '../../shared/contract/measuresSchemas';
import type { PlanSession } from '../session';
import { insertMeasure } from './measures';

type SampleMilestone = [title: string, due: string, responsible: string, status: 'offen' | 'in_arbeit' | 'erledigt', doneOn: string | null];

interface SampleMeasure {
  values: Omit<MeasureInput, 'gemeindeIds' | 'planningAreaIds'>;
  gemeinden: string[];
  areas: string[];
  milestones: SampleMilestone[];
  preconditionsDone: string[];
  indicator?: { name: string; unit: string; baseline: number; target: number; targetDate: string; values: [string, number][] };
}

const base = {
  description: '',
  responsibleActorId: null,
  partnerActorIds: [],
  costOnce: null,
  costYearly: null,
  fundingProgrammeId: null,
  financingNote: '',
  needIds: [],
} satisfies Partial<MeasureInput>;

const SAMPLE: SampleMeasure[] = [
  {
    values: {
      ...base,
      fieldId: 'hf03',
      title: 'Pflegekonferenz Lüchow-Dannenberg einrichten (Beispiel)',
      description: 'Jährliche Konferenz aller Pflegeanbieter, Kassen und Gemeinden; Geschäftsstelle bei der Sozialplanung.',
      responsibleText: 'Fachdienst Soziales – Sozialplanung (Beispiel)',
      partners: 'Pflegestützpunkt, Pflegekassen, Träger der ambulanten Pflege',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      priority: 'hoch',
      status: 'in_umsetzung',
      costOnce: 3000,
      costYearly: 1500,
    },
    gemeinden: [],
    areas: [],
    milestones: [
      ['Geschäftsordnung beschlossen', '2026-03-31', 'Frau Beispiel (Sozialplanung)', 'erledigt', '2026-03-26'],
      ['Erste Pflegekonferenz in Lüchow', '2026-06-15', 'Frau Beispiel (Sozialplanung)', 'erledigt', '2026-06-15'],
      ['Bericht an den Sozialausschuss', '2026-10-31', 'Herr Muster (Fachdienst Soziales)', 'offen', null],
    ],
    preconditionsDone: ['kreistag', 'haushalt', 'partner'],
  },
  {
    values: {
      ...base,
      fieldId: 'hf09',
      title: 'Beratungsnetz für pflegende Angehörige in den Samtgemeinden (Beispiel)',
      description: 'Sprechstunden vor Ort in jeder Samtgemeinde, Schulungen für pflegende Angehörige, Lotsen im Ehrenamt.',
      responsibleText: 'Pflegestützpunkt Lüchow-Dannenberg (Beispiel)',
      partners: 'Samtgemeinden, Wohlfahrtsverbände',
      startDate: '2026-04-01',
      endDate: '2028-03-31',
      priority: 'hoch',
      status: 'geplant',
      costYearly: 18000,
      financingNote: 'Förderung nach § 45c SGB XI wird geprüft.',
    },
    gemeinden: [],
    areas: ['Samtgemeinde Elbtalaue', 'Samtgemeinde Gartow', 'Samtgemeinde Lüchow (Wendland)'],
    milestones: [
      ['Konzept mit den Samtgemeinden abgestimmt', '2026-09-30', 'Pflegestützpunkt (Beispiel)', 'in_arbeit', null],
      ['Förderantrag gestellt', '2027-01-31', 'Fachdienst Soziales (Beispiel)', 'offen', null],
      ['Sprechstunden in allen Samtgemeinden', '2027-10-01', 'Pflegestützpunkt (Beispiel)', 'offen', null],
    ],
    preconditionsDone: ['partner'],
  },
  {
    values: {
      ...base,
      fieldId: 'hf02',
      title: 'Kümmerer für ältere Menschen in Gartow und Hitzacker (Elbe) (Beispiel)',
      responsibleText: 'Samtgemeinde Gartow (Beispiel)',
      partners: 'Kirchengemeinden, Seniorenbeirat',
      startDate: '2027-01-01',
      endDate: '2029-12-31',
      priority: 'mittel',
      status: 'geplant',
      costYearly: 45000,
    },
    gemeinden: ['Gartow', 'Hitzacker (Elbe)'],
    areas: [],
    milestones: [
      ['Stelle ausgeschrieben', '2027-03-31', 'Samtgemeinde Gartow (Beispiel)', 'offen', null],
      ['Zwischenbericht nach einem Jahr', '2028-03-31', 'Sozialplanung (Beispiel)', 'offen', null],
    ],
    preconditionsDone: [],
  },
  {
    values: {
      ...base,
      fieldId: 'hf07',
      title: 'Tagespflegeplätze im Raum Clenze ausbauen (Beispiel)',
      description: 'Eine zusätzliche Tagespflege mit 16 Plätzen; Fahrdienst für die umliegenden Dörfer.',
      responsibleText: 'Fachdienst Soziales – Heimaufsicht und Pflege (Beispiel)',
      partners: 'Träger der Tagespflege, Gemeinde Clenze',
      startDate: '2027-07-01',
      endDate: '2029-06-30',
      priority: 'mittel',
      status: 'verschoben',
      costOnce: 250000,
    },
    gemeinden: ['Clenze'],
    areas: [],
    milestones: [['Träger gefunden', '2027-12-31', 'Sozialplanung (Beispiel)', 'offen', null]],
    preconditionsDone: [],
    indicator: { name: 'Tagespflegeplätze im Landkreis', unit: 'Plätze', baseline: 24, target: 40, targetDate: '2029-06-30', values: [['2026-01-01', 24], ['2026-07-01', 28]] },
  },
];

export async function addMeasuresToSample(session: PlanSession, _dataDir: string): Promise<void> {
  // Only real Gemeinden: a gemeindefreies Gebiet may carry the same name (e.g. Gartow).
  const gemeinden = await session.db.selectFrom('gemeinde').select(['id', 'name']).where('deleted_at', 'is', null).where('kind', '=', 'gemeinde').execute();
  const areas = await session.db.selectFrom('planning_area').select(['id', 'name']).where('deleted_at', 'is', null).execute();
  const gemeindeId = new Map(gemeinden.map((g) => [g.name, g.id]));
  const areaId = new Map(areas.map((a) => [a.name, a.id]));
  await session.write(async (w, trx) => {
    const measureIds: string[] = [];
    for (const s of SAMPLE) {
      const values: MeasureInput = {
        ...s.values,
        gemeindeIds: s.gemeinden.map((n) => gemeindeId.get(n)).filter((id): id is string => id !== undefined),
        planningAreaIds: s.areas.map((n) => areaId.get(n)).filter((id): id is string => id !== undefined),
      };
      const id = await insertMeasure(w, trx, values);
      measureIds.push(id);
      for (const [title, due, responsible, status, doneOn] of s.milestones) {
        await w.insert('milestone', { id: randomUUID(), measure_id: id, title, due_date: due, responsible, status, done_on: doneOn });
      }
      const pre = await trx.selectFrom('measure_precondition').select(['id', 'kind']).where('measure_id', '=', id).execute();
      for (const p of pre) if (s.preconditionsDone.includes(p.kind)) await w.update('measure_precondition', p.id, { done: 1 });
      if (s.indicator) {
        const indId = randomUUID();
        const i = s.indicator;
        await w.insert('measure_indicator', { id: indId, measure_id: id, name: i.name, unit: i.unit, baseline: i.baseline, target_value: i.target, target_date: i.targetDate });
        for (const [on, value] of i.values) await w.insert('measure_indicator_value', { id: randomUUID(), indicator_id: indId, measured_on: on, value, note: '' });
      }
    }

    // One documented workshop; its first idea became the Beratungsnetz measure (second sample measure).
    const eventId = randomUUID();
    await w.insert('participation_event', {
      id: eventId,
      kind: 'workshop',
      title: 'Workshop „Älter werden im Wendland“ (Beispiel)',
      event_date: '2025-11-12',
      place: 'Kreishaus Lüchow (Beispiel)',
      organisations: 'Pflegestützpunkt\nWohlfahrtsverbände\nAmbulante Pflegedienste\nSeniorenbeirat\nSamtgemeinden\nMitarbeitende der Kreisverwaltung',
      notes: 'Erfundene Beispieldokumentation.',
    });
    const groups = [
      { id: randomUUID(), name: 'AG 1: Pflegende Angehörige', moderators: 'Frau Beispiel' },
      { id: randomUUID(), name: 'AG 2: Wohnen und Nachbarschaft', moderators: 'Herr Muster' },
    ];
    for (const g of groups) await w.insert('participation_group', { ...g, event_id: eventId });
    const results: [group: number, kind: 'herausforderung' | 'idee', text: string, fieldId: FieldId | null, measure: string | null][] = [
      [0, 'herausforderung', 'Angehörige kennen die Beratungsangebote oft nicht und die Wege nach Lüchow sind weit.', 'hf09', null],
      [0, 'idee', 'Sprechstunden des Pflegestützpunkts in jeder Samtgemeinde', 'hf09', measureIds[1] ?? null],
      [1, 'idee', 'Nachbarschaftshilfe über die Dorfgemeinschaften organisieren', 'hf02', null],
      [1, 'herausforderung', 'Es fehlen barrierefreie Wohnungen in den Dörfern.', 'hf08', null],
    ];
    for (const [group, kind, text, fieldId, measureId] of results) {
      await w.insert('participation_result', { id: randomUUID(), event_id: eventId, group_id: groups[group]!.id, kind, text, field_id: fieldId, measure_id: measureId });
    }
  });
}
