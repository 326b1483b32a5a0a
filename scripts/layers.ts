/**
 * The layering rules of ARCHITECTURE.md: imports flow renderer → shared, db → shared,
 * electron → db + shared. `findLayerViolations` lists every import that breaks them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import ts from 'typescript';

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

interface Rule {
  /** Our top-level folders this layer may import from. */
  folders: string[];
  /** npm packages this layer may import (null = any). */
  packages: string[] | null;
  nodeBuiltins: boolean;
}

const RULES: Record<string, Rule> = {
  shared: { folders: ['shared'], packages: ['zod'], nodeBuiltins: false },
  renderer: { folders: ['renderer', 'shared'], packages: ['react', 'react-dom', 'zustand', 'recharts', '@tanstack/react-virtual', 'zod'], nodeBuiltins: false },
  db: { folders: ['db', 'shared'], packages: null, nodeBuiltins: true },
  electron: { folders: ['electron', 'db', 'shared'], packages: null, nodeBuiltins: true },
};
const FORBIDDEN_EVERYWHERE_BUT_ELECTRON = ['electron'];

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    // Build configuration (vite.config.ts) runs in Node at build time, not in the layer.
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(entry.name) && !/\.d\.ts$|\.config\.ts$/.test(entry.name)) yield full;
  }
}

const packageName = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

/** Every import under `root` that breaks the layering, as readable lines. */
export function findLayerViolations(root: string): string[] {
  const violations: string[] = [];
  for (const [layer, rule] of Object.entries(RULES)) {
    const layerDir = path.join(root, layer);
    if (!fs.existsSync(layerDir)) continue;
    for (const file of sourceFiles(layerDir)) {
      const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
      for (const { fileName: spec } of info.importedFiles) {
        const where = `${path.relative(root, file)} imports '${spec}'`;
        if (spec.startsWith('.')) {
          const target = path.relative(root, path.resolve(path.dirname(file), spec)).split(path.sep)[0]!;
          if (!rule.folders.includes(target)) violations.push(`${where}: ${layer}/ may not import from ${target}/`);
        } else if (builtins.has(spec)) {
          if (!rule.nodeBuiltins) violations.push(`${where}: ${layer}/ runs outside Node and may not use Node built-ins`);
        } else {
          const pkg = packageName(spec);
          if (layer !== 'electron' && FORBIDDEN_EVERYWHERE_BUT_ELECTRON.includes(pkg)) violations.push(`${where}: only electron/ may import electron (it throws under plain Node)`);
          else if (rule.packages && !rule.packages.includes(pkg)) violations.push(`${where}: ${layer}/ may not use the package ${pkg}`);
        }
      }
    }
  }
  return violations;
}
