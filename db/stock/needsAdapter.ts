/**
 * The one place this feature reads the Bedarfsermittlung's tables (population_dataset,
 * population_row of another feature): the latest official Gemeinde population table.
 */
import type { PlanSession } from '../session';

export interface GemeindePopulation {
  year: number;
  datasetName: string;
  tableCode: string | null;
  /** Age bands as stored (JSON object { "75-80": 3201, … }) per live Gemeinde id, both sexes together. */
  rows: { gemeindeId: string; bands: string }[];
}

/** The newest Bestand year of a Gemeinde table, matched to the plan's Gemeinden by AGS; null when the plan has none. */
export async function readLatestGemeindePopulation(session: PlanSession): Promise<GemeindePopulation | null> {
  const latest = await session.db
    .selectFrom('population_row as r')
    .innerJoin('population_dataset as d', 'd.id', 'r.dataset_id')
    .select(['r.year', 'd.name', 'd.table_code'])
    .where('r.deleted_at', 'is', null)
    .where('d.deleted_at', 'is', null)
    .where('d.kind', '=', 'bestand')
    .where('r.level', '=', 'gemeinde')
    .orderBy('r.year', 'desc')
    .executeTakeFirst();
  if (!latest) return null;
  const rows = await session.db
    .selectFrom('population_row as r')
    .innerJoin('population_dataset as d', 'd.id', 'r.dataset_id')
    .innerJoin('gemeinde as g', 'g.ags', 'r.region_key')
    .select(['g.id as gemeindeId', 'r.bands'])
    .where('r.deleted_at', 'is', null)
    .where('d.deleted_at', 'is', null)
    .where('g.deleted_at', 'is', null)
    .where('d.kind', '=', 'bestand')
    .where('r.level', '=', 'gemeinde')
    .where('r.sex', '=', 'insgesamt')
    .where('r.year', '=', latest.year)
    .execute();
  return { year: latest.year, datasetName: latest.name, tableCode: latest.table_code, rows };
}
