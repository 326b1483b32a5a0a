/**
 * The body of the report job: read the plan, build the document, lay out PDF and Word in the
 * worker, save both (atomically: temporary file, then rename) and hand them back for download.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/contract/errors';
import type { ReportGenerateInput, ReportResult } from '../../shared/contract/reportSchemas';
import { reportBaseName } from '../../shared/report/build';
import type { JobContext } from '../jobs/jobRunner';
import type { PlanSession } from '../session';
import { loadReportData } from './load';
import { renderInWorker } from './render';

function save(target: string, ext: '.pdf' | '.docx', bytes: Uint8Array): string {
  const file = path.resolve(target.toLowerCase().endsWith(ext) ? target : `${target}${ext}`);
  if (!fs.existsSync(path.dirname(file))) throw new UserError(`Der Ordner ${path.dirname(file)} existiert nicht. Es wurde nichts gespeichert.`, 'no-dir');
  const temp = `${file}.tmp`;
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, file);
  } catch {
    fs.rmSync(temp, { force: true });
    throw new UserError(`Die Datei konnte nicht unter ${file} gespeichert werden. Bitte prüfen Sie den Pfad und die Schreibrechte.`, 'write-failed');
  }
  return file;
}

export async function generateReport(session: PlanSession, input: ReportGenerateInput, job: JobContext, options: { inProcess?: boolean } = {}): Promise<ReportResult> {
  const total = input.previewOnly ? 3 : 4;
  job.progress(0, total, 'Daten des Plans werden gelesen …');
  const data = await loadReportData(session, input.today);
  await job.step();
  job.progress(1, total, 'Kapitel und PDF werden gesetzt …');
  const done = await renderInWorker({ data, pdf: true, docx: !input.previewOnly }, job.signal, (step) => {
    if (step === 'pdf' && !input.previewOnly) job.progress(3, total, 'Word-Datei wird erstellt …');
  }, options);
  await job.step();
  const base = reportBaseName(data.meta.districtName, input.today);
  const file = (bytes: Uint8Array | null, ext: '.pdf' | '.docx', target: string | null) => {
    if (!bytes) return null;
    const saved = target && !input.previewOnly ? save(target, ext, bytes) : null;
    return { fileName: saved ? path.basename(saved) : `${base}${ext}`, path: saved, bytes: bytes.length, base64: input.previewOnly ? '' : Buffer.from(bytes).toString('base64') };
  };
  const result: ReportResult = {
    pages: done.pdf?.pages ?? 0,
    chapterPages: done.pdf?.chapterPages ?? {},
    pdf: file(done.pdf?.bytes ?? null, '.pdf', input.pdfPath),
    docx: file(done.docx, '.docx', input.docxPath),
  };
  job.progress(total, total, 'Fertig.');
  return result;
}
