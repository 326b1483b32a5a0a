/** Import into a register: choose a file, map its columns, see every row's result, then take all or nothing. */
import { useEffect, useId, useState } from 'react';
import { stockImportResultSchema, type StockImportPreview } from '../../../shared/contract/stockSchemas';
import type { RegisterDef } from '../../../shared/stock/registers';
import { errorMessage, invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FilePicker } from '../../components/FilePicker';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../components/useJob';
import { TableScroll } from '../../components/TableScroll';
import { stockTexts } from './texts';

const t = stockTexts.importing;

async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const CHUNK = 0x8000;
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) parts.push(String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + CHUNK))));
  return btoa(parts.join(''));
}

interface Props {
  def: RegisterDef;
  onClose: () => void;
  onImported: () => Promise<void>;
}

export function StockImportDialog({ def, onClose, onImported }: Props) {
  const id = useId();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<StockImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [skipped, setSkipped] = useState<{ line: number; title: string; error: string }[]>([]);

  async function check(f: { name: string; base64: string }, map: Record<string, string> | null) {
    setBusy(true);
    setError(null);
    try {
      const p = await invoke('stock.import.preview', { register: def.id, fileName: f.name, contentBase64: f.base64, mapping: map });
      setPreview(p);
      setMapping(p.mapping);
    } catch (e) {
      setPreview(null);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function onFile(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    setPreview(null);
    setDone(null);
    setError(null);
    if (!chosen) return;
    const f = { name: chosen.name, base64: await fileToBase64(chosen) };
    setFile(f);
    await check(f, null);
  }

  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const state = job.status?.state;

  // The import runs as a job: when it ends, show the result or the German reason.
  useEffect(() => {
    if (!jobId || !job.status || state === 'running') return;
    setJobId(null);
    setBusy(false);
    if (state === 'done') {
      const parsed = stockImportResultSchema.safeParse(job.status.result);
      const message = parsed.success ? t.done(parsed.data) : t.done({ inserted: 0, updated: 0, unchanged: 0 });
      setSkipped(parsed.success ? (parsed.data.skipped ?? []) : []);
      setDone(message);
      showStatus(message);
      void onImported();
    } else {
      setError(job.status.error ?? t.cancelled);
    }
  }, [jobId, job.status, state, onImported]);
  useEffect(() => {
    if (job.error) {
      setError(job.error);
      setBusy(false);
    }
  }, [job.error]);

  async function commit(skipInvalid = false) {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const started = await invoke('stock.import.commit', { register: def.id, fileName: file.name, contentBase64: file.base64, mapping, skipInvalid });
      setJobId(started.jobId);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  const fieldOptions = [{ value: '__id', label: t.idColumn }, ...def.fields.map((f) => ({ value: f.key, label: f.required ? `${f.label} *` : f.label }))];
  const takeable = preview ? preview.counts.neu + preview.counts.aktualisiert + preview.counts.unveraendert : 0;

  return (
    <Dialog title={t.title(def.label)} onClose={onClose} size="large">
      {done ? (
        <div>
          <p role="status" className="success-message">
            {done}
          </p>
          {skipped.length > 0 ? (
            <>
              <h3>{t.skippedHeading(skipped.length)}</h3>
              <ul className="import-skipped">
                {skipped.map((s) => (
                  <li key={s.line}>
                    {t.skippedRow(s.line, s.title, s.error)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="button-row">
            <button type="button" className="button-primary" onClick={onClose}>
              {t.close}
            </button>
          </div>
        </div>
      ) : (
        <div className="form">
          <div className="field">
            <label htmlFor={`${id}-file`}>{t.file}</label>
            <FilePicker id={`${id}-file`} accept=".csv,.txt,.xlsx,text/csv" chosen={file ? [file.name] : null} describedBy={`${id}-file-hint`} onChange={(input) => void onFile(input)} />
            <p id={`${id}-file-hint`} className="field-hint">
              {t.fileHint}
            </p>
          </div>
          <ErrorMessage message={error} />
          {jobId ? <JobProgress label={t.running} status={job.status} onCancel={job.cancel} /> : null}
          {preview ? (
            <>
              <fieldset className="stock-mapping">
                <legend>{t.mappingHeading}</legend>
                <p className="field-hint">{t.mappingHint}</p>
                <div className="stock-mapping-grid">
                  {preview.headers.filter(Boolean).map((h, i) => (
                    <div className="field" key={`${h}-${i}`}>
                      <label htmlFor={`${id}-map-${i}`}>{t.column(h)}</label>
                      <select id={`${id}-map-${i}`} value={mapping[h] ?? ''} onChange={(e) => setMapping((m) => ({ ...m, [h]: e.target.value }))}>
                        <option value="">{t.ignore}</option>
                        {fieldOptions.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </div>
                  ))}
                </div>
                <button type="button" disabled={busy || !file} onClick={() => file && void check(file, mapping)}>
                  {t.remap}
                </button>
              </fieldset>
              <h3>{t.previewHeading}</h3>
              <p role="status">
                {t.summary(preview.counts)} {t.encoding(preview.encoding)}
              </p>
              {preview.problems.length > 0 ? (
                <div className="error-message" role="alert">
                  <div>
                    <strong>{t.problemsHeading}</strong>
                    <ul>
                      {preview.problems.map((p) => (
                        <li key={p}>{p}</li>
                      ))}
                    </ul>
                  </div>
                </div>
              ) : null}
              {preview.rows.length > 0 ? (
                <TableScroll label={t.previewHeading} tall>
                  <table className="data-table">
                    <caption className="visually-hidden">{t.previewHeading}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t.colLine}</th>
                        <th scope="col">{t.colTitle}</th>
                        <th scope="col">{t.colStatus}</th>
                        <th scope="col">{t.colErrors}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {preview.rows.map((r) => (
                        <tr key={r.line}>
                          <td className="num">{r.line}</td>
                          <th scope="row">{r.title}</th>
                          <td>
                            <span className={`badge ${r.status === 'fehler' ? 'badge-warning' : `badge-${r.status}`}`}>{t.status[r.status]}</span>
                          </td>
                          <td>{r.errors.join(' ')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              ) : null}
              {preview.rows.length < preview.totalRows ? <p className="muted">{t.more(preview.rows.length, preview.totalRows)}</p> : null}
              {!preview.canCommit ? <p className="field-error">{t.refused}</p> : null}
            </>
          ) : null}
          <div className="button-row">
            <button type="button" className="button-primary" disabled={!preview?.canCommit || busy} onClick={() => void commit()}>
              {t.commit(takeable)}
            </button>
            {preview && !preview.canCommit && preview.problems.length === 0 && takeable > 0 ? (
              <button type="button" disabled={busy} onClick={() => void commit(true)}>
                {t.commitValid(takeable, preview.counts.fehler)}
              </button>
            ) : null}
            <button type="button" onClick={onClose}>
              {t.cancel}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
