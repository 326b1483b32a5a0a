/**
 * Worker thread that lays out the Meilensteinplan or the Monitoring-Bericht (db/measures/pdf.ts
 * `layOutPdf`): pdfmake's layout is synchronous and takes seconds for 500 measures; here it
 * does not pause the host. Receives the loaded plan data, answers with the PDF's bytes.
 */
import { lowerThreadPriority } from '../jobs/backgroundPriority';
import { parentPort } from 'node:worker_threads';
import type { WorkerMessage } from '../jobs/workerThread';
import { layOutPdf, type PdfLayout, type PdfLayoutRequest } from './pdf';

if (parentPort) {
  lowerThreadPriority();
  const port = parentPort;
  port.once('message', (request: PdfLayoutRequest) => {
    layOutPdf(request).then(
      (result) => port.postMessage({ type: 'done', result } satisfies WorkerMessage<never, PdfLayout>, [result.bytes.buffer as ArrayBuffer]),
      (error: unknown) => port.postMessage({ type: 'error', message: (error as Error)?.message ?? String(error) } satisfies WorkerMessage<never, PdfLayout>),
    );
  });
}
