/** Bundles the Electron main process and preload into CommonJS files for the desktop app. */
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node' as const, format: 'cjs' as const, target: 'node22', sourcemap: true, logLevel: 'info' as const };

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs', external: ['electron', 'better-sqlite3', '@resvg/resvg-js'] });
// The report's layout worker (db/report/render.ts looks for it next to main.cjs).
await build({ ...common, entryPoints: ['db/report/renderWorker.ts'], outfile: 'dist-electron/reportWorker.cjs', external: ['electron', 'better-sqlite3', '@resvg/resvg-js'] });
// The Meilensteinplan/Monitoring PDF layout worker (db/measures/pdf.ts looks for it next to main.cjs).
await build({ ...common, entryPoints: ['db/measures/pdfWorker.ts'], outfile: 'dist-electron/measuresPdfWorker.cjs', external: ['electron', 'better-sqlite3', '@resvg/resvg-js'] });
// The needs analysis worker of an open plan (db/needs/analysisClient.ts looks for it next to main.cjs).
await build({ ...common, entryPoints: ['db/needs/analysisWorker.ts'], outfile: 'dist-electron/needsAnalysisWorker.cjs', external: ['electron', 'better-sqlite3', '@resvg/resvg-js'] });
// The worker that reads untrusted import files (db/import/parseInWorker.ts looks for it next to main.cjs).
await build({ ...common, entryPoints: ['db/import/parseWorker.ts'], outfile: 'dist-electron/parseWorker.cjs', external: ['electron', 'better-sqlite3', '@resvg/resvg-js'] });
// The worker that runs a plan's writing jobs on its own connection (db/jobs/planJob.ts looks for it next to main.cjs).
await build({ ...common, entryPoints: ['db/jobs/planJobWorker.ts'], outfile: 'dist-electron/planJobWorker.cjs', external: ['electron', 'better-sqlite3', '@resvg/resvg-js'] });
// The sandboxed preload may only require 'electron'; everything else is bundled in.
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs', external: ['electron'] });
