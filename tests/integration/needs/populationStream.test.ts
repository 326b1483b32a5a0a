/**
 * Issue #11: the population import's write streams (db/needs/populationCommit.ts): records go
 * into the plan while the file is still read, and memory does not grow with the file. What must not change: the rows stored (the same as the
 * exact reading that holds every record), every refusal with its German message and nothing
 * written, cancel rolls back.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { JobRunner, type JobContext } from '../../../db/jobs/jobRunner';
import { runPlanJob } from '../../../db/jobs/planJob';
import type { PopulationImportInput } from '../../../db/needs/population';
import type { PlanSession } from '../../../db/session';
import { PopulationParser } from '../../../shared/needs/populationParser';
import { expectFileMatchesLog } from '../../helpers/changeLogReplay';
import { sha256 } from '../../helpers/files';
import { call, useTestServices } from '../../helpers/services';
import { withStichtage } from '../../helpers/stichtage';

const t = useTestServices();
const NATIONAL = path.join(import.meta.dirname, '..', '..', 'fixtures', 'needs', 'genesis_12411-02-03-5_00.csv');
const meta = { title: 'Plan', districtName: 'Deutschland', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const national = fs.readFileSync(NATIONAL, 'utf8');

async function newPlan(name: string): Promise<PlanSession> {
  await call(t.services, 'plan.create', { path: path.join(t.dir, name), meta });
  return t.services.sessions.require('w1');
}

const input = (text: string, options: PopulationImportInput['options'] = {}): PopulationImportInput => ({
  source: { bytes: new Uint8Array(Buffer.from(text)) },
  fileName: 'national.csv',
  kind: 'bestand',
  options: { everyRegion: true, ...options },
});

async function importFile(session: PlanSession, job: PopulationImportInput, watch?: (job: JobContext) => JobContext, inProcess = false) {
  const runner = new JobRunner();
  const id = runner.start('population', 'w1', (ctx) => runPlanJob(session, 'needs.population.import', job, watch ? watch(ctx) : ctx, { inProcess }));
  return runner.wait(id, 'w1');
}

type Sqlite = PlanSession['sqlite'];
const storedRows = (sqlite: Sqlite) => sqlite.prepare('SELECT region_key, level, name, year, sex, bands, total FROM population_row WHERE deleted_at IS NULL ORDER BY region_key, year, sex').all();
const count = (sqlite: Sqlite, sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;


describe('the streamed population import', () => {
  it('hands out, while reading, exactly the records and problems the exact reading keeps', () => {
    const lines = national.split('\n');
    const exact = new PopulationParser(null);
    for (const line of lines) exact.push(line);
    const held = exact.finish();
    const streaming = new PopulationParser(null, { streaming: true });
    const early: unknown[] = [];
    for (const line of lines) {
      streaming.push(line);
      early.push(...streaming.takeSettled());
    }
    const rest = streaming.finish();
    expect(streaming.streamBroken).toBe(false);
    // Nearly all records left before the end; what stays are the kreisfreie Städte waiting for a Gemeinde.
    expect(early.length).toBeGreaterThan(0.95 * held.records.length);
    const order = (r: { key: string; year: number; sex: string; level: string }) => `${r.level}|${r.key}|${r.year}|${r.sex}`;
    const sorted = (rs: { key: string; year: number; sex: string; level: string }[]) => [...rs].sort((a, b) => order(a).localeCompare(order(b)));
    expect(sorted([...(early as typeof held.records), ...rest.records])).toEqual(sorted(held.records));
    expect(rest.problems).toEqual(held.problems);
  });

  it('stores in the plan job exactly the rows of the exact reading; they and the completed dataset replay from the log', async () => {
    const exact = new PopulationParser(null);
    for (const line of national.split('\n')) exact.push(line);
    const expected = exact
      .finish()
      .records.map((r) => ({ region_key: r.key, level: r.level, name: r.name, year: r.year, sex: r.sex, bands: JSON.stringify(r.bands), total: r.total }))
      .sort((a, b) => (a.region_key < b.region_key ? -1 : a.region_key > b.region_key ? 1 : a.year - b.year || (a.sex < b.sex ? -1 : a.sex > b.sex ? 1 : 0)));

    const session = await newPlan('streamed.sqlite');
    expect((await importFile(session, input(national))).error).toBeNull();
    const rows = storedRows(session.sqlite);
    expect(rows).toEqual(expected);
    expect(expectFileMatchesLog(session.sqlite, ['population_row', 'population_dataset'])).toBe(rows.length + 1);
    // The dataset was written before its rows and completed at the end (row count, footer).
    const dataset = session.sqlite.prepare('SELECT row_count, stand, licence FROM population_dataset WHERE deleted_at IS NULL').get() as { row_count: number; stand: string; licence: string };
    expect(dataset).toMatchObject({ row_count: 34_734, stand: '2017-10-10' });
    expect(dataset.licence).toContain('Statistische Ämter');
    await call(t.services, 'plan.close', {});
  }, 180_000);

  it('reads a file the stream cannot judge again in full: a Gemeinde listed twice is refused as before with nothing written, a late Samtgemeinde member is stored right', async () => {
    const lines = national.split('\n');
    const at = lines.findIndex((l) => l.startsWith('03354403010;'));
    // The same Gemeinde again further down, every value "-": only the exact reading sees it as a repeat.
    lines.splice(at + 40, 0, lines[at]!.split(';').map((c, i) => (i < 2 ? c : '-')).join(';'));
    const text = lines.join('\n');
    const exact = new PopulationParser(null);
    for (const line of lines) exact.push(line);
    const expected = exact.finish().problems.find((p) => p.severity === 'fehler')!.message;
    expect(expected).toContain('kommt doppelt vor');

    const session = await newPlan('twice.sqlite');
    const file = session.realPath;
    const before = sha256(file);
    const status = await importFile(session, input(text));
    expect(status.state).toBe('failed');
    expect(status.error).toBe(`Import abgebrochen, es wurde nichts geschrieben: ${expected}`);
    expect(count(session.sqlite, 'SELECT count(*) AS n FROM population_row')).toBe(0);
    expect(count(session.sqlite, 'SELECT count(*) AS n FROM population_dataset')).toBe(0);
    expect(sha256(file)).toBe(before);

    // A member row (11 digits) long after its 8-digit row: that row was a Samtgemeinde after all
    // and must not be stored. The stream had already written it; the exact reading stores the member.
    const valid = national.split('\n');
    const row = valid.findIndex((l) => l.startsWith('01058024;'));
    valid.splice(row + 30, 0, valid[row]!.replace(/^01058024;[^;]*/, '01058024999;        Borgstedt Ort'));
    expect((await importFile(session, input(valid.join('\n')))).error).toBeNull();
    const keys = (session.sqlite.prepare("SELECT DISTINCT region_key FROM population_row WHERE deleted_at IS NULL AND region_key LIKE '01058%'").pluck().all() as string[]);
    expect(keys).toContain('01058999');
    expect(keys).not.toContain('01058024');
    expect(count(session.sqlite, 'SELECT count(*) AS n FROM population_row WHERE deleted_at IS NULL')).toBe(34_734);
    expect(expectFileMatchesLog(session.sqlite, ['population_row', 'population_dataset'])).toBe(34_734 + 1);
    await call(t.services, 'plan.close', {});
  }, 120_000);

  it('rolls back rows already written when cancelled, and refuses a file without line breaks in German', async () => {
    const session = await newPlan('cancel.sqlite');
    let written = 0;
    const runner = new JobRunner();
    const id = runner.start('population', 'w1', (job) =>
      runPlanJob(session, 'needs.population.import', input(national), {
        ...job,
        progress: (done, total, message) => {
          // Cancel once rows are in the open transaction.
          const rows = /([\d.]+) Zahlenreihen gespeichert/.exec(message ?? '');
          if (rows && Number(rows[1]!.replace(/\./g, '')) > 5_000 && written === 0) {
            written = Number(rows[1]!.replace(/\./g, ''));
            runner.cancel(id, 'w1');
          }
          job.progress(done, total, message);
        },
      }),
    );
    expect(await runner.wait(id, 'w1')).toMatchObject({ state: 'cancelled' });
    expect(written).toBeGreaterThan(5_000);
    expect(count(session.sqlite, 'SELECT count(*) AS n FROM population_row')).toBe(0);
    expect(count(session.sqlite, "SELECT count(*) AS n FROM change_log WHERE tbl LIKE 'population%'")).toBe(0);

    const oneLine = await importFile(session, input(`${'1;'.repeat(600_000)}\n`));
    expect(oneLine.state).toBe('failed');
    expect(oneLine.error).toMatch(/Zeile mit mehr als 1\.000\.000 Zeichen.*Im Plan wurde nichts geändert/);
    expect(count(session.sqlite, 'SELECT count(*) AS n FROM population_dataset')).toBe(0);
    await call(t.services, 'plan.close', {});
  }, 120_000);

  it('holds no more memory for 4 Stichtage (139,000 records) than for one', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    /** The most heap the import holds while writing (after a full GC, every 8th step), over the heap before. */
    const held = async (years: number) => {
      const session = await newPlan(`memory-${years}.sqlite`);
      const job = input(withStichtage(national, years));
      gc();
      const before = process.memoryUsage().heapUsed;
      let most = Number.NEGATIVE_INFINITY;
      let steps = 0;
      const status = await importFile(
        session,
        job,
        (ctx) => ({
          ...ctx,
          progress: (done, total, message) => {
            if (++steps % 8 === 0) {
              gc();
              most = Math.max(most, process.memoryUsage().heapUsed - before);
            }
            ctx.progress(done, total, message);
          },
        }),
        true,
      );
      expect(status.error).toBeNull();
      expect(count(session.sqlite, 'SELECT count(*) AS n FROM population_row')).toBe(34_734 * years);
      await call(t.services, 'plan.close', {});
      return most;
    };
    const one = await held(1);
    const four = await held(4);
    // Holding the records (as before issue #11) took ~10 MB per 35,000: 4 Stichtage would add ~30 MB.
    expect(four - one).toBeLessThan(6 * 1024 * 1024);
    expect(four).toBeLessThan(12 * 1024 * 1024);
  }, 300_000);
});
