/**
 * The layering rules of ARCHITECTURE.md: imports flow renderer → shared, db → shared,
 * electron → db + shared; shared/ and db/ use no DOM globals; a db feature folder touches
 * another feature's tables only in its adapter. `findLayerViolations` lists every breach.
 */
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import ts from 'typescript';
import { MEASURES_TABLES } from '../shared/model/measures';
import { NEEDS_TABLES } from '../shared/model/needs';
import { PRIVACY_TABLES } from '../shared/model/privacy';
import { REPORT_TABLES } from '../shared/model/report';
import { STOCK_TABLES } from '../shared/model/stock';

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

/** Browser globals: code in shared/ and db/ runs where they do not exist (Node, a worker). */
const DOM_GLOBALS = new Set(['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'HTMLElement', 'indexedDB']);

/** Which db/ feature folder owns which tables (from the declarations; core tables belong to everyone). */
const TABLE_OWNER = new Map<string, string>(
  Object.entries({ stock: STOCK_TABLES, needs: NEEDS_TABLES, measures: MEASURES_TABLES, privacy: PRIVACY_TABLES, report: REPORT_TABLES }).flatMap(([feature, tables]) =>
    Object.keys(tables).map((t) => [t, feature] as const),
  ),
);
/** Folders that work on every table through the model (merge, DSGVO erasure, sample assembly) or own none. */
const GENERIC_DB_FOLDERS = new Set(['sharing', 'privacy', 'sample', 'changes', 'file', 'api', 'migrations', 'host', 'jobs', 'import', 'export']);
/** A feature's adapter: the one file that may read other features' tables. */
const isAdapter = (file: string) => /Adapter\.ts$/.test(file) || file === path.join('db', 'report', 'load.ts');

const QUERY_METHODS = new Set(['selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'innerJoin', 'leftJoin', 'rightJoin', 'fullJoin', 'insert', 'update', 'softDelete', 'restore']);

/** Tables a file names in a query builder call or in raw SQL text. */
function tablesNamed(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && QUERY_METHODS.has(node.expression.name.text)) {
      const first = node.arguments[0];
      if (first && ts.isStringLiteralLike(first)) names.add(first.text.split(/\s+as\s+/)[0]!.trim());
    }
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      for (const m of node.text.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+"?([a-z_]+)/g)) names.add(m[1]!);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** Browser globals a file uses (names it declares itself, like a local `document`, do not count). */
function domGlobalsUsed(source: ts.SourceFile): Set<string> {
  const declared = new Set<string>();
  const used = new Set<string>();
  const visit = (node: ts.Node) => {
    if ((ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node) || ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isImportSpecifier(node) || ts.isNamespaceImport(node) || ts.isImportClause(node)) && node.name && ts.isIdentifier(node.name)) {
      declared.add(node.name.text);
    }
    if (ts.isIdentifier(node) && DOM_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isName = (ts.isPropertyAccessExpression(parent) && parent.name === node) || ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent)) && parent.name === node) || (ts.isQualifiedName(parent) && parent.right === node);
      if (!isName) used.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return new Set([...used].filter((n) => !declared.has(n)));
}

/** Every import under `root` that breaks the layering, as readable lines. */
export function findLayerViolations(root: string): string[] {
  const violations: string[] = [];
  for (const [layer, rule] of Object.entries(RULES)) {
    const layerDir = path.join(root, layer);
    if (!fs.existsSync(layerDir)) continue;
    for (const file of sourceFiles(layerDir)) {
      const text = fs.readFileSync(file, 'utf8');
      const relative = path.relative(root, file);
      if (layer === 'shared' || layer === 'db') {
        const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
        for (const name of domGlobalsUsed(source)) violations.push(`${relative} uses '${name}': ${layer}/ runs outside the browser and may not use DOM globals`);
        const feature = relative.split(path.sep)[1]!;
        if (layer === 'db' && relative.split(path.sep).length > 2 && !GENERIC_DB_FOLDERS.has(feature) && !isAdapter(relative)) {
          for (const table of tablesNamed(source)) {
            const owner = TABLE_OWNER.get(table);
            if (owner && owner !== feature) violations.push(`${relative} reads '${table}' of db/${owner}/: a feature reads another feature's tables only through its adapter (*Adapter.ts)`);
          }
        }
      }
      const info = ts.preProcessFile(text, true, true);
      for (const { fileName: spec } of info.importedFiles) {
        const where = `${relative} imports '${spec}'`;
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
