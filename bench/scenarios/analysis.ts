/**
 * `needs.analysis` on a Germany-scale plan (issue #11): every Gemeinde of the national
 * 12411-02-03-5 file (≈ 11,000) in one plan, the default assumptions (4 scenarios, 2 Richtwerte),
 * called through the dispatch as the window calls it (input and output validated). Prints the
 * time and the size of the answer as the browser host sends it (JSON bytes).
 *
 * Goals: ≤ 500 ms and ≤ 5 MB per call. The first call computes (cold); later calls hit the
 * per-plan cache (db/needs/analysisCache.ts) until the plan changes.
 * The plan is built by tests/helpers/largePlan.ts.
 */
import path from 'node:path';
import { dispatch } from '../../db/api/dispatch';
import { createServices } from '../../db/api/services';
import { germanyPlan } from '../../tests/helpers/largePlan';
import type { Scenario } from '../measure';

const root = path.resolve(import.meta.dirname, '..', '..');

export const run: Scenario = async (measure, dir) => {
  const file = path.join(dir, 'deutschland.sqlite');
  await germanyPlan(file);
  const services = createServices({ host: 'web', version: 'bench', userDataDir: path.join(dir, 'userdata'), sampleDataDir: path.join(root, 'db', 'sample', 'data'), defaultPlanDir: dir, dialogs: null });
  const ctx = { windowId: 'w1', services };
  const opened = await dispatch('plan.open', { path: file }, ctx);
  if (!opened.ok) throw new Error(opened.error.message);
  const call = async (input: { year: number | null; scenarioId?: string | null; regionKey?: string | null }) => {
    const r = await dispatch('needs.analysis', input, ctx);
    if (!r.ok) throw new Error(r.error.message);
    const value = r.value as { ready: boolean; regions: unknown[]; years: number[] };
    if (!value.ready) throw new Error('analysis not ready');
    return { value, response_mb: Math.round(Buffer.byteLength(JSON.stringify(r)) / 1e5) / 10, regions: value.regions.length };
  };
  let years: number[] = [];
  await measure('analysis: Germany-scale plan, first call (computes)', 1, async () => {
    const { value, ...rest } = await call({ year: null });
    years = value.years;
    return { ...rest, goal_ms: 500, goal_mb: 5 };
  });
  await measure('analysis: Germany-scale plan, repeat call (cached)', 5, async () => {
    const { value: _v, ...rest } = await call({ year: null });
    return { ...rest, goal_ms: 500, goal_mb: 5 };
  });
  await measure('analysis: Germany-scale plan, another year (cached)', 5, async (i) => {
    const { value: _v, ...rest } = await call({ year: years[(i * 3) % years.length]! });
    return { ...rest, goal_ms: 500, goal_mb: 5 };
  });
  services.sessions.closeAll();
};
