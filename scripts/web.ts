/**
 * `npm run web -- --plan FILE [--port N]`: the app in a browser on 127.0.0.1. Creates FILE
 * when it does not exist yet; prints the URL with the per-start token.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createServices } from '../db/api/services';
import { startWebHost } from '../db/host/webHost';
import { defaultUserDataDir } from '../db/host/userDataDir';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { plan: { type: 'string' }, port: { type: 'string' } } });
const port = values.port ? Number(values.port) : 0;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Ungültiger Port: ${values.port}`);
  process.exit(2);
}
const rendererDir = path.join(root, 'dist', 'renderer');
if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
  console.error('Die Oberfläche ist nicht gebaut. Bitte `npm run web` verwenden (baut sie vorher).');
  process.exit(2);
}

const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
const services = createServices({
  host: 'web',
  version,
  userDataDir: defaultUserDataDir(),
  sampleDataDir: path.join(root, 'db', 'sample', 'data'),
  defaultPlanDir: ['Dokumente', 'Documents'].map((d) => path.join(os.homedir(), d)).find((d) => fs.existsSync(d)) ?? os.homedir(),
  dialogs: null,
});

try {
  if (values.plan) {
    const planPath = path.resolve(values.plan);
    if (fs.existsSync(planPath)) await services.sessions.open('web', planPath);
    else await services.sessions.create('web', planPath, null);
    const session = services.sessions.require('web');
    services.recent.remember({ path: session.filePath, title: '', districtName: '' });
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const host = await startWebHost({ services, rendererDir, port });
console.log(`Pflegestrukturplaner läuft im Browser-Modus: ${host.url}`);
if (values.plan) console.log(`Planungsdatei: ${path.resolve(values.plan)}`);
console.log('Beenden mit Strg+C.');

const stop = () => {
  void host.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
