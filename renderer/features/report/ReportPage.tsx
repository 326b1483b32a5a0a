/**
 * Bericht: the chapters of the Pflegestrukturbericht with switches and own texts, a page count
 * (the PDF laid out without saving) and „Bericht erstellen“ for PDF and Word, saved next to the
 * plan and offered as download, as the Meilensteinplan export does.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import type { ChapterOutlineDto, ReportResult } from '../../../shared/contract/reportSchemas';
import { todayIso } from '../../../shared/measures/dates';
import { reportBaseName } from '../../../shared/report/fileName';
import { errorMessage, invoke } from '../../api';
import { PAGE_HEADING_ID, useDocumentTitle } from '../../app/focus';
import { dirOf, joinPath, usePlan } from '../../app/planStore';
import { blobUrlOfBase64 } from '../../components/download';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { JobProgress } from '../../components/JobProgress';
import { ChapterItem } from './ChapterItem';
import { reportTexts as t } from './texts';
import { useReportJob } from './useReportJob';
import './report.css';

const MIME = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };

function Downloads({ result }: { result: ReportResult }) {
  const [urls, setUrls] = useState<{ pdf: string | null; docx: string | null }>({ pdf: null, docx: null });
  useEffect(() => {
    const next = { pdf: result.pdf?.base64 ? blobUrlOfBase64(result.pdf.base64, MIME.pdf) : null, docx: result.docx?.base64 ? blobUrlOfBase64(result.docx.base64, MIME.docx) : null };
    setUrls(next);
    return () => {
      if (next.pdf) URL.revokeObjectURL(next.pdf);
      if (next.docx) URL.revokeObjectURL(next.docx);
    };
  }, [result]);
  return (
    <div className="success-message" role="status">
      <p>{t.done(result.pages)}</p>
      {[result.pdf, result.docx].map((f) => (f?.path ? <p key={f.path}>{t.savedAt(f.path)}</p> : null))}
      <ul>
        {urls.pdf && result.pdf ? (
          <li>
            <a href={urls.pdf} download={result.pdf.fileName}>{t.download(result.pdf.fileName)}</a>
          </li>
        ) : null}
        {urls.docx && result.docx ? (
          <li>
            <a href={urls.docx} download={result.docx.fileName}>{t.download(result.docx.fileName)}</a>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

export function ReportPage() {
  useDocumentTitle(t.heading);
  const id = useId();
  const plan = usePlan((s) => s.current);
  const today = todayIso();
  const [chapters, setChapters] = useState<ChapterOutlineDto[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const base = plan ? joinPath(dirOf(plan.path), reportBaseName(plan.meta.districtName, today)) : '';
  const [pdfPath, setPdfPath] = useState(`${base}.pdf`);
  const [docxPath, setDocxPath] = useState(`${base}.docx`);
  const preview = useReportJob();
  const create = useReportJob();
  const pages = create.result?.chapterPages ?? preview.result?.chapterPages ?? {};

  useEffect(() => {
    invoke('report.outline', { today }).then(setChapters, (e: unknown) => setLoadError(errorMessage(e)));
  }, [today]);

  const save = useCallback(
    async (chapterId: ChapterOutlineDto['id'], enabled: boolean, ownText: string) => {
      try {
        setChapters(await invoke('report.chapters.save', { today, chapterId, enabled, ownText }));
        setLoadError(null);
      } catch (e) {
        setLoadError(errorMessage(e));
      }
    },
    [today],
  );

  return (
    <div className="report-page">
      <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
        {t.heading}
      </h1>
      <p className="lead">{t.intro}</p>
      <ErrorMessage message={loadError} />
      <section className="card" aria-labelledby={`${id}-chapters`}>
        <h2 id={`${id}-chapters`}>{t.chaptersHeading}</h2>
        {chapters ? (
          <ol className="report-chapters">
            {chapters.map((c) => (
              <ChapterItem key={c.id} chapter={c} page={pages[c.id]} onSave={(enabled, text) => save(c.id, enabled, text)} />
            ))}
          </ol>
        ) : null}
      </section>
      <section className="card" aria-labelledby={`${id}-preview`}>
        <h2 id={`${id}-preview`}>{t.previewHeading}</h2>
        <div className="button-row">
          <button type="button" onClick={() => void preview.start({ today, pdfPath: null, docxPath: null, previewOnly: true })} disabled={preview.running || create.running}>
            {t.preview}
          </button>
        </div>
        {preview.running ? <JobProgress label={t.previewRunning} status={preview.status} onCancel={preview.cancel} /> : null}
        <ErrorMessage message={preview.error} />
        {preview.result ? <p role="status">{t.previewDone(preview.result.pages)}</p> : null}
      </section>
      <section className="card" aria-labelledby={`${id}-create`}>
        <h2 id={`${id}-create`}>{t.createHeading}</h2>
        <Field id={`${id}-pdf`} label={t.pdfPath} hint={t.pathHint}>
          {(a) => <input {...a} type="text" className="input-path" value={pdfPath} onChange={(e) => setPdfPath(e.target.value)} />}
        </Field>
        <Field id={`${id}-docx`} label={t.docxPath} hint={t.pathHint}>
          {(a) => <input {...a} type="text" className="input-path" value={docxPath} onChange={(e) => setDocxPath(e.target.value)} />}
        </Field>
        <div className="button-row">
          <button
            type="button"
            className="button-primary"
            disabled={create.running || preview.running}
            onClick={() => void create.start({ today, pdfPath: pdfPath.trim() || null, docxPath: docxPath.trim() || null, previewOnly: false })}
          >
            {t.create}
          </button>
        </div>
        {create.running ? <JobProgress label={t.running} status={create.status} onCancel={create.cancel} /> : null}
        <ErrorMessage message={create.error} />
        {create.result ? <Downloads result={create.result} /> : null}
      </section>
    </div>
  );
}
