/** Bundles the Electron main process, its worker threads and the preload into CommonJS files for the desktop app. */
import { build } from 'esbuild';
import { buildWorkers, NATIVE_EXTERNALS, QUIET_IMPORT_META } from './workerBundles';

const common = { bundle: true, platform: 'node' as const, format: 'cjs' as const, target: 'node22', sourcemap: true, logLevel: 'info' as const };

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs', external: NATIVE_EXTERNALS, logOverride: QUIET_IMPORT_META });
// The workers, next to main.cjs (scripts/workerBundles.ts).
await buildWorkers(process.cwd(), 'dist-electron', { sourcemap: true, logLevel: 'info' });
// The sandboxed preload may only require 'electron'; everything else is bundled in.
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs', external: ['electron'] });
