/** What issue #4: Bedarfsermittlung adds to the sample plan Lüchow-Dannenberg (db/sample/createSamplePlan.ts). */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PlanSession } from '../session';
import { calibrateRateSet } from './calibrate';
import { importDemography } from './demography';
import { commitCareStatistics } from './careStatistics';
import { commitPopulationImport } from './population';

export const NEEDS_SAMPLE_FILES = {
  gemeinden: 'LK03354_12411-02-03-5_2015.csv',
  kreis: path.join('needs', 'LK03354_12411-03-03-4_2015.csv'),
  /** Deaths, births, migration and single years of the Kreis, its Land and Germany (cohort model). */
  demography: ['12411-04-02-4', '12613-02-02-4', '12612-02-01-4', '12711-04-02-4', '12711-01-03-5'].map((code) => path.join('demography', `LK03354_${code}_2015.csv`)),
  pflegebeduerftige: path.join('needs', 'LK03354_22411-02-03-4_2015.csv'),
  einrichtungen: path.join('stock', 'LK03354_22411-01-01-4_2003-2015.csv'),
};

export async function addNeedsToSample(session: PlanSession, dataDir: string): Promise<void> {
  await commitPopulationImport(session, { path: path.join(dataDir, NEEDS_SAMPLE_FILES.gemeinden) }, NEEDS_SAMPLE_FILES.gemeinden, 'bestand');
  await commitPopulationImport(session, { path: path.join(dataDir, NEEDS_SAMPLE_FILES.kreis) }, path.basename(NEEDS_SAMPLE_FILES.kreis), 'bestand');
  await importDemography(
    session,
    NEEDS_SAMPLE_FILES.demography.map((f) => ({ fileName: path.basename(f), bytes: fs.readFileSync(path.join(dataDir, f)) })),
  );
  // The Kreis's own Pflegestatistik of 2015 (22411-02-03-4; 22411-01-01-4 for homes and places),
  // and the default rates (2023) calibrated to it per setting, so the base year reproduces
  // ambulant 594, vollstationär 770, Pflegegeld 1,102 and the factors are visible.
  for (const file of [NEEDS_SAMPLE_FILES.pflegebeduerftige, NEEDS_SAMPLE_FILES.einrichtungen]) {
    await commitCareStatistics(session, fs.readFileSync(path.join(dataDir, file)), path.basename(file));
  }
  const rateSet = await session.db.selectFrom('care_rate_set').select('id').where('deleted_at', 'is', null).executeTakeFirstOrThrow();
  await calibrateRateSet(session, { id: rateSet.id, observed: null, label: '' });
  await session.write(async (w) => {
    await w.insert('need_statement', {
      id: randomUUID(),
      field_id: 'hf07',
      title: 'Beispiel: Tagespflege im Norden des Kreises fehlt',
      description: 'Beispiel (erfundene Aussage): In der Bürgerwerkstatt wurde mehrfach genannt, dass Angehörige im Raum Elbtalaue keine Tagespflege in erreichbarer Nähe finden.',
      gemeinde_id: null,
      priority: 'hoch',
      source: 'Beispiel: Bürgerwerkstatt',
      source_date: '2025-03-12',
    });
  });
}
