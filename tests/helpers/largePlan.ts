/**
 * A plan at national scale for the analysis bench and its tests: every Gemeinde of the national
 * 12411-02-03-5 file (≈ 11,000), or those `keep` chooses, with their population, and the default
 * assumptions (4 scenarios, Richtwerte) as the population import sets them up.
 *
 * Gemeinden and population rows are written with plain INSERTs, without change log: building
 * the plan is not what is measured, and the analysis does not read the log. Not a plan to merge.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { ensureDefaults } from '../../db/needs/defaults';
import { parsePopulationFile } from '../../db/needs/population';
import { PlanSession } from '../../db/session';

const NATIONAL = path.join(import.meta.dirname, '..', 'fixtures', 'needs', 'genesis_12411-02-03-5_00.csv');
const meta = { title: 'Deutschland', districtName: 'Deutschland', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };

/** Creates the plan file; returns the number of Gemeinden in it. */
export async function germanyPlan(file: string, keep: (ags: string) => boolean = () => true): Promise<number> {
  const session = await PlanSession.create(file, meta);
  const { result } = await parsePopulationFile({ path: NATIONAL }, 'national.csv', null);
  const db = session.sqlite;
  const now = new Date().toISOString();
  const dataset = randomUUID();
  const gemeinde = db.prepare("INSERT INTO gemeinde (id, ags, name, kind, lat, lon, geometry, created_at, updated_at) VALUES (?, ?, ?, 'gemeinde', NULL, NULL, NULL, ?, ?)");
  const row = db.prepare('INSERT INTO population_row (id, dataset_id, region_key, level, name, year, sex, bands, total, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const seen = new Set<string>();
  db.transaction(() => {
    db.prepare("INSERT INTO population_dataset (id, name, kind, level, format, file_name, table_code, encoding, row_count, created_at, updated_at) VALUES (?, 'Bevölkerung Deutschland', 'bestand', 'gemeinde', 'genesis', 'genesis_12411-02-03-5_00.csv', '12411-02-03-5', 'utf-8', ?, ?, ?)").run(dataset, result.records.length, now, now);
    for (const r of result.records) {
      if (r.level !== 'gemeinde' || !keep(r.key)) continue;
      if (!seen.has(r.key)) gemeinde.run(randomUUID(), r.key, r.name, now, now);
      seen.add(r.key);
      row.run(randomUUID(), dataset, r.key, r.level, r.name, r.year, r.sex, JSON.stringify(r.bands), r.total, now, now);
    }
  })();
  await session.write((w, trx) => ensureDefaults(w, trx, 2035));
  session.close();
  return seen.size;
}
