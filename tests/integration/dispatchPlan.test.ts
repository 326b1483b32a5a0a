/**
 * Dispatch, not each handler, asks for the open plan: every channel the contract declares as
 * a plan channel is refused with one German message while no plan is open, before its input
 * is even looked at; channels declared `needsPlan: false` work without one.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../db/api/dispatch';
import { channelNames, channels, needsPlan } from '../../shared/contract/channels';
import { call, useTestServices } from '../helpers/services';

const { dir, services } = useTestServices();

const NO_PLAN = 'Es ist kein Plan geöffnet. Öffnen oder erstellen Sie zuerst eine Planungsdatei.';
const meta = { title: 'Plan', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };

describe('dispatch and the open plan', () => {
  it('refuses a plan channel without a plan in German, from dispatch', async () => {
    const response = await dispatch('district.gemeinden.create', { ags: '03354001', name: 'X' }, { windowId: 'leer-1', services });
    expect(response).toEqual({ ok: false, error: { message: NO_PLAN, code: 'no-plan' } });
  });

  it('refuses every channel declared as needing a plan, whatever the input', async () => {
    const planChannels = channelNames.filter(needsPlan);
    // The contract really declares both kinds; an empty list would make this test pass by accident.
    expect(planChannels.length).toBeGreaterThan(50);
    expect(channelNames.filter((c) => !needsPlan(c))).toEqual(expect.arrayContaining(['app.info', 'plan.open', 'plan.create', 'plan.openSample', 'plan.recent']));
    for (const channel of planChannels) {
      const response = await dispatch(channel, {}, { windowId: 'leer-2', services });
      expect({ channel, response }).toEqual({ channel, response: { ok: false, error: { message: NO_PLAN, code: 'no-plan' } } });
    }
  });

  it('runs the channels that work without a plan', async () => {
    expect(channels['app.info'].needsPlan).toBe(false);
    expect(await call(services, 'app.info', {}, 'leer-3')).toMatchObject({ version: 'test', host: 'web' });
    expect(await call(services, 'plan.current', {}, 'leer-3')).toBeNull();
    expect(await call(services, 'plan.recent', {}, 'leer-3')).toEqual(expect.any(Array));
  });

  it('hands the open plan to the handler, and refuses again once it is closed', async () => {
    const file = path.join(dir, 'dispatch-plan.sqlite');
    await call(services, 'plan.create', { path: file, meta }, 'mit-plan');
    const created = await call(services, 'district.gemeinden.create', { ags: '03354001', name: 'Bergen (Dumme)' }, 'mit-plan');
    expect(await call(services, 'district.gemeinden.list', {}, 'mit-plan')).toEqual([expect.objectContaining({ id: created.id, name: 'Bergen (Dumme)' })]);
    // Another window has no plan of its own, so the first window's plan is not used for it.
    await expect(call(services, 'district.gemeinden.list', {}, 'anderes-fenster')).rejects.toThrow(NO_PLAN);
    await call(services, 'plan.close', {}, 'mit-plan');
    await expect(call(services, 'district.gemeinden.list', {}, 'mit-plan')).rejects.toThrow(NO_PLAN);
  });
});
