import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const config = fs.readFileSync(path.join(root, 'build', 'electron-builder.yml'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };

// `npm run dist` cannot run on these machines (no Electron runtime, no platform tools), so the
// configuration's essentials are checked here.
describe('electron-builder configuration', () => {
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
