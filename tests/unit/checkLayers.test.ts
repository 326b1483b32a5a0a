import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findLayerViolations } from '../../scripts/layers';
import { tempDir } from '../helpers/files';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function check(files: Record<string, string>) {
  const tree = fs.mkdtempSync(path.join(dir, 't-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(tree, name)), { recursive: true });
    fs.writeFileSync(path.join(tree, name), content);
  }
  return findLayerViolations(tree);
}

describe('layering check', () => {
  it('lets an adapter read other features\' tables, and a local variable be called document', () => {
    const violations = check({
      'db/stock/needsAdapter.ts': "export const q = (db: any) => db.selectFrom('population_row').selectAll();",
      'db/stock/own.ts': "export const q = (db: any) => db.selectFrom('offer').selectAll();",
      'db/sharing/generic.ts': 'export const q = `SELECT * FROM need_statement`;',
      'shared/report.ts': 'export function build() { const document = { chapters: [] }; return document.chapters; }',
      'shared/types.ts': 'export interface Source { location?: string; navigator: number }',
    });
    expect(violations).toEqual([]);
  });

  it('passes a tree that keeps the rules', () => {
    const violations = check({ 'shared/a.ts': "import { z } from 'zod';", 'renderer/b.tsx': "import '../shared/a';\nimport React from 'react';", 'db/c.ts': "import fs from 'node:fs';\nimport '../shared/a';" });
    expect(violations).toEqual([]);
  });

  it.each([
    ['renderer importing a Node built-in', { 'renderer/x.ts': "import fs from 'node:fs';" }, /Node built-ins/],
    ['renderer importing db', { 'renderer/x.ts': "import '../db/session';", 'db/session.ts': '' }, /may not import from db/],
    ['db importing electron', { 'db/x.ts': "import { app } from 'electron';" }, /only electron\/ may import electron/],
    ['shared importing better-sqlite3', { 'shared/x.ts': "import D from 'better-sqlite3';" }, /may not use the package better-sqlite3/],
    ['shared importing db', { 'shared/x.ts': "export * from '../db/y';", 'db/y.ts': '' }, /may not import from db/],
    ['shared using window', { 'shared/x.ts': 'export const width = () => window.innerWidth;' }, /uses 'window'.*may not use DOM globals/],
    ['db using localStorage', { 'db/x.ts': "export const read = () => localStorage.getItem('k');" }, /uses 'localStorage'/],
    ['db feature querying another feature\'s table', { 'db/stock/views.ts': "export const q = (db: any) => db.selectFrom('population_row as r').selectAll();" }, /db\/stock\/views.ts reads 'population_row' of db\/needs\/.*adapter/],
    ['db feature naming another feature\'s table in raw SQL', { 'db/needs/x.ts': 'export const q = `SELECT id FROM offer WHERE deleted_at IS NULL`;' }, /reads 'offer' of db\/stock\//],
    ['db feature writing another feature\'s table', { 'db/measures/x.ts': "export const f = (w: any) => w.softDelete('need_statement', 'id');" }, /reads 'need_statement' of db\/needs\//],
  ])('fails on %s', (_label, files, message) => {
    const violations = check(files);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(message);
  });
});
