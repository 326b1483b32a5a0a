// @vitest-environment happy-dom
/**
 * The renderer's zustand stores against a real host (tests/helpers/rendererHost.ts): what they
 * hold after loading is what the plan file holds, failures end up as German messages, and each
 * test opens its own plan and starts from empty stores, so none depends on another's order.
 */
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../../renderer/api';
import { usePlan } from '../../../renderer/app/planStore';
import { useStatus } from '../../../renderer/app/statusStore';
import { useDistrict } from '../../../renderer/features/district/districtStore';
import { useTasks } from '../../../renderer/features/field/taskStore';
import { useMeasures } from '../../../renderer/features/measures/measuresStore';
import { useParticipation } from '../../../renderer/features/measures/participationStore';
import { useNeeds } from '../../../renderer/features/needs/needsStore';
import { useStock } from '../../../renderer/features/stock/stockStore';
import { allTaskIds } from '../../../shared/catalog';
import { useRendererHost } from '../../helpers/rendererHost';

const host = useRendererHost();
const meta = { title: 'Pflegeplan Wendland', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
let files = 0;
const newPlan = () => invoke('plan.create', { path: path.join(host.dir, `plan-${++files}.sqlite`), meta });

const stores = [usePlan, useStatus, useDistrict, useTasks, useMeasures, useParticipation, useNeeds, useStock] as const;
beforeEach(() => {
  for (const store of stores) (store as { setState: (s: unknown, replace: true) => void; getInitialState: () => unknown }).setState(store.getInitialState(), true);
});

describe('planStore', () => {
  it('init: the plan the host has open, the app info, and no flash of the start screen before the answer', async () => {
    expect(usePlan.getState().loaded).toBe(false);
    const created = await newPlan();
    await usePlan.getState().init();
    const s = usePlan.getState();
    expect(s).toMatchObject({ loaded: true, loadError: null });
    expect(s.current?.path).toBe(created.path);
    expect(s.current?.meta.title).toBe('Pflegeplan Wendland');
    expect(s.info).not.toBeNull();
  });

  it('refreshRecent lists the plans opened before; dismissed migration notices are remembered per path', async () => {
    const first = await newPlan();
    await newPlan();
    await usePlan.getState().refreshRecent();
    expect(usePlan.getState().recent.map((r) => r.path)).toContain(first.path);
    usePlan.getState().dismissMigrationNotice(first.path);
    expect(usePlan.getState().dismissedMigrationNotices).toEqual([first.path]);
  });
});

describe('taskStore', () => {
  it('saves a task state at once, and a reload reads the same from the file', async () => {
    await newPlan();
    await useTasks.getState().load();
    const [taskId] = allTaskIds();
    expect(await useTasks.getState().setTask(taskId!, { state: 'erledigt', note: 'mit dem Pflegestützpunkt besprochen' })).toBe(true);
    expect(useTasks.getState().records[taskId!]).toMatchObject({ state: 'erledigt', note: 'mit dem Pflegestützpunkt besprochen' });
    expect(useStatus.getState().message?.kind).toBe('info');

    useTasks.getState().reset();
    expect(useTasks.getState().records).toEqual({});
    await useTasks.getState().load();
    expect(useTasks.getState().records[taskId!]).toMatchObject({ state: 'erledigt', note: 'mit dem Pflegestützpunkt besprochen' });
  });

  it('a refused change comes back out and the German reason shows', async () => {
    await newPlan();
    await useTasks.getState().load();
    expect(await useTasks.getState().setTask('hf99.bestand.gibt-es-nicht', { state: 'erledigt' })).toBe(false);
    expect(useTasks.getState().records['hf99.bestand.gibt-es-nicht']).toBeUndefined();
    expect(useStatus.getState().message).toMatchObject({ kind: 'error', text: 'Die Aufgabe hf99.bestand.gibt-es-nicht gibt es im Leitfaden-Katalog nicht.' });
  });
});

describe('feature stores after another plan was opened', () => {
  it('district, measures, participation and stock hold what the new plan holds, not the old one', async () => {
    await invoke('plan.openSample', {});
    await Promise.all([useDistrict.getState().refresh(), useMeasures.getState().refresh(), useParticipation.getState().refresh(), useStock.getState().refresh()]);
    expect(useDistrict.getState().gemeinden.length).toBeGreaterThan(10);
    expect(useMeasures.getState().measures.length).toBeGreaterThan(0);
    expect(useStock.getState().offerTypes.length).toBeGreaterThan(0);
    // Names of Akteure are loaded for what is shown, not the whole register.
    expect(useStock.getState().actorNames.size).toBe(0);
    const sampleActors = await invoke('stock.list', { register: 'akteure', limit: 3 });
    await useStock.getState().loadActorNames(sampleActors.map((a) => a.id));
    expect([...useStock.getState().actorNames.entries()]).toEqual(sampleActors.map((a) => [a.id, a.values.name]));

    await newPlan();
    useDistrict.getState().reset();
    await Promise.all([useDistrict.getState().refresh(), useMeasures.getState().refresh(), useParticipation.getState().refresh(), useStock.getState().refresh()]);
    expect(useDistrict.getState()).toMatchObject({ gemeinden: [], areas: [], loaded: true, error: null });
    expect(useMeasures.getState()).toMatchObject({ measures: [], loaded: true, error: null });
    expect(useParticipation.getState()).toMatchObject({ events: [], loaded: true, error: null });
    expect(useStock.getState()).toMatchObject({ gemeinden: [], loaded: true, error: null });
    // The Akteure of the sample are not in the new plan: their names are gone with it.
    expect(useStock.getState().actorNames.size).toBe(0);
  });

  it('stock.refresh keeps the names of Akteure a table loaded while it ran', async () => {
    await invoke('plan.openSample', {});
    const sampleActors = await invoke('stock.list', { register: 'akteure', limit: 3 });
    // The refresh's other reads are held until the table's names are in (as on a busy machine).
    const api = window.api!;
    const original = api.invoke;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    api.invoke = (async (channel: string, input: unknown) => {
      if (channel === 'stock.offerTypes') await held;
      return (original as (c: string, i: unknown) => Promise<unknown>)(channel, input);
    }) as typeof api.invoke;
    try {
      const refreshing = useStock.getState().refresh();
      await useStock.getState().loadActorNames(sampleActors.map((a) => a.id));
      release();
      await refreshing;
    } finally {
      api.invoke = original;
    }
    expect([...useStock.getState().actorNames.entries()]).toEqual(sampleActors.map((a) => [a.id, a.values.name]));
  });

  it('measures.patch replaces one measure in place', async () => {
    await invoke('plan.openSample', {});
    await useMeasures.getState().refresh();
    const [first, second] = useMeasures.getState().measures;
    useMeasures.getState().patch({ ...first!, title: 'Geändert' });
    expect(useMeasures.getState().measures[0]!.title).toBe('Geändert');
    expect(useMeasures.getState().measures[1]).toBe(second);
  });

  it('district.refresh loads only the parts asked for', async () => {
    await invoke('plan.openSample', {});
    await useDistrict.getState().refresh(['areas']);
    expect(useDistrict.getState().gemeinden).toEqual([]);
    expect(useDistrict.getState().areas.length).toBeGreaterThan(0);
  });

  it('with no plan open, a store shows the German refusal and stays usable', async () => {
    host.services.sessions.closeAll();
    await useParticipation.getState().refresh();
    expect(useParticipation.getState().loaded).toBe(true);
    expect(useParticipation.getState().error).toMatch(/Plan/);
    expect(useParticipation.getState().error).not.toMatch(/undefined|Error:/);
  });
});

describe('needsStore', () => {
  it('loads the analysis of the sample; a selected scenario that is deleted falls back to the Hauptszenario', async () => {
    await invoke('plan.openSample', {});
    await useNeeds.getState().refresh();
    const s = useNeeds.getState();
    expect(s).toMatchObject({ loaded: true, error: null });
    expect(s.analysis?.ready).toBe(true);
    expect(s.scenarios.length).toBeGreaterThan(0);

    const copy = await invoke('needs.scenarios.save', { ...s.scenarios[0]!, id: null, name: 'Nur zum Testen' });
    await useNeeds.getState().setScenario(copy.id);
    expect(useNeeds.getState().scenarioId).toBe(copy.id);
    await invoke('needs.scenarios.delete', { id: copy.id });
    await useNeeds.getState().refresh();
    expect(useNeeds.getState().scenarioId).toBeNull();
  });

  it('setYear asks the host for that year', async () => {
    await invoke('plan.openSample', {});
    await useNeeds.getState().refresh();
    const year = useNeeds.getState().analysis!.years[0]!;
    await useNeeds.getState().setYear(year);
    expect(useNeeds.getState().year).toBe(year);
    expect(useNeeds.getState().error).toBeNull();
  });
});
