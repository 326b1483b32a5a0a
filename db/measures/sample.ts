/** What issue #5: measures, milestones, participation adds to the sample plan Lüchow-Dannenberg (db/sample/createSamplePlan.ts). */
import type { PlanSession } from '../session';

export async function addMeasuresToSample(_session: PlanSession, _dataDir: string): Promise<void> {}
