/**
 * Issue #11: the population import writes in a plan job worker (db/jobs/planJob.ts). While the
 * national file is read and the plan's rows written, `app.info` keeps answering; the worker and
 * the in-process path store the same rows; the rows written in multi-row statements
 * (db/changes/bulkInsert.ts) and their tombstones when a second import replaces them replay
 * from the change log.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { populationCommitResultSchema } from '../../../shared/contract/needsSchemas';
import { JobRunner } from '../../../db/jobs/jobRunner';
import { runPlanJob } from '../../../db/jobs/planJob';
import { expectFileMatchesLog } from '../../helpers/changeLogReplay';
import { expectAnswering, pingWhile } from '../../helpers/responsive';
import { call, useTestServices } from '../../helpers/services';

const t = useTestServices();
const NATIONAL = path.join(import.meta.dirname, '..', '..', 'fixtures', 'needs', 'genesis_12411-02-03-5_00.csv');
const meta = { title: 'Plan', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };

async function newPlan(name: string) {
  await call(t.services, 'plan.create', { path: path.join(t.dir, name), meta });
  return t.services.sessions.require('w1');
}

type Sqlite = { prepare(s: string): { get(): unknown; all(): unknown[] } };
const storedRows = (sqlite: Sqlite) =>
  sqlite.prepare('SELECT region_key, level, name, year, sex, bands, total FROM population_row WHERE deleted_at IS NULL ORDER BY region_key, year, sex').all();

describe('the population import as a plan job', () => {
  it('keeps app.info answering while the national file is imported in the worker', async () => {
    const session = await newPlan('kreis.sqlite');
    const { jobId } = await call(t.services, 'needs.population.commit', { fileName: 'genesis_12411-02-03-5_00.csv', contentBase64: fs.readFileSync(NATIONAL).toString('base64'), kind: 'bestand' });
    const done = t.services.jobs.wait(jobId, 'w1');
    const waits = await pingWhile(t.services, done);
    const status = await done;
    expect(status.error).toBeNull();
    // Only the plan's Kreis: 30 Gemeinden (Samtgemeinden not counted) × 3 = 90 rows.
    expect(populationCommitResultSchema.parse(status.result)).toMatchObject({ rows: 90, level: 'gemeinde' });
    expect((session.sqlite.prepare("SELECT count(*) AS n FROM population_row WHERE region_key LIKE '03354%'").get() as { n: number }).n).toBe(90);
    expectAnswering(waits, 10);
    await call(t.services, 'plan.close', {});
  }, 120_000);

  it('stores every record of the national file in the worker as in-process; rows and replaced rows replay from the log', async () => {
    const runner = new JobRunner();
    const input = { source: { bytes: new Uint8Array(fs.readFileSync(NATIONAL)) }, fileName: 'national.csv', kind: 'bestand' as const, options: { everyRegion: true } };
    const rows = async (name: string, inProcess: boolean) => {
      const session = await newPlan(name);
      const id = runner.start('population', 'w1', (job) => runPlanJob(session, 'needs.population.import', input, job, { inProcess }));
      const status = await runner.wait(id, 'w1');
      expect(status.error).toBeNull();
      const stored = storedRows(session.sqlite);
      if (!inProcess) {
        // A second import of the same year replaces the first (tombstones in multi-row statements).
        const again = runner.start('population', 'w1', (job) => runPlanJob(session, 'needs.population.import', input, job));
        expect((await runner.wait(again, 'w1')).error).toBeNull();
        expect(storedRows(session.sqlite)).toHaveLength(stored.length);
        expect((session.sqlite.prepare('SELECT count(*) AS n FROM population_row WHERE deleted_at IS NOT NULL').get() as { n: number }).n).toBe(stored.length);
        expect(expectFileMatchesLog(session.sqlite, ['population_row', 'population_dataset'])).toBe(2 * stored.length + 2);
      }
      await call(t.services, 'plan.close', {});
      return stored;
    };
    const inWorker = await rows('worker.sqlite', false);
    const inProcess = await rows('inprocess.sqlite', true);
    // The caller's bytes were copied to the worker, not detached: the second run read them too.
    expect(input.source.bytes.byteLength).toBeGreaterThan(1_000_000);
    expect(inWorker.length).toBeGreaterThan(30_000);
    expect(inWorker).toEqual(inProcess);
  }, 180_000);
});
