/**
 * Computed gaps that justify a measure (issue #14). The link stores where the gap is
 * (Richtwert, region, year, scenario); its numbers are recomputed from the needs analysis
 * each time they are shown, so a measure always cites the gap as today's data give it.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { UserError } from '../../shared/contract/errors';
import type { GapLink, gapLinkInputSchema } from '../../shared/contract/measuresSchemas';
import { formatNumber } from '../../shared/format';
import type { PlanSession } from '../session';
import { gapFigures } from './linkAdapter';

type Row = { id: string; measure_id: string; richtwert_id: string; region_key: string; year: number; scenario_id: string };

async function resolve(session: PlanSession, rows: Row[]): Promise<GapLink[]> {
  if (rows.length === 0) return [];
  const figures = await gapFigures(session, rows.map((r) => ({ richtwertId: r.richtwert_id, scenarioId: r.scenario_id, regionKey: r.region_key, year: r.year })));
  return rows.map((r, i) => {
    const base = { id: r.id, measureId: r.measure_id, richtwertId: r.richtwert_id, regionKey: r.region_key, year: r.year, scenarioId: r.scenario_id };
    const f = figures[i];
    if (!f) {
      return { ...base, found: false, label: `Lücke nicht mehr berechenbar (Richtwert, Szenario oder Gebiet gelöscht), ${r.year}`, required: null, stock: null, gap: null };
    }
    const amount = f.gap >= 0 ? `Lücke ${formatNumber(f.gap, 0)}` : `Überhang ${formatNumber(-f.gap, 0)}`;
    return { ...base, found: true, label: `${f.richtwertLabel}, ${f.regionName}, ${r.year}, Szenario „${f.scenarioName}“: ${amount} (Bedarf ${formatNumber(f.required, 0)}, Bestand ${formatNumber(f.stock, 0)})`, required: f.required, stock: f.stock, gap: f.gap };
  });
}

export async function listGapLinks(session: PlanSession, measureId: string | null): Promise<GapLink[]> {
  let q = session.db.selectFrom('measure_gap_link').select(['id', 'measure_id', 'richtwert_id', 'region_key', 'year', 'scenario_id']).where('deleted_at', 'is', null);
  if (measureId) q = q.where('measure_id', '=', measureId);
  return resolve(session, await q.orderBy('created_at').execute());
}

export async function addGapLink(session: PlanSession, input: z.output<typeof gapLinkInputSchema>): Promise<GapLink> {
  const measure = await session.db.selectFrom('measure').select('id').where('id', '=', input.measureId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!measure) throw new UserError('Diese Maßnahme gibt es nicht (mehr).', 'not-found');
  const same = await session.db
    .selectFrom('measure_gap_link')
    .select('id')
    .where('measure_id', '=', input.measureId)
    .where('richtwert_id', '=', input.richtwertId)
    .where('region_key', '=', input.regionKey)
    .where('year', '=', input.year)
    .where('scenario_id', '=', input.scenarioId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (same) throw new UserError('Diese Lücke ist mit der Maßnahme schon verknüpft.', 'duplicate');
  const id = randomUUID();
  const row = { id, measure_id: input.measureId, richtwert_id: input.richtwertId, region_key: input.regionKey, year: input.year, scenario_id: input.scenarioId };
  // Checked before writing, so a refused link leaves no trace in the change log.
  const [link] = await resolve(session, [row]);
  if (!link?.found) throw new UserError('Für diese Auswahl gibt es keine berechnete Lücke (Richtwert, Szenario, Gebiet oder Jahr prüfen). Es wurde nichts verknüpft.', 'not-found');
  await session.write((w) => w.insert('measure_gap_link', row));
  return link;
}

export async function deleteGapLink(session: PlanSession, id: string): Promise<void> {
  await session.write(async (w) => {
    if (!(await w.softDelete('measure_gap_link', id))) throw new UserError('Diese Verknüpfung ist bereits entfernt.', 'not-found');
  });
}
