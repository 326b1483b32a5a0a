/**
 * The step-1 summaries load only the columns they read (db/stock/views.ts `summaryRecords`):
 * every summary line of every action field must read the same as from the whole records. A
 * summary that starts reading a text, date or tag column fails here, not silently in the app.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_FIELDS } from '../../../shared/catalog';
import { registersForField } from '../../../shared/stock/registers';
import { summarize } from '../../../shared/stock/summary';
import { listRecords } from '../../../db/stock/repository';
import { listOfferTypes, summaryRecords } from '../../../db/stock/views';
import { call, useTestServices } from '../../helpers/services';

const t = useTestServices();
const W = 'summary';

describe('step-1 summaries from the lean columns', () => {
  it('read as from the whole records, for every field of the sample plan', async () => {
    await call(t.services, 'plan.openSample', {}, W);
    const session = t.services.sessions.require(W);
    const gemeindeIds = (await session.db.selectFrom('gemeinde').select('id').where('deleted_at', 'is', null).where('kind', '=', 'gemeinde').execute()).map((g) => g.id);
    const types = await listOfferTypes(session);
    const typeLabels = new Map(types.map((x) => [x.id, x.label]));
    const typeUnits = new Map(types.map((x) => [x.id, x.capacityUnit]));
    let compared = 0;
    for (const field of ACTION_FIELDS) {
      const lines = await call(t.services, 'stock.summary', { fieldId: field.id }, W);
      for (const def of registersForField(field.id)) {
        const whole = await listRecords(session, def.id);
        const lean = await summaryRecords(session, def);
        expect(lean.map((r) => r.id)).toEqual(whole.map((r) => r.id));
        const expected = summarize({ def, fieldId: field.id, records: whole, gemeindeIds, typeLabels, typeUnits });
        expect(summarize({ def, fieldId: field.id, records: lean, gemeindeIds, typeLabels, typeUnits }), `${field.id} ${def.id}`).toEqual(expected);
        expect(lines.find((l) => l.register === def.id)).toEqual({ register: def.id, count: whole.length, lines: expected });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});
