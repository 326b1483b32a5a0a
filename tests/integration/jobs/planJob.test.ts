/**
 * Issue #11: a plan's writing jobs (here the register import) run in a worker thread with their
 * own connection (db/jobs/planJob.ts). While 20,000 offers are written, `app.info` keeps
 * answering (same tolerance as pdfResponsive.test.ts); the host's next change sorts after the
 * worker's; a cancelled job leaves the plan as it was; the worker and the in-process path write
 * the same rows.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stockImportResultSchema } from '../../../shared/contract/stockSchemas';
import { BUILTIN_OFFER_TYPES } from '../../../shared/stock/offerTypes';
import { runPlanJob } from '../../../db/jobs/planJob';
import { JobRunner } from '../../../db/jobs/jobRunner';
import { expectAnswering, pingWhile } from '../../helpers/responsive';
import { call, useTestServices } from '../../helpers/services';

const t = useTestServices();
const meta = { title: 'Land', districtName: 'Land', kreisKey: '', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const GEMEINDEN = 500;
const agsOf = (i: number) => `03${String(i).padStart(6, '0')}`;

async function planWithGemeinden(name: string) {
  await call(t.services, 'plan.create', { path: path.join(t.dir, name), meta });
  const session = t.services.sessions.require('w1');
  await session.write(async (w) => {
    for (let i = 0; i < GEMEINDEN; i++) await w.insert('gemeinde', { id: randomUUID(), ags: agsOf(i), name: `Gemeinde ${i}`, kind: 'gemeinde', lat: null, lon: null, geometry: null });
  });
  return session;
}

function offersInput(n: number) {
  const lines = ['Angebotsart;Name;Träger;Gemeinde (AGS);Kapazität;Belegung;Stand der Angabe'];
  for (let i = 0; i < n; i++) lines.push(`${BUILTIN_OFFER_TYPES[i % BUILTIN_OFFER_TYPES.length]!.label};Angebot ${i};Träger ${i % 70};${agsOf(i % GEMEINDEN)};${(i % 40) + 5};${i % 5};31.12.2024`);
  return { register: 'angebote' as const, fileName: 'angebote.csv', contentBase64: Buffer.from(lines.join('\n'), 'utf8').toString('base64'), mapping: null };
}

const offerCount = (session: { sqlite: { prepare(s: string): { get(): unknown } } }) => (session.sqlite.prepare('SELECT count(*) AS n FROM offer WHERE deleted_at IS NULL').get() as { n: number }).n;

describe('a plan job in a worker', () => {
  it('writes 20,000 offers while app.info answers, and the next local change sorts after them', async () => {
    const session = await planWithGemeinden('land.sqlite');
    const { jobId } = await call(t.services, 'stock.import.commit', offersInput(20_000));
    const done = t.services.jobs.wait(jobId, 'w1');
    const waits = await pingWhile(t.services, done);
    const status = await done;
    expect(status.error).toBeNull();
    expect(stockImportResultSchema.parse(status.result).inserted).toBe(20_000);
    expect(offerCount(session)).toBe(20_000);
    expectAnswering(waits);

    // The host's clock moved past the worker's entries.
    const lastOfJob = (session.sqlite.prepare("SELECT max(hlc) AS h FROM change_log WHERE tbl = 'offer'").get() as { h: string }).h;
    await call(t.services, 'plan.updateMeta', { ...meta, title: 'Land, geändert' });
    const newest = session.sqlite.prepare('SELECT hlc, tbl FROM change_log ORDER BY seq DESC LIMIT 1').get() as { hlc: string; tbl: string };
    expect(newest.tbl).toBe('plan');
    expect(newest.hlc > lastOfJob).toBe(true);
  }, 180_000);

  it('leaves the plan unchanged when cancelled', async () => {
    const session = await planWithGemeinden('abbruch.sqlite');
    const before = (session.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
    const { jobId } = await call(t.services, 'stock.import.commit', offersInput(20_000));
    for (;;) {
      const s = await call(t.services, 'jobs.status', { jobId });
      if (s.done > 0 || s.state !== 'running') break;
      await sleep(5);
    }
    await call(t.services, 'jobs.cancel', { jobId });
    const status = await t.services.jobs.wait(jobId, 'w1');
    expect(status.state).toBe('cancelled');
    expect(status.error).toMatch(/Abgebrochen/);
    expect(offerCount(session)).toBe(0);
    expect((session.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n).toBe(before);
    // The plan stays writable.
    await call(t.services, 'plan.updateMeta', { ...meta, title: 'Nach dem Abbruch' });
  }, 180_000);

  it('writes the same rows in the worker as in-process', async () => {
    const runner = new JobRunner();
    const rows = async (name: string, inProcess: boolean) => {
      const session = await planWithGemeinden(name);
      const id = runner.start('stock-import', 'w1', (job) => runPlanJob(session, 'stock.import', offersInput(300), job, { inProcess }));
      const st = await runner.wait(id, 'w1');
      expect(st.error).toBeNull();
      expect(st.state).toBe('done');
      return session.sqlite.prepare('SELECT o.type_id, o.name, o.provider, g.ags, o.capacity, o.occupancy, o.source_date FROM offer o JOIN gemeinde g ON g.id = o.gemeinde_id ORDER BY o.name').all();
    };
    const inWorker = await rows('worker.sqlite', false);
    const inProcess = await rows('inprocess.sqlite', true);
    expect(inWorker).toHaveLength(300);
    expect(inWorker).toEqual(inProcess);
  }, 120_000);
});
