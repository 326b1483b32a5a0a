/** Beteiligung: events with working groups and results; an idea can become a measure that keeps the link. */
import { randomUUID } from 'node:crypto';
import { UserError } from '../../shared/contract/errors';
import type {
  MeasureDetail,
  MeasureInput,
  ParticipationEvent,
  ParticipationEventInput,
  ParticipationResult,
  ParticipationResultInput,
} from '../../shared/contract/measuresSchemas';
import { formatDate } from '../../shared/format';
import { blankMeasure } from '../../shared/measures/blankMeasure';
import { EVENT_KIND_LABELS } from '../../shared/measures/types';
import type { PlanSession } from '../session';
import { getMeasure, insertMeasure } from './measures';
import { softDeleteWithChildren } from '../changes/cascade';

export async function listEvents(session: PlanSession): Promise<ParticipationEvent[]> {
  const events = await session.db.selectFrom('participation_event').selectAll().where('deleted_at', 'is', null).orderBy('event_date', 'desc').orderBy('title').execute();
  if (events.length === 0) return [];
  const groups = await session.db.selectFrom('participation_group').selectAll().where('deleted_at', 'is', null).orderBy('created_at').execute();
  const results = await session.db
    .selectFrom('participation_result')
    .leftJoin('measure', (j) => j.onRef('measure.id', '=', 'participation_result.measure_id').on('measure.deleted_at', 'is', null))
    .selectAll('participation_result')
    .select('measure.title as measure_title')
    .where('participation_result.deleted_at', 'is', null)
    .orderBy('participation_result.created_at')
    .execute();
  return events.map((e) => ({
    id: e.id,
    kind: e.kind,
    title: e.title,
    eventDate: e.event_date,
    place: e.place,
    organisations: e.organisations,
    notes: e.notes,
    groups: groups.filter((g) => g.event_id === e.id).map((g) => ({ id: g.id, name: g.name, moderators: g.moderators })),
    results: results
      .filter((r) => r.event_id === e.id)
      .map(
        (r): ParticipationResult => ({
          id: r.id,
          eventId: r.event_id,
          groupId: r.group_id,
          kind: r.kind,
          text: r.text,
          fieldId: r.field_id,
          measureId: r.measure_title ? r.measure_id : null,
          measureTitle: r.measure_title ?? null,
        }),
      ),
  }));
}

async function getEvent(session: PlanSession, id: string): Promise<ParticipationEvent> {
  const event = (await listEvents(session)).find((e) => e.id === id);
  if (!event) throw new UserError('Diese Veranstaltung gibt es nicht (mehr).', 'not-found');
  return event;
}

const eventColumns = (v: ParticipationEventInput) => ({ kind: v.kind, title: v.title, event_date: v.eventDate, place: v.place, organisations: v.organisations, notes: v.notes });

export async function saveEvent(session: PlanSession, id: string | null, values: ParticipationEventInput): Promise<ParticipationEvent> {
  const existing = id ? await getEvent(session, id) : null;
  const known = new Set(existing?.groups.map((g) => g.id) ?? []);
  for (const g of values.groups) if (g.id && !known.has(g.id)) throw new UserError('Eine Arbeitsgruppe gehört nicht (mehr) zu dieser Veranstaltung.', 'unknown-group');
  const eventId = id ?? randomUUID();
  await session.write(async (w) => {
    if (existing) await w.update('participation_event', eventId, eventColumns(values));
    else await w.insert('participation_event', { id: eventId, ...eventColumns(values) });
    const keep = new Set(values.groups.map((g) => g.id).filter(Boolean));
    for (const g of existing?.groups ?? []) if (!keep.has(g.id)) await w.softDelete('participation_group', g.id);
    for (const g of values.groups) {
      if (g.id) await w.update('participation_group', g.id, { name: g.name, moderators: g.moderators });
      else await w.insert('participation_group', { id: randomUUID(), event_id: eventId, name: g.name, moderators: g.moderators });
    }
  });
  return getEvent(session, eventId);
}

