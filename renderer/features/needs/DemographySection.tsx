/**
 * The official tables the cohort model needs besides the population: deaths, births, migration
 * and the Kreis's single years. Several files at once; only Germany, the Land, the Kreis and its
 * Gemeinden are kept. Lists what is imported, with its Stichtag and Stand.
 */
import { useEffect, useId, useState } from 'react';
import type { z } from 'zod';
import type { demographyDatasetSchema } from '../../../shared/contract/needsSchemas';
import { formatDate } from '../../../shared/format';
import { errorMessage, invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FilePicker } from '../../components/FilePicker';
import { fileToBase64 } from '../district/base64';
import { Card } from './Card';
import { DataTable } from './DataTable';
import { FormRow, submitTo } from './FormRow';
import { useNeeds } from './needsStore';
import { needsTexts } from './texts';

const t = needsTexts.demography;
type Dataset = z.infer<typeof demographyDatasetSchema>;

export function DemographySection() {
  const id = useId();
  const [datasets, setDatasets] = useState<Dataset[]>([]);
  const [files, setFiles] = useState<File[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const analysis = useNeeds((s) => s.analysis);

  useEffect(() => {
    invoke('needs.demography.list', {}).then(setDatasets, (e: unknown) => setError(errorMessage(e)));
  }, [analysis]);

  async function importFiles() {
    if (!files || files.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const payload = await Promise.all(files.map(async (f) => ({ fileName: f.name, contentBase64: await fileToBase64(f) })));
      const r = await invoke('needs.demography.import', { files: payload });
      showStatus(t.imported(r.tables.map((x) => x.code).join(', '), r.ignored));
      setFiles(null);
      await useNeeds.getState().refresh();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card heading={t.heading}>
      <p>{t.intro}</p>
      <form className="form needs-import" onSubmit={submitTo(importFiles)}>
        <FormRow id={`${id}-files`} label={t.files}>
          <FilePicker id={`${id}-files`} multiple accept=".csv,.txt,text/csv" chosen={files?.map((f) => f.name) ?? null}
            // A copy: the input's own FileList is emptied when the chooser opens again.
            onChange={(input) => setFiles(input.files ? [...input.files] : null)} />
        </FormRow>
        <div className="button-row">
          <button type="submit" disabled={!files || files.length === 0 || busy}>
            {busy ? t.importing : t.import}
          </button>
        </div>
      </form>
      <ErrorMessage message={error} />
      {datasets.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <DataTable label={t.heading} columns={[t.colTable, t.colReference, t.colFile]}>
          {datasets.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                {d.tableCode} – {d.label}
              </th>
              <td>{[d.reference, d.stand ? `Stand ${formatDate(d.stand)}` : null].filter(Boolean).join(', ')}</td>
              <td>{d.fileName}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Card>
  );
}
