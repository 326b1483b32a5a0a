/**
 * Issue #11: the needs analysis of a large plan runs in the plan's analysis worker
 * (db/needs/analysisClient.ts). While its first computation runs, `needs.analysis` answers at
 * once with „wird berechnet“ and `app.info`, pinged every 10 ms through the dispatch, keeps
 * answering (tolerances as in tests/integration/measures/pdfResponsive.test.ts: 100 ms for
 * nearly every ping, 100 + 200 ms for the slowest on a shared two-core machine). The worker's
 * answers equal the in-process computation, and a write made meanwhile is in the next result.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analysisInWorker } from '../../../db/needs/analysisClient';
import { loadPlanAnalysis } from '../../../db/needs/analysisLoader';
import { answerQuery } from '../../../db/needs/analysisQueries';
import { analysis } from '../../../db/needs/planAnalysis';
import { getMainScenario } from '../../../db/needs/repository';
import { expectAnswering, pingWhile } from '../../helpers/responsive';
import { call, useTestServices } from '../../helpers/services';

const t = useTestServices();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Niedersachsen and Bayern (≈ 3,000 Gemeinden, seconds of computation), built by
 * tests/helpers/largePlan.ts in a child process: parsing the national file here would leave
 * hundreds of MB of garbage whose collection pauses this thread while the pings are timed.
 */
function buildLargePlan(file: string): number {
  const helper = pathToFileURL(path.join(import.meta.dirname, '..', '..', 'helpers', 'largePlan.ts')).href;
  const code = `const { germanyPlan } = await import(${JSON.stringify(helper)}); console.log(await germanyPlan(${JSON.stringify(file)}, (ags) => ags.startsWith('03') || ags.startsWith('09')));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', code], { encoding: 'utf8' });
  return Number(out.trim().split('\n').at(-1));
}

describe('needs analysis of a large plan in its worker', () => {
  it('answers at once while computing, keeps the host answering, and equals the in-process result', async () => {
    const file = path.join(t.dir, 'gross.sqlite');
    const gemeinden = buildLargePlan(file);
    expect(gemeinden).toBeGreaterThan(2500);
    await call(t.services, 'plan.open', { path: file });
    const session = t.services.sessions.require('w1');

    const calls: number[] = [];
    let computingAnswers = 0;
    let finished!: () => void;
    const pinging = pingWhile(t.services, new Promise<void>((resolve) => (finished = resolve)));
    const selection = { year: 2030, scenarioId: null, regionKey: 'kreis', richtwertId: null };
    let view = await call(t.services, 'needs.analysis', selection);
    expect(analysisInWorker(session)).toBe(true);
    while (!view.ready) {
      // Not ready only while computing (the plan has everything an analysis needs).
      expect(view.computing).toBeTruthy();
      expect(view.missing).toEqual([]);
      computingAnswers += 1;
      await sleep(200);
      const started = performance.now();
      view = await call(t.services, 'needs.analysis', selection);
      calls.push(performance.now() - started);
    }
    finished();
    const waits = await pinging;

    expect(computingAnswers).toBeGreaterThan(0);
    expect(Math.max(...calls)).toBeLessThan(500 + 200);
    expectAnswering(waits);

    // The same figures as computed in this thread.
    const inProcess = await loadPlanAnalysis(session);
    const mainScenarioId = await getMainScenario(session);
    expect(view).toEqual(answerQuery(inProcess, { kind: 'view', selection, mainScenarioId }));
    const full = await analysis(session, 2035);
    expect(full.regions.filter((r) => r.level === 'gemeinde')).toHaveLength(gemeinden);
    expect(full).toEqual(answerQuery(inProcess, { kind: 'full', year: 2035, scenarioId: mainScenarioId }));
  }, 300_000);

  it('includes a write made while it computes in the next result, without blocking the write', async () => {
    const scenario = (await call(t.services, 'needs.scenarios.list', {}))[0]!;
    const selection = { year: 2035, scenarioId: scenario.id, regionKey: 'kreis', richtwertId: null };
    const readyView = async () => {
      for (;;) {
        const view = await call(t.services, 'needs.analysis', selection);
        if (view.ready) return view;
        await sleep(100);
      }
    };
    const kreis = (v: Awaited<ReturnType<typeof readyView>>) => v.scenarios.find((s) => s.id === scenario.id)!.rows.find((r) => r.key === 'kreis' && r.year === 2035)!.need.ambulant;
    const before = await readyView();
    // A write starts a recomputation on the next call; a second write made meanwhile waits
    // (asynchronously) at most for the worker's reading phase, and the result shows it.
    await call(t.services, 'needs.scenarios.save', { ...scenario, rateTrend: 2, rateTrendUntil: null, cohort: scenario.cohort });
    expect((await call(t.services, 'needs.analysis', selection)).computing).toBeTruthy();
    const started = performance.now();
    await call(t.services, 'needs.scenarios.save', { ...scenario, rateTrend: 3, rateTrendUntil: null, cohort: scenario.cohort });
    const writeMs = performance.now() - started;
    const after = await readyView();
    expect(kreis(after)).toBeGreaterThan(kreis(before) * 1.1);
    expect(writeMs).toBeLessThan(3000);
  }, 300_000);
});
