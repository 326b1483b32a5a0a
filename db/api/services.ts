import fs from 'node:fs';
import path from 'node:path';
import { JobRunner } from '../jobs/jobRunner';
import { RecentPlans } from '../plan/recent';
import { SessionManager } from '../sessions';
import type { AppPaths, Dialogs, HostServices } from './context';

/** Builds the services of one host from the folder where the app keeps its own files. */
export function createServices(options: {
  host: 'electron' | 'web';
  version: string;
  userDataDir: string;
  sampleDataDir: string;
  defaultPlanDir: string;
  dialogs: Dialogs | null;
}): HostServices {
  const paths: AppPaths = {
    backups: path.join(options.userDataDir, 'Sicherungen'),
    samples: path.join(options.userDataDir, 'Beispielpläne'),
    sampleData: options.sampleDataDir,
    defaultPlanDir: options.defaultPlanDir,
  };
  fs.mkdirSync(options.userDataDir, { recursive: true });
  return {
    host: options.host,
    version: options.version,
    sessions: new SessionManager(paths.backups, options.userDataDir),
    jobs: new JobRunner(),
    recent: new RecentPlans(path.join(options.userDataDir, 'zuletzt-geoeffnet.json')),
    paths,
    dialogs: options.dialogs,
  };
}