export async function deleteEvent(session: PlanSession, id: string): Promise<void> {
  await getEvent(session, id);
  // Groups and results are declared to cascade from the event (shared/model/measures.ts).
  await session.write((w, trx) => softDeleteWithChildren(w, trx, 'participation_event', id));
}

async function checkGroup(session: PlanSession, eventId: string, groupId: string | null): Promise<void> {
  if (!groupId) return;
  const event = await getEvent(session, eventId);
  if (!event.groups.some((g) => g.id === groupId)) throw new UserError('Diese Arbeitsgruppe gehört nicht zu der Veranstaltung.', 'unknown-group');
}

async function requireResult(session: PlanSession, id: string) {
  const row = await session.db.selectFrom('participation_result').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new UserError('Dieses Ergebnis gibt es nicht (mehr).', 'not-found');
  return row;
}

const resultColumns = (v: ParticipationResultInput) => ({ group_id: v.groupId, kind: v.kind, text: v.text, field_id: v.fieldId });

export async function addResult(session: PlanSession, eventId: string, values: ParticipationResultInput): Promise<ParticipationEvent> {
  await getEvent(session, eventId);
  await checkGroup(session, eventId, values.groupId);
  await session.write((w) => w.insert('participation_result', { id: randomUUID(), event_id: eventId, measure_id: null, ...resultColumns(values) }));
  return getEvent(session, eventId);
}

export async function updateResult(session: PlanSession, id: string, values: ParticipationResultInput): Promise<ParticipationEvent> {
  const row = await requireResult(session, id);
  await checkGroup(session, row.event_id, values.groupId);
  await session.write((w) => w.update('participation_result', id, resultColumns(values)));
  return getEvent(session, row.event_id);
}

export async function deleteResult(session: PlanSession, id: string): Promise<ParticipationEvent> {
  const row = await requireResult(session, id);
  await session.write((w) => w.softDelete('participation_result', id));
  return getEvent(session, row.event_id);
}

/** "Idee in Maßnahme übernehmen": a new measure from the idea, in the idea's field; the idea keeps the measure's id. */
export async function ideaToMeasure(session: PlanSession, resultId: string): Promise<MeasureDetail> {
  const row = await requireResult(session, resultId);
  if (row.kind !== 'idee') throw new UserError('Nur Ideen können in Maßnahmen übernommen werden.', 'not-an-idea');
  if (!row.field_id) throw new UserError('Bitte ordnen Sie die Idee zuerst einem Handlungsfeld zu.', 'no-field');
  if (row.measure_id) {
    const alive = await session.db.selectFrom('measure').select('id').where('id', '=', row.measure_id).where('deleted_at', 'is', null).executeTakeFirst();
    if (alive) throw new UserError('Aus dieser Idee wurde bereits eine Maßnahme.', 'already-measure');
  }
  const event = await getEvent(session, row.event_id);
  const group = event.groups.find((g) => g.id === row.group_id);
  const title = row.text.length > 300 ? `${row.text.slice(0, 297)}…` : row.text;
  const origin = `Idee aus ${EVENT_KIND_LABELS[event.kind]} „${event.title}“${event.eventDate ? ` am ${formatDate(event.eventDate)}` : ''}${group ? `, ${group.name}` : ''}.`;
  const values: MeasureInput = {
    ...blankMeasure(row.field_id),
    title,
    description: row.text.length > 300 ? `${row.text}\n\n${origin}` : origin,
    // The idea's date carries over as the start, so the new measure shows in the Gantt at once; the planner moves it.
    startDate: event.eventDate ?? null,
  };
  const measureId = randomUUID();
  await session.write(async (w, trx) => {
    await insertMeasure(w, trx, values, measureId);
    await w.update('participation_result', resultId, { measure_id: measureId });
  });
  return getMeasure(session, measureId);
}
