import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../electron/webPreferences';

const root = path.resolve(import.meta.dirname, '..', '..');

// Security regressions pinned as tests: the Electron binary cannot run here, so the settings
// are checked where they are declared; the behaviour (navigation, links, permissions, the API
// sender check) is run against fakes in electronHardening.test.ts.
describe('Electron window security', () => {
  it('isolates and sandboxes the renderer without Node', () => {
    expect(secureWebPreferences('/p/preload.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('ships a renderer page with a strict CSP and no inline script', () => {
    const html = fs.readFileSync(path.join(root, 'renderer', 'index.html'), 'utf8');
    expect(html).toMatch(/http-equiv="Content-Security-Policy"/);
    expect(html).toContain("script-src 'self'");
    expect(html).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(html).not.toMatch(/<script>(?!\s*<\/script>)/);
  });
});
