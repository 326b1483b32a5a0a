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
  ])('fails on %s', (_label, files, message) => {
    const violations = check(files);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(message);
  });
});
