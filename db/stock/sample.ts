/** What issue #3: Bestandserhebung registers adds to the sample plan Lüchow-Dannenberg (db/sample/createSamplePlan.ts). */
import type { PlanSession } from '../session';

export async function addStockToSample(_session: PlanSession, _dataDir: string): Promise<void> {}
