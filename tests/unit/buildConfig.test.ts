import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const config = fs.readFileSync(path.join(root, 'build', 'electron-builder.yml'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };

// `npm run dist` cannot run on these machines (no Electron runtime, no platform tools), so the
// configuration's essentials are checked here.
// electron-builder's own YAML reader and JSON schema (its dependencies): the file is checked the
// way `npm run dist` reads it, so a misspelt option fails here, not on a release machine.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const Ajv = require('ajv') as new (options: object) => { validate(schema: object, data: unknown): boolean; errors: unknown };
const parsed = yaml.load(config) as Record<string, unknown>;

describe('electron-builder configuration', () => {
  it('is valid for electron-builder', () => {
    const schema = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    expect(ajv.validate(schema, parsed), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('flips the Electron fuses that would let other code run as the app', () => {
    expect(parsed.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('targets Windows NSIS, macOS dmg and Linux AppImage and deb', () => {
    expect(config).toMatch(/target: nsis/);
    expect(config).toMatch(/target: dmg/);
    expect(config).toMatch(/- AppImage/);
    expect(config).toMatch(/- deb/);
  });

  it('associates .sqlite planning files with the app', () => {
    expect(config).toMatch(/fileAssociations:\s*\n\s*- ext: sqlite/);
  });

  it('packages the built main process, renderer and sample data, and the main entry exists in it', () => {
    expect(pkg.main).toBe('dist-electron/main.cjs');
    for (const entry of ['dist/renderer/**', 'dist-electron/**', 'db/sample/data/**']) expect(config).toContain(`- ${entry}`);
    expect(pkg.scripts.dist).toContain('--config build/electron-builder.yml');
  });
});
