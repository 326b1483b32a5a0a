/**
 * Issue #11: a large plan's Bedarf view is checked against the contract and serialised in the
 * analysis worker; the host passes the bytes on unread (db/api/preparedAnswer.ts). Here the
 * worker is used for the sample plan (threshold lowered), through the real browser host: the
 * body is the same JSON the in-process path answers, and still passes the output schema. Gap
 * links of measures are resolved there too, from a few rows instead of the whole analysis, and
 * the report's analysis passes from that worker to the layout worker as bytes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../db/api/dispatch';
import { PreparedAnswer, encodeAnswer } from '../../../db/api/preparedAnswer';
import { startWebHost } from '../../../db/host/webHost';
import { analysisInWorker, analysisWorkerOptions } from '../../../db/needs/analysisClient';
import { unpack } from '../../../db/needs/packed';
import { loadReportData, loadReportParts } from '../../../db/report/load';
import { analysisViewSchema } from '../../../shared/contract/needsSchemas';
import { buildReport } from '../../../shared/report/build';
import { fullAnalysis } from '../../helpers/needsAnalysis';
import { call, useTestServices } from '../../helpers/services';

const t = useTestServices();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const threshold = analysisWorkerOptions.workerFromGemeinden;
afterAll(() => {
  analysisWorkerOptions.workerFromGemeinden = threshold;
});

describe('prepared answers of the analysis worker', () => {
  it('reach the browser as the JSON of the in-process answer, checked against the contract', async () => {
    const selection = { year: 2030, scenarioId: null, regionKey: null, richtwertId: null };
    // The browser host's window is 'web'.
    await call(t.services, 'plan.openSample', {}, 'web');
    // In-process first (the sample Kreis is below the worker threshold).
    const inProcess = await call(t.services, 'needs.analysis', selection, 'web');
    expect(inProcess.ready).toBe(true);
    expect(analysisInWorker(t.services.sessions.require('web'))).toBe(false);

    analysisWorkerOptions.workerFromGemeinden = 1;
    const host = await startWebHost({ services: t.services, rendererDir: t.dir });
    try {
      const post = async () => {
        const res = await fetch(`http://127.0.0.1:${host.port}/api/needs.analysis`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-plan-token': host.token },
          body: JSON.stringify(selection),
        });
        expect(res.status).toBe(200);
        return (await res.json()) as { ok: boolean; value: { ready: boolean } };
      };
      let body = await post();
      for (let i = 0; i < 100 && body.ok && !body.value.ready; i++) {
        await sleep(100);
        body = await post();
      }
      expect(analysisInWorker(t.services.sessions.require('web'))).toBe(true);
      expect(body.ok).toBe(true);
      // Still the contract's shape, and the same figures as computed in-process.
      expect(analysisViewSchema.parse(body.value)).toEqual(body.value);
      expect(body.value).toEqual(JSON.parse(JSON.stringify(inProcess)));
      // What the host got from the worker: bytes, not a value it cloned and checked.
      const direct = await dispatch('needs.analysis', selection, { windowId: 'web', services: t.services });
      expect(direct.ok && 'json' in direct && direct.json.byteLength > 1000).toBe(true);
    } finally {
      await host.close();
    }
  }, 120_000);

  it('resolve gap links of measures in the worker, from the same figures', async () => {
    analysisWorkerOptions.workerFromGemeinden = 1;
    await call(t.services, 'plan.openSample', {}, 'web');
    const full = await fullAnalysis(t.services, { year: null }, 'web');
    expect(analysisInWorker(t.services.sessions.require('web'))).toBe(true);
    const gap = full.gaps.find((g) => g.offerType === 'vollstationaer')!;
    const row = gap.rows.find((r) => r.key === 'kreis' && r.year === 2030)!;
    const [measure] = await call(t.services, 'measures.list', { fieldId: null }, 'web');
    const link = await call(t.services, 'measures.gapLinks.add', { measureId: measure!.id, richtwertId: gap.richtwertId, regionKey: 'kreis', year: 2030, scenarioId: gap.scenarioId }, 'web');
    expect(link).toMatchObject({ found: true, gap: row.gap, required: row.required, stock: row.stock });
    expect(link.label).toContain(`${gap.label}, ${full.regions.find((r) => r.key === 'kreis')!.name}, 2030, Szenario „`);
    await expect(call(t.services, 'measures.gapLinks.add', { measureId: measure!.id, richtwertId: gap.richtwertId, regionKey: 'kreis', year: 1999, scenarioId: gap.scenarioId }, 'web')).rejects.toThrow(/keine berechnete Lücke/);
  }, 120_000);

  it('hand the report its analysis as bytes the host does not read, equal to the in-process analysis and outline', async () => {
    // The same plan, first in-process, then through its worker.
    analysisWorkerOptions.workerFromGemeinden = 1e9;
    await call(t.services, 'plan.openSample', {}, 'web');
    const inProcess = await loadReportData(t.services.sessions.require('web'), '2026-11-29');
    expect(analysisInWorker(t.services.sessions.require('web'))).toBe(false);
    analysisWorkerOptions.workerFromGemeinden = 1;
    const parts = await loadReportParts(t.services.sessions.require('web'), '2026-11-29');
    expect(analysisInWorker(t.services.sessions.require('web'))).toBe(true);
    expect('v8' in parts.analysis).toBe(true);
    expect(unpack(parts.analysis)).toEqual(inProcess.analysis);
    expect(parts.gemeindePyramids).toEqual(inProcess.gemeindePyramids);
    expect(Object.keys(parts.gemeindePyramids).length).toBeGreaterThan(10);
    // The report page's chapter list, built in the layout worker for such a plan: the same.
    const outline = await call(t.services, 'report.outline', { today: '2026-11-29' }, 'web');
    expect(outline).toEqual(buildReport(inProcess).outline);
    expect(outline.some((c) => c.figures > 0)).toBe(true);
  }, 120_000);

  it('are checked where they are made: a value that breaks the contract is refused there', () => {
    expect(() => encodeAnswer(analysisViewSchema, { ready: 'ja' })).toThrow();
    const bytes = encodeAnswer(analysisViewSchema.pick({ ready: true, missing: true }), { ready: true, missing: [], extra: 1 });
    // Checked as dispatch checks outputs: unknown keys are dropped.
    expect(JSON.parse(new TextDecoder().decode(new PreparedAnswer(bytes).json))).toEqual({ ready: true, missing: [] });
  });
});
