/**
 * The body of the report job: read the plan, build the document, lay out PDF and Word in the
 * worker, save both (atomically: temporary file, then rename) and hand them back for download.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/contract/errors';
import type { ReportGenerateInput, ReportResult } from '../../shared/contract/reportSchemas';
import { reportBaseName } from '../../shared/report/fileName';
import type { JobContext } from '../jobs/jobRunner';
import type { PlanSession } from '../session';
import { loadReportParts } from './load';
import { renderInWorker } from './render';

const targetFile = (target: string, ext: '.pdf' | '.docx') => path.resolve(target.toLowerCase().endsWith(ext) ? target : `${target}${ext}`);

/** Refuses a missing folder before the minutes of layout, not after. */
function checkFolder(target: string | null, ext: '.pdf' | '.docx'): void {
  if (!target) return;
  const dir = path.dirname(targetFile(target, ext));
  if (!fs.existsSync(dir)) throw new UserError(`Der Ordner ${dir} existiert nicht. Es wurde nichts gespeichert.`, 'no-dir');
}

function save(target: string, ext: '.pdf' | '.docx', bytes: Uint8Array): string {
  const file = targetFile(target, ext);
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
  if (!input.previewOnly) {
    checkFolder(input.pdfPath, '.pdf');
    checkFolder(input.docxPath, '.docx');
  }
  const total = input.previewOnly ? 3 : 4;
  job.progress(0, total, 'Daten des Plans werden gelesen …');
  const data = await loadReportParts(session, input.today);
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
