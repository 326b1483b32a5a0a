/**
 * PDF export of the Meilensteinplan or the Monitoring-Bericht, run as a job with progress.
 * The file is written to the path given ("Speichern unter", default next to the plan file)
 * and is also offered as a download, so both the desktop app and browser mode can keep it.
 */
import { useEffect, useId, useState } from 'react';
import { pdfExportResultSchema, type PdfExportInput } from '../../../shared/contract/measuresSchemas';
import { todayIso } from '../../../shared/measures/dates';
import { errorMessage, invoke } from '../../api';
import { dirOf, joinPath, usePlan } from '../../app/planStore';
import { blobUrlOfBase64 } from '../../components/download';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../components/useJob';
import { useOverwriteConfirm } from '../../components/useOverwriteConfirm';
import { measuresTexts } from './texts';

const t = measuresTexts.export;

type Kind = PdfExportInput['kind'] | 'csv' | 'xlsx' | 'ics';
const isPdf = (k: Kind): k is PdfExportInput['kind'] => k === 'meilensteinplan' || k === 'monitoring';
const BASE: Record<Kind, string> = { meilensteinplan: 'Meilensteinplan', monitoring: 'Monitoring-Bericht', csv: 'Maßnahmen', xlsx: 'Maßnahmen', ics: 'Meilensteine' };
const EXT: Record<Kind, string> = { meilensteinplan: 'pdf', monitoring: 'pdf', csv: 'csv', xlsx: 'xlsx', ics: 'ics' };
const MIME: Record<Kind, string> = {
  meilensteinplan: 'application/pdf',
  monitoring: 'application/pdf',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ics: 'text/calendar',
};

function suggestedName(kind: Kind, district: string, today: string): string {
  const d = district.replace(/^Landkreis\s+/i, '').replace(/[\\/:*?"<>|]/g, '-').trim();
  return `${BASE[kind]}${d ? ` ${d}` : ''} ${today}.${EXT[kind]}`;
}

export function ExportPanel() {
  const id = useId();
  const plan = usePlan((s) => s.current);
  const today = todayIso();
  const [kind, setKind] = useState<Kind>('meilensteinplan');
  const [pageSize, setPageSize] = useState<PdfExportInput['pageSize']>('A4');
  const [path, setPath] = useState('');
  const [touched, setTouched] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [result, setResult] = useState<{ url: string; fileName: string; path: string | null; pages: number | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const { status, error, cancel } = useJob(jobId);
  const overwrite = useOverwriteConfirm();

  const suggestion = plan ? joinPath(dirOf(plan.path), suggestedName(kind, plan.meta.districtName, today)) : '';
  useEffect(() => {
    if (!touched) setPath(suggestion);
  }, [suggestion, touched]);

  useEffect(() => {
    if (status?.state !== 'done') return;
    const parsed = pdfExportResultSchema.parse(status.result);
    setResult({ url: blobUrlOfBase64(parsed.base64, MIME.meilensteinplan), fileName: parsed.fileName, path: parsed.path, pages: parsed.pages });
  }, [status]);
  useEffect(() => () => (result ? URL.revokeObjectURL(result.url) : undefined), [result]);

  async function start() {
    setStartError(null);
    setResult(null);
    const target = path.trim() ? path.trim() : null;
    if (isPdf(kind)) {
      try {
        await overwrite.run(async (replace) => {
          const started = await invoke('measures.exportPdf', { kind, pageSize, path: target, overwrite: replace, today });
          setJobId(started.jobId);
        });
      } catch (e) {
        setStartError(errorMessage(e));
      }
      return;
    }
    setJobId(null);
    setBusy(true);
    try {
      await overwrite.run(async (replace) => {
        const file = await invoke('measures.exportFile', { kind, path: target, overwrite: replace, today });
        setResult({ url: blobUrlOfBase64(file.base64, MIME[kind]), fileName: file.fileName, path: file.path, pages: null });
      });
    } catch (e) {
      setStartError(errorMessage(e));
    }
    setBusy(false);
  }

  const running = status?.state === 'running' || (jobId !== null && status === null);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.heading}</h2>
      <div className="field-row">
        <Field id={`${id}-kind`} label={t.kind}>
          {(a) => (
            <select {...a} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              {(Object.keys(t.kinds) as Kind[]).map((k) => (
                <option key={k} value={k}>
                  {t.kinds[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {isPdf(kind) ? (
        <Field id={`${id}-size`} label={t.pageSize}>
          {(a) => (
            <select {...a} value={pageSize} onChange={(e) => setPageSize(e.target.value as PdfExportInput['pageSize'])}>
              <option value="A4">{t.sizes.A4}</option>
              <option value="A3">{t.sizes.A3}</option>
            </select>
          )}
        </Field>
        ) : null}
      </div>
      <Field id={`${id}-path`} label={t.saveAs} hint={t.saveAsHint}>
        {(a) => (
          <input
            {...a}
            type="text"
            className="input-path"
            value={path}
            onChange={(e) => {
              setPath(e.target.value);
              setTouched(true);
            }}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="button" className="button-primary" onClick={() => void start()} disabled={running || busy}>
          {isPdf(kind) ? t.start : t.startFile}
        </button>
      </div>
      {jobId ? <JobProgress label={t.running} status={status} onCancel={cancel} /> : null}
      <ErrorMessage message={startError ?? error ?? (status?.state === 'failed' ? status.error : null)} />
      {result ? (
        <div className="success-message" role="status">
          <p>{result.pages !== null ? t.done(result.pages, result.path) : t.doneFile(result.path)}</p>
          <p>
            <a href={result.url} download={result.fileName}>
              {t.download(result.fileName)}
            </a>
          </p>
        </div>
      ) : null}
      {overwrite.dialog}
    </section>
  );
}
