/**
 * Issue #11: the host keeps answering while a large Meilensteinplan is laid out. `app.info` is
 * pinged every 10 ms through the dispatch (as the window does) during the export of a
 * 500-measure plan. The goal is 100 ms; nearly every ping must meet it, and none may wait
 * longer than 100 ms plus a margin of 200 ms for a shared two-core machine running other test
 * files at the same time (seen: 120 ms there). Before the layout moved into a
 * worker, pdfmake held the host for seconds and the longest wait equalled that.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfExportResultSchema } from '../../../shared/contract/measuresSchemas';
import { expectAnswering, pingWhile } from '../../helpers/responsive';
import { call, useTestServices } from '../../helpers/services';
import { insertManyMeasures } from '../../helpers/manyMeasures';

const t = useTestServices();
const meta = { title: 'Großer Plan', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };

async function seed500Measures(): Promise<void> {
  const session = t.services.sessions.require('w1');
  await session.write(async (w, trx) => {
    await insertManyMeasures(w, trx, 500, 5, 0);
  });
}

describe('PDF export of a 500-measure plan', () => {
  it('leaves the host answering app.info within 100 ms throughout', async () => {
    await call(t.services, 'plan.create', { path: path.join(t.dir, 'gross.sqlite'), meta });
    await seed500Measures();
    const { jobId } = await call(t.services, 'measures.exportPdf', { kind: 'meilensteinplan', pageSize: 'A4', path: null, today: '2026-05-01' });
    const done = t.services.jobs.wait(jobId, 'w1');
    const waits = await pingWhile(t.services, done);
    const status = await done;
    expect(status.error).toBeNull();
    const result = pdfExportResultSchema.parse(status.result);
    expect(result.pages).toBeGreaterThan(20);
    expectAnswering(waits);
  }, 120_000);
});
