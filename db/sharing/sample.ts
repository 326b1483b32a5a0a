/** What issue #6: share and merge adds to the sample plan Lüchow-Dannenberg (db/sample/createSamplePlan.ts). */
import type { PlanSession } from '../session';

export async function addSharingToSample(_session: PlanSession, _dataDir: string): Promise<void> {}
