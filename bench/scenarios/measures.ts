/** Step 3 at scale: a plan with 500 measures and 2,500 milestones — Gantt query, PDF export time and size, table exports. */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { listMeasures, insertMeasure } from '../../db/measures/measures';
import { exportPdf } from '../../db/measures/pdf';
import { exportFile } from '../../db/measures/tabular';
import { PlanSession } from '../../db/session';
import type { MeasureInput } from '../../shared/contract/measuresSchemas';
import { MEASURE_STATUSES } from '../../shared/measures/types';
import { runJob, type Scenario } from '../measure';

const meta = { title: 'Bench Maßnahmen', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const FIELDS = ['hf01', 'hf02', 'hf03', 'hf04', 'hf05', 'hf06', 'hf07', 'hf08', 'hf09', 'hf10'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

export const run: Scenario = async (measure, dir) => {
  const session = await PlanSession.create(path.join(dir, 'measures-500.sqlite'), meta);
  try {
    await measure('measures: write 500 measures with 2,500 milestones (one transaction)', 1, async () => {
      await session.write(async (w, trx) => {
        for (let i = 0; i < 500; i++) {
          const values: MeasureInput = {
            fieldId: FIELDS[i % 10]!,
            title: `Maßnahme ${i + 1}: ${i % 4 === 0 ? 'Aufbau eines Beratungsnetzes für pflegende Angehörige mit Sprechstunden in allen Samtgemeinden' : 'Tagespflege ausbauen'}`,
            description: 'Beschreibung mit Umlauten: ä ö ü ß „Zitat“ – 1.000 €',
            responsibleActorId: null,
            responsibleText: `Fachdienst ${(i % 7) + 1}`,
            partners: 'Pflegestützpunkt, Wohlfahrtsverbände',
            partnerActorIds: [],
            startDate: `${2026 + (i % 3)}-${pad((i % 12) + 1)}-01`,
            endDate: `${2028 + (i % 3)}-${pad((i % 12) + 1)}-28`,
            priority: 'mittel',
            status: MEASURE_STATUSES[i % 5]!,
            costOnce: 1000 * (i % 9),
            costYearly: null,
            fundingProgrammeId: null,
            financingNote: '',
            needIds: [],
            gemeindeIds: [],
            planningAreaIds: [],
          };
          const id = await insertMeasure(w, trx, values);
          for (let k = 0; k < 5; k++) {
            await w.insert('milestone', {
              id: randomUUID(),
              measure_id: id,
              title: `Meilenstein ${k + 1}`,
              due_date: `${2026 + k}-${pad(((i + k) % 12) + 1)}-15`,
              responsible: 'Sozialplanung',
              status: k < 2 ? 'erledigt' : 'offen',
              done_on: null,
            });
          }
        }
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
