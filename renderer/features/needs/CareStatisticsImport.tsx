/**
 * Pflegestatistik import (22411-02-03-4, 22411-01-01-4): choose a file, check it, see the
 * preview with its problems, then take it over (all or nothing). Lists the imported tables.
 */
import { useId, useState } from 'react';
import type { CareStatisticPreview } from '../../../shared/contract/needsSchemas';
import { CARE_MEASURES, type CareMeasure } from '../../../shared/needs/careStatistics';
import { formatDate, formatEncoding } from '../../../shared/format';
import { invoke } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FilePicker } from '../../components/FilePicker';
import { fileToBase64 } from '../district/base64';
import { Card } from './Card';
import { DataTable } from './DataTable';
import { DeleteButton } from './DeleteButton';
import { fmt } from './format';
import { FormRow, submitTo } from './FormRow';
import { useNeeds } from './needsStore';
import { needsTexts } from './texts';
import { useNeedsChange } from './useNeedsChange';

const t = needsTexts.careStatistics;

export function CareStatisticsImport() {
  const id = useId();
  const datasets = useNeeds((s) => s.careStatistics?.datasets ?? []);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<CareStatisticPreview | null>(null);
  const { error, setError, run, runDelete } = useNeedsChange();

  async function onFile(input: HTMLInputElement) {
    setPreview(null);
    setError(null);
    const chosen = input.files?.[0];
    setFile(chosen ? { name: chosen.name, base64: await fileToBase64(chosen) } : null);
  }
  const check = () =>
    run(async () => {
      const p = await invoke('needs.careStatistics.preview', { fileName: file!.name, contentBase64: file!.base64 });
      setPreview(p);
      return p.canCommit ? t.noProblems : t.blocked;
    });
  const commit = () =>
    run(async () => {
      const r = await invoke('needs.careStatistics.commit', { fileName: file!.name, contentBase64: file!.base64 });
      setPreview(null);
      setFile(null);
      return t.committed(r.rows, r.years.join(', '));
    });
  const measures = preview ? ([...new Set(preview.rows.flatMap((r) => Object.keys(r.values)))] as CareMeasure[]) : [];

  return (
    <>
      <Card heading={t.heading}>
        <p>{t.intro}</p>
        <form className="form needs-import" onSubmit={submitTo(check)}>
          <FormRow id={`${id}-file`} label={t.file}>
            <FilePicker id={`${id}-file`} accept=".csv,.txt,text/csv" chosen={file ? [file.name] : null} onChange={(input) => void onFile(input)} />
          </FormRow>
          <div className="button-row">
            <button type="submit" disabled={!file}>
              {t.check}
            </button>
          </div>
        </form>
        <ErrorMessage message={error} />
        {preview ? (
          <div className="needs-preview">
            <h3>{t.previewHeading}</h3>
            <p>
              {[preview.kind ? t.kinds[preview.kind] : preview.tableCode, preview.referenceDates.map(formatDate).join(', '), preview.stand ? `Stand ${formatDate(preview.stand)}` : null, formatEncoding(preview.encoding)].filter(Boolean).join(' · ')}
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
                    <strong>{p.severity === 'fehler' ? 'Fehler' : 'Hinweis'}</strong>: {p.message}
                  </li>
                ))}
              </ul>
            )}
            <DataTable label={t.previewHeading} tall columns={[t.region, t.year, t.sex, ...measures.map((m) => CARE_MEASURES[m])]}>
              {preview.rows.map((r) => (
                <tr key={`${r.regionKey}-${r.year}-${r.sex}`}>
                  <th scope="row">
                    {t.regionLabel(r.regionName, r.level)}
                  </th>
                  <td>{r.year}</td>
                  <td>{t.sexes[r.sex]}</td>
                  {measures.map((m) => (
                    <td key={m} className="num">
                      {r.values[m] === null || r.values[m] === undefined ? '–' : fmt(r.values[m]!)}
                    </td>
                  ))}
                </tr>
              ))}
            </DataTable>
            {preview.canCommit ? (
              <div className="button-row">
                <button type="button" className="button-primary" onClick={() => void commit()}>
                  {t.commit}
                </button>
              </div>
            ) : (
              <p className="notice">{t.blocked}</p>
            )}
          </div>
        ) : null}
      </Card>
      <Card heading={t.imported}>
        {datasets.length === 0 ? (
          <p className="empty">{t.none}</p>
        ) : (
          <DataTable label={t.imported} columns={['Tabelle', 'Datei', t.year, 'Quelle']} actions>
            {datasets.map((d) => (
              <tr key={d.id}>
                <th scope="row">{t.kinds[d.kind]}</th>
                <td>{d.fileName}</td>
                <td>{d.referenceDate ? formatDate(d.referenceDate) : '–'}</td>
                <td>
                  {d.stand ? `Stand ${formatDate(d.stand)} ` : ''}
                  {d.licence ? <span className="muted needs-licence">{d.licence}</span> : null}
                </td>
                <td className="actions-cell">
                  <DeleteButton label={t.delete(d.tableCode)} onClick={() => void runDelete(() => invoke('needs.careStatistics.delete', { id: d.id }), t.deleted)} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Card>
    </>
  );
}
