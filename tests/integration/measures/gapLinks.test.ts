/** Issue #14: a measure cites a computed gap; the gap's numbers stay live, and the Hauptszenario drives staffing. */
import { describe, expect, it } from 'vitest';
import { call, useTestServices } from '../../helpers/services';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const { services } = useTestServices();

describe('gap links and the Hauptszenario (sample plan)', () => {
  it('links a measure to a computed gap whose value follows the data, and refuses gaps that do not exist', async () => {
    await call(services, 'plan.openSample', {});
    const analysis = await call(services, 'needs.analysis', { year: null });
    const [measure] = await call(services, 'measures.list', { fieldId: null });
    const gap = analysis.gaps.find((g) => g.offerType === 'vollstationaer')!;
    const row = gap.rows.find((r) => r.key === 'kreis' && r.year === 2030)!;
    const link = await call(services, 'measures.gapLinks.add', { measureId: measure!.id, richtwertId: gap.richtwertId, regionKey: 'kreis', year: 2030, scenarioId: gap.scenarioId });
    expect(link).toMatchObject({ found: true, gap: row.gap, required: row.required });
    expect(link.label).toMatch(/^Vollstationäre Pflegeplätze, .*, 2030, Szenario „/);
    await expect(call(services, 'measures.gapLinks.add', { measureId: measure!.id, richtwertId: gap.richtwertId, regionKey: 'kreis', year: 2030, scenarioId: gap.scenarioId })).rejects.toThrow(/schon verknüpft/);
    await expect(call(services, 'measures.gapLinks.add', { measureId: measure!.id, richtwertId: gap.richtwertId, regionKey: 'kreis', year: 1999, scenarioId: gap.scenarioId })).rejects.toThrow(/keine berechnete Lücke/);

    // Live: a lower occupancy raises the need, and the linked gap with it.
    const [richtwert] = (await call(services, 'needs.richtwerte.list', {})).filter((r) => r.id === gap.richtwertId);
    await call(services, 'needs.richtwerte.save', { ...richtwert!, basis: { ...richtwert!.basis, occupancy: 0.8 } as NonNullable<typeof richtwert>["basis"] });
    const [live] = await call(services, 'measures.gapLinks.list', { measureId: measure!.id });
    expect(live!.required).toBeGreaterThan(row.required);

    // Deleting the Richtwert leaves the link visible but marked as no longer computable.
    await call(services, 'needs.richtwerte.delete', { id: gap.richtwertId });
    const [orphan] = await call(services, 'measures.gapLinks.list', { measureId: measure!.id });
    expect(orphan).toMatchObject({ found: false, gap: null });
    await call(services, 'needs.restore', { kind: 'richtwert', id: gap.richtwertId });
    expect((await call(services, 'measures.gapLinks.list', { measureId: null }))[0]!.found).toBe(true);
  });

  it('keeps a plan-wide Hauptszenario and uses it for staffing unless another scenario is asked for', async () => {
    await call(services, 'plan.openSample', {});
    const scenarios = await call(services, 'needs.scenarios.list', {});
    const second = scenarios[1]!;
    expect(await call(services, 'needs.mainScenario.get', {})).toEqual({ scenarioId: null });
    const first = await call(services, 'needs.analysis', { year: 2035 });
    await call(services, 'needs.mainScenario.save', { scenarioId: second.id });
    const main = await call(services, 'needs.analysis', { year: 2035 });
    expect(main.staffing[0]!.explanation.inputs[0]).toContain(second.name);
    expect(main.staffGap!.explanation.inputs[0]).toContain(second.name);
    expect(first.staffing[0]!.explanation.inputs[0]).toContain(scenarios[0]!.name);
    const asked = await call(services, 'needs.analysis', { year: 2035, scenarioId: scenarios[0]!.id });
    expect(asked.staffing[0]!.explanation.inputs[0]).toContain(scenarios[0]!.name);
    // A deleted Hauptszenario falls back to the first scenario.
    await call(services, 'needs.scenarios.delete', { id: second.id });
    expect(await call(services, 'needs.mainScenario.get', {})).toEqual({ scenarioId: null });
  });
});
