/** What issue #4: Bedarfsermittlung adds to the sample plan Lüchow-Dannenberg (db/sample/createSamplePlan.ts). */
import type { PlanSession } from '../session';

export async function addNeedsToSample(_session: PlanSession, _dataDir: string): Promise<void> {}
