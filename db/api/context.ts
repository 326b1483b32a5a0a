import type { SessionManager } from '../sessions';
import type { PlanSession } from '../session';
import type { RecentPlans } from '../plan/recent';
import type { JobRunner } from '../jobs/jobRunner';

/** Where the app keeps its own files (not the plans themselves). */
export interface AppPaths {
  /** Backups before migrations, imports and merges. */
  backups: string;
  /** Copies of the sample plan. */
  samples: string;
  /** The bundled sample data (Regionalstatistik table, boundaries). */
  sampleData: string;
  /** Suggested folder for new plans. */
  defaultPlanDir: string;
}

/** Native file dialogs; only the Electron host has them. */
export interface Dialogs {
  choosePlanToOpen(windowId: string): Promise<string | null>;
  choosePlanToSave(windowId: string, suggestedName: string): Promise<string | null>;
}

export interface HostServices {
  host: 'electron' | 'web';
  version: string;
  sessions: SessionManager;
  /** Long-running work with progress and cancel (db/jobs/jobRunner.ts). */
  jobs: JobRunner;
  recent: RecentPlans;
  paths: AppPaths;
  dialogs: Dialogs | null;
}

/** Who is calling: the window (or browser host) and the services it may use. */
export interface CallContext {
  windowId: string;
  services: HostServices;
}

/** What a handler of a plan channel gets: dispatch has already found the window's open plan. */
export interface PlanCallContext extends CallContext {
  session: PlanSession;
}
