/**
 * The Pflegestrukturbericht at two sizes: the sample plan (29 Gemeinden) and the sample grown to
 * 150 Gemeinden with 500 measures. Measures the whole job (read, build, PDF and Word in the
 * worker), pages, file sizes, peak memory and the longest pause of this (the host's) event loop,
 * which the worker thread is there to keep short.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { generateReport } from '../../db/report/job';
import { createSamplePlan } from '../../db/sample/createSamplePlan';
import { PlanSession } from '../../db/session';
import type { Scenario } from '../measure';
import { insertManyMeasures } from '../../tests/helpers/manyMeasures';

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
    await insertManyMeasures(w, trx, 500, 3, 1);
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
