/**
 * The handlers behind every channel of shared/contract. Plain Node: the Electron main
 * process and the loopback browser host serve the same map. Inputs arrive already validated.
 */
import { mergeDisjoint } from '../../shared/contract/mergeDisjoint';
import fs from 'node:fs';
import path from 'node:path';
import type { Channels, coreChannels } from '../../shared/contract/channels';
import type { jobsChannels } from '../../shared/contract/jobs';
import { UserError } from '../../shared/contract/errors';
import type { PlanSummary } from '../../shared/contract/schemas';
import { recentChanges } from '../changes/recent';
import { RECOVERED_NOTICE } from '../file/openPlan';
import { copyNewestBackup, restoredNotice } from '../file/restoreBackup';
import { createPlanningArea, deletePlanningArea, listPlanningAreas, updatePlanningArea } from '../district/areas';
import { createGemeinde, deleteGemeinde, listGemeinden, listGeometries, restoreGemeinde, updateGemeinde } from '../district/gemeinden';
import { previewGemeindeImport } from '../district/import';
import { writeInWorker } from '../import/writeInWorker';
import { listTaskRecords, setTask } from '../method/tasks';
import { SCHEMA_VERSION } from '../migrations';
import { isSetUp, readPlanMeta, updatePlanMeta } from '../plan/meta';
import { createSamplePlan } from '../sample/createSamplePlan';
import type { PlanSession } from '../session';
import type { CallContext } from './context';
import type { HandlersFor } from './handlerTypes';
import { measuresHandlers } from '../measures/handlers';
import { needsHandlers } from '../needs/handlers';
import { privacyHandlers } from '../privacy/handlers';
import { reportHandlers } from '../report/handlers';
import { sharingHandlers } from '../sharing/handlers';
import { stockHandlers } from '../stock/handlers';

export type Handlers = HandlersFor<Channels>;

async function summarize(session: PlanSession, ctx: CallContext): Promise<PlanSummary> {
  const meta = await readPlanMeta(session);
  const samples = path.resolve(ctx.services.paths.samples) + path.sep;
  return {
    path: session.filePath,
    fileName: path.basename(session.filePath),
    meta,
    isSetUp: isSetUp(meta),
    migratedFrom: session.migratedFrom,
    notices: session.recovered ? [RECOVERED_NOTICE] : [],
    isSample: session.filePath.startsWith(samples),
  };
}

/** Opening, creating and saving-as all end the same way: remember the file, describe it. */
async function opened(session: PlanSession, ctx: CallContext): Promise<PlanSummary> {
  const summary = await summarize(session, ctx);
  ctx.services.recent.remember({ path: summary.path, title: summary.meta.title, districtName: summary.meta.districtName });
  return summary;
}

const decode = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

function dialogs(ctx: CallContext) {
  const d = ctx.services.dialogs;
  if (!d) throw new UserError('Im Browser-Modus gibt es keinen Dateidialog. Bitte geben Sie den Pfad der Datei ein.', 'no-dialogs');
  return d;
}

