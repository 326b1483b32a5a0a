/**
 * Issue 11: while a plan is open, the next plan job's worker is started ahead (db/jobs/planJob.ts),
 * so an import or a merge does not first wait ≈ 100 ms for a thread and its bundle. Only the
 * bundled worker (the app, the bench) is started ahead; under tsx (tests, browser mode) nothing is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stockImportResultSchema } from '../../../shared/contract/stockSchemas';
import { hasPlanJobWorkerAhead, planJobWorkerReady } from '../../../db/jobs/planJob';
import { useBundledWorkers } from '../../../db/jobs/workerThread';
import { buildWorkers } from '../../../scripts/workerBundles';
import { call, useTestServices } from '../../helpers/services';

const t = useTestServices();
const root = path.resolve(import.meta.dirname, '../../..');
// Under node_modules, from where the bundles find better-sqlite3 (as the bench's).
const bundles = path.join(root, 'node_modules', '.cache', `psp-test-workers-${process.pid}`);
const meta = { title: 'Vorab', districtName: 'LK', kreisKey: '', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };

afterAll(() => {
  useBundledWorkers(null);
  fs.rmSync(bundles, { recursive: true, force: true });
});

const offers = (n: number, name: string) => {
  const lines = ['Angebotsart;Name;Träger;Gemeinde (AGS);Kapazität;Belegung;Stand der Angabe'];
  for (let i = 0; i < n; i++) lines.push(`Tagespflege;${name} ${i};Träger;03354001;${10 + (i % 5)};0;31.12.2024`);
  return { register: 'angebote' as const, fileName: 'angebote.csv', contentBase64: Buffer.from(lines.join('\n'), 'utf8').toString('base64'), mapping: null };
};

async function importOffers(n: number, name: string) {
  const { jobId } = await call(t.services, 'stock.import.commit', offers(n, name));
  const status = await t.services.jobs.wait(jobId, 'w1');
  expect(status.error).toBeNull();
  return stockImportResultSchema.parse(status.result).inserted;
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return condition();
}

describe('the plan job worker started ahead', () => {
  it('is not started under tsx', async () => {
    await call(t.services, 'plan.create', { path: path.join(t.dir, 'tsx.sqlite'), meta });
    expect(hasPlanJobWorkerAhead()).toBe(false);
    t.services.sessions.close('w1');
  });

  it('is started when a plan opens, taken by the next job, started again after it, and ended when no plan is open', async () => {
    await buildWorkers(root, bundles, { sourcemap: false, logLevel: 'warning' });
    useBundledWorkers(bundles);
    await call(t.services, 'plan.create', { path: path.join(t.dir, 'vorab.sqlite'), meta });
    await call(t.services, 'district.gemeinden.create', { ags: '03354001', name: 'Hitzacker' });
    expect(hasPlanJobWorkerAhead()).toBe(true);
    await planJobWorkerReady();

    expect(await importOffers(30, 'Tagespflege Nord')).toBe(30);
    // The job took it; the next one follows once the app is idle again.
    expect(hasPlanJobWorkerAhead()).toBe(false);
    expect(await until(hasPlanJobWorkerAhead, 15_000)).toBe(true);
    await planJobWorkerReady();
    expect(await importOffers(20, 'Tagespflege Süd')).toBe(20);
    expect((t.services.sessions.require('w1').sqlite.prepare('SELECT count(*) AS n FROM offer').get() as { n: number }).n).toBe(50);

    expect(await until(hasPlanJobWorkerAhead, 15_000)).toBe(true);
    t.services.sessions.close('w1');
    expect(hasPlanJobWorkerAhead()).toBe(false);
  }, 120_000);
});
