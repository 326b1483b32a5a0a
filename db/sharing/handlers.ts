/** Handlers of issue #6: share and merge (channels in shared/contract/sharing.ts). */
import type { sharingChannels } from '../../shared/contract/sharing';
import type { Conflict } from '../../shared/contract/sharingSchemas';
import type { HandlersFor } from '../api/handlerTypes';
import type { PlanSession } from '../session';
import { runPlanJob } from '../jobs/planJob';
import { listRegisters } from './copyRegisters';
import { conflictRows, historyRows, listConflicts, listHistory, redoMerge, resolveConflicts, undoMerge } from './review';
import type { MergeConflictTable } from './schema';
import { sharePlanFile } from './share';

const parse = (v: string | null): unknown => (v === null ? null : JSON.parse(v));
const LABEL_COLUMNS = ['name', 'title', 'task_id', 'ags'];

function toConflict(sqlite: PlanSession['sqlite'], c: MergeConflictTable, files: Map<string, string>): Conflict {
  const mine = parse(c.mine_value);
  const theirs = parse(c.theirs_value);
  let label: string;
  try {
    const row = sqlite.prepare(`SELECT * FROM "${c.tbl.replace(/"/g, '')}" WHERE id = ?`).get(c.other_row_id ?? c.row_id) as Record<string, unknown> | undefined;
    const source = row ?? (c.col === '*' ? (theirs as Record<string, unknown>) : undefined);
    const col = LABEL_COLUMNS.find((k) => typeof source?.[k] === 'string' && source[k] !== '');
    label = col ? String(source![col]) : '';
  } catch {
    // A table of a feature this version does not know: fall back to the id.
    label = '';
  }
  return {
    id: c.id,
    mergeId: c.merge_id,
    kind: c.kind,
    table: c.tbl,
    rowId: c.row_id,
    column: c.col,
    recordLabel: label || c.row_id.slice(0, 8),
    base: parse(c.base_value),
    mine,
    theirs,
    mineAt: c.mine_hlc,
    theirsAt: c.theirs_hlc,
    theirsReplica: c.theirs_replica_id,
    theirsFile: files.get(c.merge_id) ?? '',
    choice: c.choice,
    resolvedAt: c.resolved_at,
  };
}

export const sharingHandlers: HandlersFor<typeof sharingChannels> = {
  'sharing.share': async (input, ctx) => await sharePlanFile(ctx.session, input.path, {
      withoutPersonalData: input.withoutPersonalData,
      overwrite: input.overwrite,
      openFiles: ctx.services.sessions.openRealPaths(),
    }),

  'sharing.mergeStart': async (input, ctx) => {
    const { session } = ctx;
    // In a worker with its own connection (db/jobs/planJob.ts): the host keeps answering meanwhile.
    const backupDir = ctx.services.paths.backups;
    const jobId = ctx.services.jobs.start('sharing.merge', ctx.windowId, (job) => runPlanJob(session, 'sharing.merge', { path: input.path, backupDir }, job));
    return { jobId };
  },

  'sharing.conflicts': async (input, ctx) => {
    // One read under the session lock: never a running merge's uncommitted conflicts.
    return ctx.session.locked((sqlite) => {
      const files = new Map(historyRows(sqlite).map((h) => [h.id, h.file_name]));
      return conflictRows(sqlite, { mergeId: input.mergeId ?? undefined, openOnly: input.openOnly }).map((c) => toConflict(sqlite, c, files));
    });
  },

  'sharing.resolve': async (input, ctx) => {
    const { session } = ctx;
    if ('choices' in input) return resolveConflicts(session, input.choices);
    const open = await listConflicts(session, { mergeId: input.mergeId ?? undefined, openOnly: true });
    if (open.length === 0) return { resolved: 0 };
    return resolveConflicts(session, open.map((c) => ({ conflictId: c.id, choice: input.all })));
  },

  'sharing.history': async (_input, ctx) =>
    (await listHistory(ctx.session)).map((h) => ({
      id: h.id,
      mergedAt: h.merged_at,
      fileName: h.file_name,
      theirReplica: h.their_replica_id,
      applied: h.applied,
      conflicts: h.conflicts,
      openConflicts: h.open_conflicts,
      received: h.received,
      withoutPersonalData: h.without_personal_data === 1,
      undoneAt: h.undone_at,
    })),

  'sharing.undoMerge': async (input, ctx) => undoMerge(ctx.session, input.mergeId),
  'sharing.redoMerge': async (input, ctx) => redoMerge(ctx.session, input.mergeId),

  'sharing.registers': async (input, ctx) => listRegisters(ctx.session, input.path),

  'sharing.copyRegisters': async (input, ctx) => {
    const { session } = ctx;
    const jobId = ctx.services.jobs.start('sharing.copyRegisters', ctx.windowId, (job) =>
      runPlanJob(session, 'sharing.copyRegisters', { path: input.path, tables: input.tables, gemeindeAgs: input.gemeindeAgs }, job),
    );
    return { jobId };
  },
};
