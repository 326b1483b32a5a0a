/**
 * The sample plan for Landkreis Lüchow-Dannenberg (AGS 03354), built fresh from the bundled
 * official files each time it is opened, so every copy is current and the data stay clean.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commitGemeindeImport } from '../district/import';
import { readingShippedFiles } from '../import/parseInWorker';
import { PlanSession } from '../session';
import { addMeasuresToSample } from '../measures/sample';
import { addNeedsToSample } from '../needs/sample';
import { addReportToSample } from '../report/sample';
import { addSharingToSample } from '../sharing/sample';
import { addStockToSample } from '../stock/sample';

export const SAMPLE_FILES = {
  genesis: 'LK03354_12411-02-03-5_2015.csv',
  geojson: 'LK03354_gemeinden_vg250_simplify200.geojson',
};

const SAMPLE_META = {
  title: 'Pflegestrukturplanung Lüchow-Dannenberg (Beispiel)',
  districtName: 'Landkreis Lüchow-Dannenberg',
  kreisKey: '03354',
  periodFrom: 2026,
  periodTo: 2030,
  organisation: 'Beispieldaten – Sozialplanung',
  author: 'Beispielplan des Pflegestrukturplaners',
};

export async function createSamplePlan(samplesDir: string, dataDir: string): Promise<string> {
  fs.mkdirSync(samplesDir, { recursive: true });
  const stamp = new Date().toISOString().slice(0, 19).replace('T', ' ').replace(/:/g, '-');
  let filePath = path.join(samplesDir, `Beispielplan Lüchow-Dannenberg ${stamp}.sqlite`);
  for (let n = 2; fs.existsSync(filePath); n++) filePath = path.join(samplesDir, `Beispielplan Lüchow-Dannenberg ${stamp} (${n}).sqlite`);

  // The imports below back the plan up before writing; a fresh sample needs none of that, so the
  // backups go to a scratch folder that is removed afterwards (not beside the sample).
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'psp-sample-'));
  const session = await PlanSession.create(filePath, SAMPLE_META, { backupDir: scratch });
  try {
    // Shipped with the app, so read without a worker per file (db/import/parseInWorker.ts).
    await readingShippedFiles(async () => {
      const genesisBytes = fs.readFileSync(path.join(dataDir, SAMPLE_FILES.genesis));
      const geoBytes = fs.readFileSync(path.join(dataDir, SAMPLE_FILES.geojson));
      // Boundaries first: their VG250 names are the plain ones ("Gartow", not GENESIS' "Gartow, Elbe").
      await commitGemeindeImport(session, { format: 'geojson', fileName: SAMPLE_FILES.geojson, bytes: geoBytes, kreisKey: '03354' });
      // The three Samtgemeinden are the natural Planungsbereiche of this district.
      await commitGemeindeImport(session, { format: 'genesis', fileName: SAMPLE_FILES.genesis, bytes: genesisBytes, kreisKey: '03354', createAreas: true });
      await addStockToSample(session, dataDir);
      await addNeedsToSample(session, dataDir);
      await addMeasuresToSample(session, dataDir);
      await addSharingToSample(session, dataDir);
      await addReportToSample(session);
    });
  } catch (error) {
    session.close();
    fs.rmSync(filePath, { force: true });
    throw error;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  session.close();
  return filePath;
}
