import type { ChangeEntry } from '../../shared/contract/schemas';
import type { PlanSession } from '../session';
import { expandEntries } from './entries';

/** The newest change-log entries, for the audit view and tests; an insert shows one line per column. */
export async function recentChanges(session: PlanSession, limit: number): Promise<ChangeEntry[]> {
  const rows = await session.db.selectFrom('change_log').selectAll().orderBy('seq', 'desc').limit(limit).execute();
  return expandEntries(rows).slice(0, limit).map((r) => ({
    seq: r.seq,
    hlc: r.hlc,
    replicaId: r.replica_id,
    table: r.tbl,
    rowId: r.row_id,
    column: r.col,
    oldValue: r.old_value === null ? null : JSON.parse(r.old_value),
    newValue: r.new_value === null ? null : JSON.parse(r.new_value),
    op: r.op,
    txId: r.tx_id,
  }));
}
