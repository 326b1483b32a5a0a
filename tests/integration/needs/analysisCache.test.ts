/**
 * Issue #11: the needs analysis is computed once per change of the plan (db/needs/analysisCache.ts)
 * and `needs.analysis` answers with what the page shows, so its size grows with the number of
 * Gemeinden, not with Gemeinden × years × scenarios. The plan holds the Gemeinden of
 * Niedersachsen (≈ 950) from the national table (tests/helpers/largePlan.ts).
 */
import path from 'node:path';
import { answerValue } from '../../../shared/contract/answer';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../db/api/dispatch';
import { analysisLoads } from '../../../db/needs/analysisClient';
import { analysis } from '../../../db/needs/planAnalysis';
import { analysisViewSchema } from '../../../shared/contract/needsSchemas';
import { germanyPlan } from '../../helpers/largePlan';
import { call, useTestServices } from '../../helpers/services';

const t = useTestServices();
/** The goal on a Germany-scale plan (≈ 11,000 Gemeinden) is 5 MB: this much per Gemeinde, plus the fixed part. */
const BYTES_PER_GEMEINDE = 5_000_000 / 11_000;
const FIXED_BYTES = 100_000;

describe('needs analysis on a plan with all Gemeinden of Niedersachsen', () => {
  it('is computed once, answers equal results from the cache, and is recomputed after any write', async () => {
    const file = path.join(t.dir, 'niedersachsen.sqlite');
    const gemeinden = await germanyPlan(file, (ags) => ags.startsWith('03'));
    expect(gemeinden).toBeGreaterThan(900);
    await call(t.services, 'plan.open', { path: file });
    const session = t.services.sessions.require('w1');

    const full = await analysis(session, null);
    expect(analysisLoads(session)).toBe(1);
    expect(full.ready).toBe(true);
    expect(full.regions.filter((r) => r.level === 'gemeinde')).toHaveLength(gemeinden);
    // A hit reuses the computation, and the analysis built on it is equal.
    expect(await analysis(session, null)).toEqual(full);
    expect(analysisLoads(session)).toBe(1);

    // A write (here: one scenario's rate trend) invalidates; the new result shows the change.
    const scenario = (await call(t.services, 'needs.scenarios.list', {}))[0]!;
    await call(t.services, 'needs.scenarios.save', { ...scenario, rateTrend: 2, rateTrendUntil: null, cohort: scenario.cohort });
    const changed = await analysis(session, null);
    expect(analysisLoads(session)).toBe(2);
    const kreis2035 = (a: typeof full) => a.scenarios.find((s) => s.id === scenario.id)!.rows.find((r) => r.key === 'kreis' && r.year === 2035)!.need.ambulant;
    expect(kreis2035(changed)).toBeGreaterThan(kreis2035(full) * 1.05);
    await analysis(session, 2030);
    expect(analysisLoads(session)).toBe(2);
  }, 300_000);

  it('answers needs.analysis with what the page shows, bounded by the number of Gemeinden', async () => {
    const session = t.services.sessions.require('w1');
    const full = await analysis(session, null);
    const gemeinden = full.regions.filter((r) => r.level === 'gemeinde').length;
    const response = await dispatch('needs.analysis', { year: 2030, scenarioId: null, regionKey: full.regions[0]!.key }, { windowId: 'w1', services: t.services });
    if (!response.ok) throw new Error(response.error.message);
    // A large plan's view comes checked and serialised by its worker; the host passes the bytes on.
    expect('json' in response).toBe(true);
    const view = analysisViewSchema.parse(answerValue(response));
    const bytes = 'json' in response ? response.json.byteLength : Buffer.byteLength(JSON.stringify(response));
    expect(bytes).toBeLessThan(FIXED_BYTES + BYTES_PER_GEMEINDE * gemeinden);
    // The full analysis would be far larger: that is what was sent before.
    expect(Buffer.byteLength(JSON.stringify(full))).toBeGreaterThan(10 * bytes);

    // What the page needs is still there: one figure per region for the chosen year, the Kreis
    // and the chosen region over all years in every scenario, gap rows of the chosen year.
    expect(view.selection).toMatchObject({ year: 2030, regionKey: full.regions[0]!.key });
    expect(view.regionFigures).toHaveLength(full.regions.length);
    const chosen = full.scenarios.find((s) => s.id === view.selection.scenarioId)!;
    const ags = full.regions[0]!.key;
    const expected = chosen.rows.find((r) => r.key === ags && r.year === 2030)!;
    expect(view.regionFigures.find((f) => f.key === ags)!.need.ambulant).toBeCloseTo(expected.need.ambulant, 1);
    for (const s of view.scenarios) expect(new Set(s.rows.map((r) => r.key))).toEqual(new Set(['kreis', ags]));
    expect(view.scenarios[0]!.rows.filter((r) => r.key === 'kreis')).toHaveLength(full.years.length);
    const gapRows = view.gaps.flatMap((g) => g.rows);
    expect(gapRows.length).toBeGreaterThan(gemeinden);
    expect(gapRows.every((r) => r.year === 2030)).toBe(true);
  }, 300_000);
});
