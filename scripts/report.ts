/**
 * `npm run report -- --plan FILE.sqlite --out BERICHT.pdf [--docx BERICHT.docx] [--date JJJJ-MM-TT]`:
 * the Pflegestrukturbericht without the app, e.g. for a nightly build on a file server. Opens
 * the plan as the app does (older files are backed up, then updated), writes the files and
 * prints one summary line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createServices } from '../db/api/services';
import { defaultUserDataDir } from '../db/host/userDataDir';
import { generateReport } from '../db/report/job';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { plan: { type: 'string' }, out: { type: 'string' }, docx: { type: 'string' }, date: { type: 'string' } } });
if (!values.plan || !values.out) {
  console.error('Aufruf: npm run report -- --plan <plan.sqlite> --out <bericht.pdf> [--docx <bericht.docx>] [--date JJJJ-MM-TT]');
  process.exit(2);
}
const planPath = path.resolve(values.plan);
if (!fs.existsSync(planPath)) {
  console.error(`Die Planungsdatei ${planPath} gibt es nicht.`);
  process.exit(2);
}
const today = values.date ?? new Date().toISOString().slice(0, 10);
const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
const services = createServices({ host: 'web', version, userDataDir: defaultUserDataDir(), sampleDataDir: path.join(root, 'db', 'sample', 'data'), defaultPlanDir: os.homedir(), dialogs: null });
const job = { progress: (_d: number, _t: number | null, message?: string) => message && process.stderr.write(`${message}\n`), step: async () => {}, signal: new AbortController().signal };
try {
  const session = await services.sessions.open('cli', planPath);
  const result = await generateReport(session, { today, pdfPath: values.out, docxPath: values.docx ?? null, previewOnly: false }, job);
  console.log(JSON.stringify({ pdf: result.pdf?.path, docx: result.docx?.path ?? null, pages: result.pages }));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  services.sessions.closeAll();
}
