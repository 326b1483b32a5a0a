/**
 * The Pflegestrukturbericht at two sizes: the sample plan (29 Gemeinden) and the sample grown to
 * 150 Gemeinden with 500 measures. Measures the whole job (read, build, PDF and Word in the
 * worker), pages, file sizes, peak memory and the longest pause of this (the host's) event loop,
 * which the worker thread is there to keep short.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { insertMeasure } from '../../db/measures/measures';
import { generateReport } from '../../db/report/job';
import { createSamplePlan } from '../../db/sample/createSamplePlan';
import { PlanSession } from '../../db/session';
import type { MeasureInput } from '../../shared/contract/measuresSchemas';
import { MEASURE_STATUSES } from '../../shared/measures/types';
import type { Scenario } from '../measure';

const FIELDS = ['hf01', 'hf02', 'hf03', 'hf04', 'hf05', 'hf06', 'hf07', 'hf08', 'hf09', 'hf10'] as const;
const pad = (n: number) => String(n).padStart(2, '0');
const job = { progress: () => {}, step: async () => {}, signal: new AbortController().signal };

/** Longest gap between 5 ms ticks while `fn` runs: how long the host could not answer. */
async function withPauseMeter<T>(fn: () => Promise<T>): Promise<{ value: T; maxPauseMs: number }> {
  let last = performance.now();
  let max = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    max = Math.max(max, now - last - 5);
    last = now;
  }, 5);
  try {
    return { value: await fn(), maxPauseMs: Math.round(max) };
  } finally {
    clearInterval(timer);
  }
}

/** Copies of the sample's Gemeinden (shifted east on the map, with their population rows) up to `count`, and 500 measures. */
async function grow(session: PlanSession, count: number): Promise<void> {
  const gemeinden = await session.db.selectFrom('gemeinde').selectAll().where('deleted_at', 'is', null).execute();
  const rows = await session.db.selectFrom('population_row').selectAll().where('deleted_at', 'is', null).where('level', '=', 'gemeinde').execute();
  await session.write(async (w, trx) => {
    for (let i = gemeinden.length; i < count; i++) {
      const src = gemeinden[i % gemeinden.length]!;
      const copy = Math.floor(i / gemeinden.length);
      const ags = `03354${String(100 + i).padStart(3, '0')}`;
      const shift = (g: unknown): unknown => (Array.isArray(g) ? (typeof g[0] === 'number' ? [g[0] + copy * 0.75, g[1]] : g.map(shift)) : g);
      const geometry = src.geometry ? JSON.stringify({ ...(JSON.parse(src.geometry) as object), coordinates: shift((JSON.parse(src.geometry) as { coordinates: unknown }).coordinates) }) : null;
      await w.insert('gemeinde', { id: randomUUID(), ags, name: `${src.name} ${copy + 1}`, kind: src.kind, lat: src.lat, lon: src.lon === null ? null : src.lon + copy * 0.75, geometry });
      for (const r of rows.filter((x) => x.region_key === src.ags)) {
        await w.insert('population_row', { id: randomUUID(), dataset_id: r.dataset_id, region_key: ags, level: 'gemeinde', name: `${src.name} ${copy + 1}`, year: r.year, sex: r.sex, bands: r.bands, total: r.total });
      }
    }
    for (let i = 0; i < 500; i++) {
      const values: MeasureInput = {
        fieldId: FIELDS[i % 10]!,
        title: `Maßnahme ${i + 1}: ${i % 4 === 0 ? 'Beratungsnetz für pflegende Angehörige mit Sprechstunden in allen Samtgemeinden' : 'Tagespflege ausbauen'}`,
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
      for (let k = 0; k < 3; k++) {
        await w.insert('milestone', { id: randomUUID(), measure_id: id, title: `Meilenstein ${k + 1}`, due_date: `${2026 + k}-${pad(((i + k) % 12) + 1)}-15`, responsible: 'Sozialplanung', status: k < 1 ? 'erledigt' : 'offen', done_on: null });
      }
    }
  });
}

export const run: Scenario = async (measure, dir) => {
  const dataDir = path.join(import.meta.dirname, '..', '..', 'db', 'sample', 'data');
  const samplePath = await createSamplePlan(dir, dataDir);
  const bigPath = path.join(dir, 'gross.sqlite');
  fs.copyFileSync(samplePath, bigPath);
  for (const [label, file, runs] of [['sample plan (29 Gemeinden)', samplePath, 2], ['150 Gemeinden, 500 measures', bigPath, 1]] as const) {
    const session = await PlanSession.open(file, { backupDir: path.join(dir, 'Sicherungen') });
    try {
      if (file === bigPath) await grow(session, 150);
      await measure(`report: PDF and Word, ${label}`, runs, async (i) => {
        const { value: r, maxPauseMs } = await withPauseMeter(() =>
          generateReport(session, { today: '2026-11-29', pdfPath: path.join(dir, `b${i}.pdf`), docxPath: path.join(dir, `b${i}.docx`), previewOnly: false }, job),
        );
        return { pages: r.pages, pdf_kb: Math.round((r.pdf?.bytes ?? 0) / 1024), docx_kb: Math.round((r.docx?.bytes ?? 0) / 1024), host_max_pause_ms: maxPauseMs };
      });
    } finally {
      session.close();
    }
  }
};
