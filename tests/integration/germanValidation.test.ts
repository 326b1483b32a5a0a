/**
 * Validation messages reach planners: they must be German. zod's English defaults
 * ("Invalid input: expected number") are replaced in the one dispatch; messages written into
 * the schemas stay as they are.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../db/api/dispatch';
import { channelNames } from '../../shared/contract/channels';
import { call, useTestServices } from '../helpers/services';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const { dir, services } = useTestServices();

const ENGLISH = /Invalid|expected|received|Too (big|small)|Unrecognized|Required/;

beforeAll(async () => {
  await call(services, 'plan.create', { path: path.join(dir, 'plan.sqlite'), meta: null });
});
describe('German validation messages', () => {
  it('names the field and the expected kind of value', async () => {
    const response = await dispatch('measures.exportFile', { kind: 'csv', path: null, today: 20260501 }, { windowId: 'w1', services });
    expect(response).toEqual({ ok: false, error: { code: 'invalid-input', message: 'Ungültige Eingabe: „today“: Erwartet wird ein Text.' } });
    const many = await dispatch('changes.recent', { limit: 5000 }, { windowId: 'w1', services });
    expect(many).toMatchObject({ ok: false, error: { message: 'Ungültige Eingabe: „limit“: Der Wert darf höchstens 1.000 sein.' } });
  });

  it('keeps the German messages written into the schemas', async () => {
    const response = await dispatch('plan.open', { path: '' }, { windowId: 'w1', services });
    expect(response).toMatchObject({ ok: false, error: { message: 'Ungültige Eingabe: Bitte einen Dateipfad angeben.' } });
  });

  it.each([['an object with an unknown field', { zzz: 1 }], ['a text', 'kaputt'], ['a list', [1, 2]]])('has no English for any channel given %s', async (_label, input) => {
    for (const channel of channelNames) {
      const response = await dispatch(channel, input, { windowId: 'nobody', services });
      if (!response.ok && response.error.code === 'invalid-input') expect(response.error.message, channel).not.toMatch(ENGLISH);
    }
  });
});
