/**
 * The whole API between the renderer and the planning file, declared once. Each channel has
 * a zod input and output schema; both hosts (Electron IPC and the loopback HTTP host)
 * validate the input before a handler runs.
 */
import { mergeDisjoint } from './mergeDisjoint';
import { z } from 'zod';
import * as s from './schemas';
import type { ChannelMap, ChannelSpec } from './channelMap';
import { jobsChannels } from './jobs';
import { measuresChannels } from './measures';
import { needsChannels } from './needs';
import { privacyChannels } from './privacy';
import { reportChannels } from './report';
import { sharingChannels } from './sharing';
import { stockChannels } from './stock';

const none = z.object({}).strict();

/** Channels of the foundation: plan file, district, method checklist, change log. */
export const coreChannels = {
  'app.info': { input: none, output: s.appInfoSchema, needsPlan: false },

  'plan.current': { input: none, output: s.planSummarySchema.nullable(), needsPlan: false },
  'plan.create': { input: z.object({ path: s.filePathSchema, meta: s.planMetaInputSchema.nullable() }), output: s.planSummarySchema, needsPlan: false },
  'plan.open': { input: z.object({ path: s.filePathSchema }), output: s.planSummarySchema, needsPlan: false },
  'plan.openSample': { input: none, output: s.planSummarySchema, needsPlan: false },
  /** „Neueste Sicherung öffnen“ for a plan refused as damaged: a copy beside it, never over it. */
  'plan.restoreBackup': { input: z.object({ path: s.filePathSchema }), output: s.planSummarySchema, needsPlan: false },
  'plan.saveAs': { input: z.object({ path: s.filePathSchema, overwrite: s.overwriteSchema }), output: s.planSummarySchema },
  'plan.close': { input: none, output: z.null(), needsPlan: false },
  'plan.recent': { input: none, output: z.array(s.recentPlanSchema), needsPlan: false },
  'plan.forgetRecent': { input: z.object({ path: s.filePathSchema }), output: z.array(s.recentPlanSchema), needsPlan: false },
  'plan.updateMeta': { input: s.planMetaInputSchema, output: s.planSummarySchema },

  /** Native file dialogs exist only in the desktop app; the browser mode asks for a path. */
  'dialog.choosePlanToOpen': { input: none, output: z.string().nullable(), needsPlan: false },
  'dialog.choosePlanToSave': { input: z.object({ suggestedName: z.string().max(255) }), output: z.string().nullable(), needsPlan: false },

  'district.gemeinden.list': { input: none, output: z.array(s.gemeindeSchema) },
  'district.gemeinden.create': { input: s.gemeindeInputSchema, output: s.gemeindeSchema },
  'district.gemeinden.update': { input: z.object({ id: s.idSchema, values: s.gemeindeInputSchema }), output: s.gemeindeSchema },
  'district.gemeinden.delete': { input: z.object({ id: s.idSchema }), output: z.null() },
  'district.gemeinden.restore': { input: z.object({ id: s.idSchema }), output: s.gemeindeSchema },
  'district.gemeinden.geometries': {
    input: none,
    output: z.array(z.object({ id: z.string(), ags: z.string(), name: z.string(), geometry: z.unknown() })),
  },
  'district.import.preview': { input: s.importFileSchema, output: s.importPreviewSchema },
  'district.import.commit': { input: s.importFileSchema, output: s.importResultSchema },

  'district.areas.list': { input: none, output: z.array(s.planningAreaSchema) },
  'district.areas.create': { input: s.planningAreaInputSchema, output: s.planningAreaSchema },
  'district.areas.update': { input: z.object({ id: s.idSchema, values: s.planningAreaInputSchema }), output: s.planningAreaSchema },
  'district.areas.delete': { input: z.object({ id: s.idSchema }), output: z.null() },

  'method.tasks': { input: none, output: z.array(s.taskRecordSchema) },
  'method.setTask': { input: s.taskUpdateSchema, output: s.taskRecordSchema },

  'changes.recent': { input: z.object({ limit: z.number().int().min(1).max(1000) }), output: z.array(s.changeEntrySchema) },
} as const satisfies ChannelMap;

/** Every channel; a name declared by two features stops the start (mergeDisjoint). */
export const channels = mergeDisjoint(coreChannels, jobsChannels, stockChannels, needsChannels, measuresChannels, sharingChannels, privacyChannels, reportChannels);

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

export const channelNames = Object.keys(channels) as ChannelName[];

/** Whether dispatch must find an open plan before the channel's handler runs. */
export function needsPlan(channel: ChannelName): boolean {
  return (channels[channel] as ChannelSpec).needsPlan !== false;
}

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}

/** What the renderer sees as `window.api`, provided by the preload or the browser shim. */
export interface PlanApi {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

/**
 * Wire format of every answer, so errors meant for people survive both transports. `json`: a
 * large value already checked against the channel's output schema and serialised where it was
 * made (a worker, db/api/preparedAnswer.ts), as UTF-8 JSON bytes the host passes on unread;
 * the browser host sends it as `value`, the preload decodes it (answer.ts).
 */
export type ApiResponse = JsonApiResponse | { ok: true; json: Uint8Array };
/** An answer as JSON carries it (the browser host's body): always with `value`. */
export type JsonApiResponse = { ok: true; value: unknown } | { ok: false; error: { message: string; code: string } };
