/** Monitoring: saved reporting states (Berichtsstände) and what changed since a date. */
import type { FieldId } from '../../shared/catalog/fieldId';
import { randomUUID } from 'node:crypto';
import { UserError } from '../../shared/contract/errors';
import { monitoringSummarySchema, type ChangeSince, type Report } from '../../shared/contract/measuresSchemas';
import { summarize } from '../../shared/measures/monitoring';
import { expandEntries } from '../changes/entries';
import type { PlanSession } from '../session';
import { listIndicators, listMeasures } from './measures';
import { MEASURES_TABLES } from './schema';

export async function listReports(session: PlanSession): Promise<Report[]> {
  const rows = await session.db.selectFrom('measure_report').selectAll().where('deleted_at', 'is', null).orderBy('taken_on', 'desc').orderBy('created_at', 'desc').execute();
  return rows.map((r) => ({ id: r.id, title: r.title, fieldId: r.field_id, takenOn: r.taken_on, summary: monitoringSummarySchema.parse(JSON.parse(r.summary)) }));
}

export async function currentSummary(session: PlanSession, fieldId: FieldId | null, today: string) {
  return summarize(await listMeasures(session), await listIndicators(session), today, fieldId);
}

export async function createReport(session: PlanSession, input: { title: string; fieldId: FieldId | null; today: string }): Promise<Report> {
  const summary = await currentSummary(session, input.fieldId, input.today);
  const id = randomUUID();
  await session.write((w) => w.insert('measure_report', { id, title: input.title, field_id: input.fieldId, taken_on: input.today, summary: JSON.stringify(summary) }));
  return (await listReports(session)).find((r) => r.id === id)!;
}

export async function deleteReport(session: PlanSession, id: string): Promise<void> {
  const row = await session.db.selectFrom('measure_report').select('id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new UserError('Diesen Berichtsstand gibt es nicht (mehr).', 'not-found');
  await session.write((w) => w.softDelete('measure_report', id));
}

/** Rows of this feature changed since the start of `since` (local wall clock of the change log), newest first. */
export async function changesSince(session: PlanSession, since: string, fieldId: FieldId | null, limit = 500): Promise<ChangeSince[]> {
  const millis = new Date(`${since}T00:00:00`).getTime();
  const from = String(Math.max(0, millis)).padStart(15, '0');
  const tables = MEASURES_TABLES.filter((t) => t !== 'measure_report');
  const entries = await session.db
    .selectFrom('change_log')
    .select(['tbl', 'row_id', 'col', 'op', 'hlc', 'new_value'])
    .where('hlc', '>=', from)
    .where('tbl', 'in', [...tables])
    .orderBy('seq')
    .execute();
  const grouped = new Map<string, { table: string; rowId: string; ops: Set<ChangeSince['ops'][number]>; columns: Set<string>; hlc: string }>();
  // The per-column view: old files log an insert per column, newer ones as one entry.
  for (const e of expandEntries(entries)) {
    const key = `${e.tbl}|${e.row_id}`;
    const g = grouped.get(key) ?? { table: e.tbl, rowId: e.row_id, ops: new Set(), columns: new Set(), hlc: e.hlc };
    g.ops.add(e.op);
    if (e.op === 'update') g.columns.add(e.col);
    g.hlc = e.hlc;
    grouped.set(key, g);
  }
  if (grouped.size === 0) return [];

  const measures = new Map((await session.db.selectFrom('measure').select(['id', 'title', 'field_id']).execute()).map((m) => [m.id, m]));
  const milestones = new Map((await session.db.selectFrom('milestone').select(['id', 'title', 'measure_id']).execute()).map((m) => [m.id, m]));
  const byMeasure = async (table: 'measure_link' | 'measure_precondition' | 'measure_indicator') =>
    new Map((await session.db.selectFrom(table).select(['id', 'measure_id']).execute()).map((r) => [r.id, r.measure_id]));
  const links = await byMeasure('measure_link');
  const preconditions = await byMeasure('measure_precondition');
  const indicators = new Map((await session.db.selectFrom('measure_indicator').select(['id', 'name', 'measure_id']).execute()).map((r) => [r.id, r]));
  const values = new Map((await session.db.selectFrom('measure_indicator_value').select(['id', 'indicator_id']).execute()).map((r) => [r.id, r.indicator_id]));
  const events = new Map((await session.db.selectFrom('participation_event').select(['id', 'title']).execute()).map((r) => [r.id, r.title]));
  const groups = new Map((await session.db.selectFrom('participation_group').select(['id', 'name', 'event_id']).execute()).map((r) => [r.id, r]));
  const results = new Map((await session.db.selectFrom('participation_result').select(['id', 'text', 'event_id']).execute()).map((r) => [r.id, r]));

  const out: (ChangeSince & { measureFieldId: string | null })[] = [];
  for (const g of grouped.values()) {
    let label = '';
    let measureId: string | null = null;
    switch (g.table) {
      case 'measure':
        measureId = g.rowId;
        label = measures.get(g.rowId)?.title ?? '';
        break;
      case 'milestone':
        label = milestones.get(g.rowId)?.title ?? '';
        measureId = milestones.get(g.rowId)?.measure_id ?? null;
        break;
      case 'measure_link':
        measureId = links.get(g.rowId) ?? null;
        label = 'Verknüpfung';
        break;
      case 'measure_precondition':
        measureId = preconditions.get(g.rowId) ?? null;
        label = 'Voraussetzung';
        break;
      case 'measure_indicator':
        label = indicators.get(g.rowId)?.name ?? '';
        measureId = indicators.get(g.rowId)?.measure_id ?? null;
        break;
      case 'measure_indicator_value': {
        const ind = indicators.get(values.get(g.rowId) ?? '');
        label = ind ? `Messwert: ${ind.name}` : 'Messwert';
        measureId = ind?.measure_id ?? null;
        break;
      }
      case 'participation_event':
        label = events.get(g.rowId) ?? '';
        break;
      case 'participation_group':
        label = `${groups.get(g.rowId)?.name ?? ''} (${events.get(groups.get(g.rowId)?.event_id ?? '') ?? ''})`;
        break;
      case 'participation_result':
        label = results.get(g.rowId)?.text ?? '';
        break;
    }
    const measure = measureId ? measures.get(measureId) : undefined;
    out.push({
      table: g.table,
      rowId: g.rowId,
      label,
      measureTitle: g.table === 'measure' ? null : (measure?.title ?? null),
      lastChange: new Date(Number(g.hlc.slice(0, 15))).toISOString(),
      ops: [...g.ops],
      columns: [...g.columns].sort(),
      measureFieldId: measure?.field_id ?? null,
    });
  }
  return out
    .filter((c) => !fieldId || c.measureFieldId === fieldId)
    .sort((a, b) => b.lastChange.localeCompare(a.lastChange))
    .slice(0, limit)
    .map(({ measureFieldId: _f, ...c }) => c);
}
