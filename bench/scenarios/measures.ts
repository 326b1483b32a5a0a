/** Step 3 at scale: a plan with 500 measures and 2,500 milestones — Gantt query, PDF export time and size, table exports. */
import path from 'node:path';
import { listMeasures } from '../../db/measures/measures';
import { exportPdf } from '../../db/measures/pdf';
import { exportFile } from '../../db/measures/tabular';
import { PlanSession } from '../../db/session';
import { runJob, type Scenario } from '../measure';
import { insertManyMeasures } from '../../tests/helpers/manyMeasures';

const meta = { title: 'Bench Maßnahmen', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };

export const run: Scenario = async (measure, dir) => {
  const session = await PlanSession.create(path.join(dir, 'measures-500.sqlite'), meta);
  try {
    await measure('measures: write 500 measures with 2,500 milestones (one transaction)', 1, async () => {
      await session.write(async (w, trx) => {
        await insertManyMeasures(w, trx, 500, 5, 2);
      });
    });

    await measure('measures: Gantt query (list 500 measures with milestones)', 20, async () => {
      const measures = await listMeasures(session);
      return { measures: measures.length, milestones: measures.reduce((n, m) => n + m.milestones.length, 0) };
    });

    // As the app runs them: jobs (pdfmake lays out synchronously, see max_event_loop_pause_ms).
    await measure.job('measures: PDF Meilensteinplan A4, 500 measures', 3, async () => {
      const r = await runJob('measures.pdf', (job) => exportPdf(session, { kind: 'meilensteinplan', pageSize: 'A4', path: path.join(dir, 'Meilensteinplan.pdf'), overwrite: true, today: '2026-11-21' }, job));
      return { pages: r.pages, pdf_kb: Math.round(r.bytes / 1024) };
    });

    await measure.job('measures: PDF Monitoring-Bericht A4, 500 measures', 3, async () => {
      const r = await runJob('measures.pdf', (job) => exportPdf(session, { kind: 'monitoring', pageSize: 'A4', path: null, today: '2026-11-21' }, job));
      return { pages: r.pages, pdf_kb: Math.round(r.bytes / 1024) };
    });

    await measure('measures: XLSX export', 3, async () => ({ kb: Math.round((await exportFile(session, { kind: 'xlsx', path: null, today: '2026-11-21' })).bytes / 1024) }));
    await measure('measures: iCalendar export (2,500 milestones)', 5, async () => ({ kb: Math.round((await exportFile(session, { kind: 'ics', path: null, today: '2026-11-21' })).bytes / 1024) }));
  } finally {
    session.close();
  }
};
