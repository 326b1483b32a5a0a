/**
 * Worker thread that lays out the report: pdfmake's layout and the docx packing are
 * synchronous and take seconds for a large plan; here they do not block the host's event loop
 * (the window, progress polling and cancel keep answering). Receives the plan's report data,
 * builds the document (SVG figures included) and answers with the files.
 */
import { parentPort } from 'node:worker_threads';
import { lowerThreadPriority } from '../jobs/backgroundPriority';
import type { WorkerMessage } from '../jobs/workerThread';
import { buildReport, type ChapterOutline } from '../../shared/report/build';
import { unpack } from '../needs/packed';
import type { ReportParts } from './load';
import { renderReportDocx } from './docx';
import { renderReportPdf } from './pdf';

export interface RenderRequest {
  data: ReportParts;
  pdf: boolean;
  docx: boolean;
  /** Answer the chapter outline (the report page's list) too. */
  outline?: boolean;
}

export type RenderStep = 'pdf' | 'docx';
export interface RenderedFiles {
  pdf: { bytes: Uint8Array; pages: number; chapterPages: Record<string, number> } | null;
  docx: Uint8Array | null;
  outline?: ChapterOutline[];
}
type RenderMessage = WorkerMessage<RenderStep, RenderedFiles>;

export async function renderFiles(request: RenderRequest, onProgress: (step: RenderStep) => void): Promise<RenderedFiles> {
  let pdf: RenderedFiles['pdf'] = null;
  const { document, outline } = buildReport({ ...request.data, analysis: unpack(request.data.analysis) });
  if (request.pdf) {
    const r = await renderReportPdf(document);
    pdf = { bytes: new Uint8Array(r.buffer), pages: r.pages, chapterPages: r.chapterPages };
    onProgress('pdf');
  }
  const docx = request.docx ? new Uint8Array(await renderReportDocx(document)) : null;
  if (request.docx) onProgress('docx');
  return { pdf, docx, ...(request.outline ? { outline } : {}) };
}

if (parentPort) {
  lowerThreadPriority();
  const port = parentPort;
  port.once('message', (request: RenderRequest) => {
    renderFiles(request, (step) => port.postMessage({ type: 'progress', step } satisfies RenderMessage)).then(
      (result) => port.postMessage({ type: 'done', result } satisfies RenderMessage, [result.pdf?.bytes.buffer, result.docx?.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer)),
      (error: unknown) => port.postMessage({ type: 'error', message: (error as Error)?.message ?? String(error) } satisfies RenderMessage),
    );
  });
}
