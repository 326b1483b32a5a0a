/**
 * Some records of a register (`stock.list`): the search of a pick list, the chosen items it
 * shows, the names a table shows. Filtered and cut in SQL with the register table's filters
 * (registerPage.ts), so a register of 50,000 records never travels whole.
 */
import type { ListInput, RegisterRecord } from '../../shared/contract/stockSchemas';
import { registerDef } from '../../shared/stock/registers';
import type { PlanSession } from '../session';
import { matchingRecords, recordColumns, sortedBy } from './registerPage';
import { toRecord } from './repository';

type Row = Parameters<typeof toRecord>[1];

export async function listSomeRecords(session: PlanSession, input: ListInput): Promise<RegisterRecord[]> {
  const def = registerDef(input.register);
  const query = matchingRecords(session, def, { gemeindeId: input.gemeindeId, ids: input.ids, name: input.text }).select(recordColumns(def));
  const titleField = def.fields.find((f) => f.key === def.titleKey)!;
  const ordered = input.order === 'title' ? query.orderBy(sortedBy(titleField, false)) : query.orderBy('created_at').orderBy('id');
  const rows = (await ordered.limit(input.limit).execute()) as Row[];
  return rows.map((r) => toRecord(def, r));
}
