/**
 * The scenario processes' code as one bundle, as the app ships its main process (Electron's
 * main.cjs, scripts/build-electron.ts), instead of compiled by tsx as it loads: tsx's loader
 * (its own thread and compiler state) made every scenario process ≈ 30–55 MB larger than the
 * app's host and compiled modules a job imported lazily while it was timed.
 *
 * ESM with code splitting: bench/child.ts and each scenario are entries (child.ts imports the
 * scenario named on its command line). Sources keep their `import.meta.url`/`dirname` (a
 * scenario finds its data files and generator beside it, as under tsx); CommonJS packages
 * get a `require` for the files they load; native packages stay in node_modules, as for the
 * workers (scripts/workerBundles.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { NATIVE_EXTERNALS } from '../scripts/workerBundles';

/** Replaces `import.meta.url` and `import.meta.dirname` in the repository's sources by their place in the sources. */
const sourcePlaces = (root: string): Plugin => ({
  name: 'source-places',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!args.path.startsWith(root + path.sep) || args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = fs.readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.')) return { contents: text, loader: 'ts' };
      return {
        contents: text
          .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: 'ts',
      };
    });
  },
});

/** Builds the bundle into `outDir` (under node_modules, so its `require` finds the packages); returns child.ts' bundle. */
export async function buildScenarioHost(root: string, outDir: string, scenarios: readonly string[]): Promise<string> {
  fs.rmSync(outDir, { recursive: true, force: true });
  await build({
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    splitting: true,
    outdir: outDir,
    outbase: path.join(root, 'bench'),
    entryPoints: [path.join(root, 'bench', 'child.ts'), ...scenarios.map((s) => path.join(root, 'bench', 'scenarios', `${s}.ts`))],
    outExtension: { '.js': '.mjs' },
    external: [...NATIVE_EXTERNALS, 'exceljs'],
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
    plugins: [sourcePlaces(root)],
    logLevel: 'warning',
  });
  return path.join(outDir, 'child.mjs');
}
