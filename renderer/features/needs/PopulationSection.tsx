/**
 * Population import: choose a file, check it (a job: streamed, with progress and cancel), see
 * the preview with problems per line, then take it over (all or nothing). Lists what is imported.
 */
import { useEffect, useId, useState } from 'react';
import { populationCommitResultSchema, populationPreviewSchema, type PopulationPreview } from '../../../shared/contract/needsSchemas';
import { formatDate, formatEncoding } from '../../../shared/format';
import { errorMessage, invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FilePicker } from '../../components/FilePicker';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../components/useJob';
import { fileToBase64 } from '../district/base64';
import { Card } from './Card';
import { DataTable } from './DataTable';
import { DeleteButton } from './DeleteButton';
import { fmt } from './format';
import { FormRow, SelectRow, submitTo } from './FormRow';
import { useNeeds } from './needsStore';
import { needsTexts } from './texts';
import { useNeedsChange } from './useNeedsChange';

const t = needsTexts.population;
type Kind = 'bestand' | 'vorausberechnung';

export function PopulationSection() {
  const id = useId();
  const datasets = useNeeds((s) => s.datasets);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [kind, setKind] = useState<Kind>('bestand');
  const [jobId, setJobId] = useState<string | null>(null);
  const [mode, setMode] = useState<'preview' | 'commit'>('preview');
  const [preview, setPreview] = useState<PopulationPreview | null>(null);
  const { error, setError, runDelete } = useNeedsChange();
  const job = useJob(jobId);

  useEffect(() => {
    const s = job.status;
    if (!s || s.state === 'running') return;
    setJobId(null);
    if (s.state !== 'done') {
      setError(s.error);
      return;
    }
    if (mode === 'preview') setPreview(populationPreviewSchema.parse(s.result));
    else {
      const r = populationCommitResultSchema.parse(s.result);
      setPreview(null);
      setFile(null);
      showStatus(t.committed(r.rows, r.years.join(', ')));
      void useNeeds.getState().refresh();
    }
  }, [job.status, mode, setError]);

  async function start(next: 'preview' | 'commit') {
    if (!file) return;
    setError(null);
    setMode(next);
    try {
      const r = await invoke(next === 'preview' ? 'needs.population.preview' : 'needs.population.commit', { fileName: file.name, contentBase64: file.base64, kind });
      setJobId(r.jobId);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function onFile(input: HTMLInputElement) {
    setPreview(null);
    setError(null);
    const chosen = input.files?.[0];
    setFile(chosen ? { name: chosen.name, base64: await fileToBase64(chosen) } : null);
  }

  const remove = (datasetId: string) => runDelete(() => invoke('needs.population.delete', { id: datasetId }), t.deleted);

  const areas = preview?.rows ?? [];
  const gemeindeRows = areas.filter((r) => r.level === preview?.level);
  return (
    <>
      <Card heading={t.heading}>
        <p>{t.intro}</p>
        <p className="field-hint">{t.template}</p>
        <form className="form needs-import" onSubmit={submitTo(() => start('preview'))}>
          <FormRow id={`${id}-file`} label={t.file}>
            <FilePicker id={`${id}-file`} accept=".csv,.ffcsv,.txt,text/csv" chosen={file ? [file.name] : null} onChange={(input) => void onFile(input)} />
          </FormRow>
          <SelectRow
            id={`${id}-kind`}
            label={t.kind}
            short
            value={kind}
            onChange={(v) => {
              setKind(v as Kind);
              setPreview(null);
            }}
          >
            <option value="bestand">{t.bestand}</option>
            <option value="vorausberechnung">{t.vorausberechnung}</option>
          </SelectRow>
          <div className="button-row">
            <button type="submit" disabled={!file || jobId !== null}>
              {t.check}
            </button>
          </div>
        </form>
        <ErrorMessage message={error ?? job.error} />
        {jobId ? <JobProgress label={mode === 'preview' ? t.checking : t.committing} status={job.status} onCancel={job.cancel} /> : null}
        {preview ? (
          <div className="needs-preview">
            <h3>{t.previewHeading}</h3>
            <p>
              {[preview.tableCode ? `GENESIS ${preview.tableCode}` : preview.format, preview.referenceDates.map(formatDate).join(', '), preview.stand ? `Stand ${formatDate(preview.stand)}` : null, formatEncoding(preview.encoding)]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {/* One total per year: a projection table has several, and their sum is no population. */}
            <p>
              {t.previewSummary(
                new Set(gemeindeRows.map((r) => r.key)).size,
                preview.years.map((y) => fmt(gemeindeRows.filter((r) => r.year === y).reduce((a, r) => a + r.total, 0))),
                preview.years,
              )}
            </p>
            {preview.licence ? <p className="muted">{preview.licence}</p> : null}
            {preview.replaces.length > 0 ? <p className="notice">{t.replaces(preview.replaces.join('; '))}</p> : null}
            <h4>{t.problems}</h4>
            {preview.problems.length === 0 ? (
              <p>{t.noProblems}</p>
            ) : (
              <ul className="needs-problems">
                {preview.problems.map((p, i) => (
                  <li key={i} className={p.severity === 'fehler' ? 'needs-problem-error' : undefined}>
                    <strong>{p.severity === 'fehler' ? 'Fehler' : 'Hinweis'}</strong> ({t.line(p.line)}): {p.message}
                  </li>
                ))}
              </ul>
            )}
            <DataTable label={t.previewHeading} tall columns={[t.region, 'AGS', t.colYears, t.inhabitants]}>
              {areas.map((r) => (
                <tr key={`${r.key}-${r.year}`}>
                  <th scope="row">{r.name}</th>
                  <td>{r.key}</td>
                  <td>{r.year}</td>
                  <td className="num">{fmt(r.total)}</td>
                </tr>
              ))}
            </DataTable>
            {preview.canCommit ? (
              <div className="button-row">
                <button type="button" className="button-primary" onClick={() => void start('commit')} disabled={jobId !== null}>
                  {t.commit}
                </button>
              </div>
            ) : (
              <p className="notice">{t.blocked}</p>
            )}
          </div>
        ) : null}
      </Card>
      <Card heading={t.datasets}>
        {datasets.length === 0 ? (
          <p className="empty">{t.none}</p>
        ) : (
          <DataTable label={t.datasets} columns={[t.colName, t.colKind, t.colLevel, t.colYears, t.colSource, t.colEncoding]} actions>
            {datasets.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.name}</th>
                <td>{d.kind === 'bestand' ? t.bestand : t.vorausberechnung}</td>
                <td>{d.level === 'gemeinde' ? t.levelGemeinde : t.levelKreis}</td>
                <td>{d.years.join(', ')}</td>
                <td>
                  {d.fileName}
                  {d.referenceDate ? `, Stichtag ${formatDate(d.referenceDate)}` : ''}
                  {d.stand ? `, Stand ${formatDate(d.stand)}` : ''}
                  {d.licence ? <span className="muted needs-licence"> {d.licence}</span> : null}
                </td>
                <td>{formatEncoding(d.encoding)}</td>
                <td className="actions-cell">
                  <DeleteButton label={t.delete(d.name)} onClick={() => void remove(d.id)} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Card>
    </>
  );
}
