/**
 * The worker threads the app ships, each bundled next to main.cjs (db/jobs/workerThread.ts
 * `workerEntry` looks for `<name>.cjs` beside the module that starts it). Used by
 * scripts/build-electron.ts for the app and by the bench, which starts the bundles as the app
 * does (under tsx a worker compiles every source module in its new thread: ≈ 0.7 s of CPU).
 */
import path from 'node:path';
import { build } from 'esbuild';

export const WORKER_BUNDLES = [
  // The report's layout worker (db/report/render.ts).
  { entry: 'db/report/renderWorker.ts', name: 'reportWorker' },
  // The Meilensteinplan/Monitoring PDF layout worker (db/measures/pdf.ts).
  { entry: 'db/measures/pdfWorker.ts', name: 'measuresPdfWorker' },
  // The needs analysis worker of an open plan (db/needs/analysisClient.ts).
  { entry: 'db/needs/analysisWorker.ts', name: 'needsAnalysisWorker' },
  // The worker that reads untrusted import files (db/import/parseInWorker.ts). exceljs (two thirds
  // of its bundle, ≈ 7 MB of heap once the source is loaded, used or not) comes from node_modules
  // as better-sqlite3 does, and only when a workbook is read.
  { entry: 'db/import/parseWorker.ts', name: 'parseWorker', external: ['exceljs'] },
  // The full read of a merge's copy of the other file, alongside the merge (db/file/verify.ts).
  { entry: 'db/file/pageCheckWorker.ts', name: 'pageCheckWorker' },
  // What my log changed that a large copy does not know, read alongside its merge (db/sharing/changedHereAhead.ts).
  { entry: 'db/sharing/changedHereWorker.ts', name: 'changedHereWorker' },
  // The worker that runs a plan's writing jobs on its own connection (db/jobs/planJob.ts).
  // It reads workbooks only through its nested parse worker: exceljs the same way.
  { entry: 'db/jobs/planJobWorker.ts', name: 'planJobWorker', external: ['exceljs'] },
] as const satisfies readonly { entry: string; name: string; external?: string[] }[];

export const NATIVE_EXTERNALS = ['electron', 'better-sqlite3', '@resvg/resvg-js'];

/** Modules that find their files with `__filename` in the bundle and `import.meta.url` under tsx: the empty `import.meta` of CommonJS is expected. */
export const QUIET_IMPORT_META = { 'empty-import-meta': 'silent' } as const;

/** Bundles every worker into `outDir` (which must resolve node_modules, for better-sqlite3). */
export async function buildWorkers(root: string, outDir: string, options: { sourcemap: boolean; logLevel: 'info' | 'warning' }): Promise<void> {
  for (const w of WORKER_BUNDLES) {
    const external = [...NATIVE_EXTERNALS, ...('external' in w ? w.external : [])];
    // `import('exceljs')` becomes `require`: the CommonJS loader is the one that reads inside app.asar.
    const supported: Record<string, boolean> = 'external' in w ? { 'dynamic-import': false } : {};
    await build({ bundle: true, platform: 'node', format: 'cjs', target: 'node22', sourcemap: options.sourcemap, logLevel: options.logLevel, entryPoints: [path.join(root, w.entry)], outfile: path.join(outDir, `${w.name}.cjs`), external, supported, logOverride: QUIET_IMPORT_META });
  }
}