const coreHandlers: HandlersFor<typeof coreChannels> = {
  'app.info': async (_input, ctx) => ({
    version: ctx.services.version,
    schemaVersion: SCHEMA_VERSION,
    host: ctx.services.host,
    nativeDialogs: ctx.services.dialogs !== null,
    defaultPlanDir: ctx.services.paths.defaultPlanDir,
  }),

  'plan.current': async (_input, ctx) => {
    const session = ctx.services.sessions.get(ctx.windowId);
    return session ? summarize(session, ctx) : null;
  },
  'plan.create': async ({ path: filePath, meta }, ctx) => opened(await ctx.services.sessions.create(ctx.windowId, filePath, meta), ctx),
  'plan.open': async ({ path: filePath }, ctx) => opened(await ctx.services.sessions.open(ctx.windowId, filePath), ctx),
  'plan.openSample': async (_input, ctx) => {
    const filePath = await createSamplePlan(ctx.services.paths.samples, ctx.services.paths.sampleData);
    return opened(await ctx.services.sessions.open(ctx.windowId, filePath), ctx);
  },
  'plan.restoreBackup': async ({ path: damaged }, ctx) => {
    const copy = copyNewestBackup(damaged, ctx.services.paths.backups);
    let session: PlanSession;
    try {
      session = await ctx.services.sessions.open(ctx.windowId, copy.path);
    } catch (error) {
      // A backup that cannot be opened either is no rescue: no second broken file is left behind.
      fs.rmSync(copy.path, { force: true });
      throw error;
    }
    const summary = await opened(session, ctx);
    return { ...summary, notices: [...summary.notices, restoredNotice(copy, damaged)] };
  },
  'plan.saveAs': async ({ path: filePath, overwrite }, ctx) => opened(await ctx.services.sessions.saveAs(ctx.windowId, filePath, overwrite), ctx),
  'plan.close': async (_input, ctx) => {
    ctx.services.sessions.close(ctx.windowId);
    return null;
  },
  'plan.recent': async (_input, ctx) => ctx.services.recent.list(),
  'plan.forgetRecent': async ({ path: filePath }, ctx) => {
    ctx.services.recent.forget(filePath);
    return ctx.services.recent.list();
  },
  'plan.updateMeta': async (input, ctx) => {
    const { session } = ctx;
    const existing = await listGemeinden(session);
    const outside = existing.filter((g) => input.kreisKey && !g.ags.startsWith(input.kreisKey));
    if (outside.length > 0) {
      throw new UserError(
        `Der Kreisschlüssel ${input.kreisKey} passt nicht zu ${outside.length} erfassten Gemeinde(n), z. B. ${outside[0]!.name} (${outside[0]!.ags}).`,
        'kreis-mismatch',
      );
    }
    await updatePlanMeta(session, input);
    return opened(session, ctx);
  },

  'dialog.choosePlanToOpen': async (_input, ctx) => dialogs(ctx).choosePlanToOpen(ctx.windowId),
  'dialog.choosePlanToSave': async ({ suggestedName }, ctx) => dialogs(ctx).choosePlanToSave(ctx.windowId, suggestedName),

  'district.gemeinden.list': async (_input, ctx) => listGemeinden(ctx.session),
  'district.gemeinden.create': async (input, ctx) => createGemeinde(ctx.session, input),
  'district.gemeinden.update': async ({ id, values }, ctx) => updateGemeinde(ctx.session, id, values),
  'district.gemeinden.delete': async ({ id }, ctx) => {
    await deleteGemeinde(ctx.session, id);
    return null;
  },
  'district.gemeinden.restore': async ({ id }, ctx) => restoreGemeinde(ctx.session, id),
  'district.gemeinden.geometries': async (_input, ctx) => listGeometries(ctx.session),
  'district.import.preview': async (input, ctx) => previewGemeindeImport(ctx.session, { ...input, bytes: decode(input.contentBase64) }),
  'district.import.commit': async ({ contentBase64, ...input }, ctx) => writeInWorker(ctx.session, 'district.gemeinden.import', { ...input, bytes: decode(contentBase64) }),

  'district.areas.list': async (_input, ctx) => listPlanningAreas(ctx.session),
  'district.areas.create': async (input, ctx) => createPlanningArea(ctx.session, input),
  'district.areas.update': async ({ id, values }, ctx) => updatePlanningArea(ctx.session, id, values),
  'district.areas.delete': async ({ id }, ctx) => {
    await deletePlanningArea(ctx.session, id);
    return null;
  },

  'method.tasks': async (_input, ctx) => listTaskRecords(ctx.session),
  'method.setTask': async (input, ctx) => setTask(ctx.session, input),

  'changes.recent': async ({ limit }, ctx) => recentChanges(ctx.session, limit),
};

const jobsHandlers: HandlersFor<typeof jobsChannels> = {
  'jobs.status': async ({ jobId }, ctx) => ctx.services.jobs.status(jobId, ctx.windowId),
  'jobs.cancel': async ({ jobId }, ctx) => {
    ctx.services.jobs.cancel(jobId, ctx.windowId);
    return null;
  },
};

/** One handler per channel; a channel handled by two features stops the start (mergeDisjoint). */
export const handlers: Handlers = mergeDisjoint(coreHandlers, jobsHandlers, stockHandlers, needsHandlers, measuresHandlers, sharingHandlers, privacyHandlers, reportHandlers);
