/**
 * Import of Gemeinden from a GENESIS table or a GeoJSON of boundaries: choose the file, see
 * what would change (preview), then take it over. Nothing is written before "übernehmen".
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ImportPreview } from '../../../shared/contract/schemas';
import { errorMessage, invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FilePicker } from '../../components/FilePicker';
import { fileToBase64 } from './base64';
import { useDistrict } from './districtStore';
import { ImportPreviewView } from './ImportPreviewView';
import { districtTexts } from './texts';

const t = districtTexts.import;
type Format = 'genesis' | 'geojson';
type Result = { inserted: number; updated: number; unchanged: number; areas?: number | undefined };

export function ImportDialog({ kreisKey, onClose }: { kreisKey: string; onClose: () => void }) {
  const id = useId();
  const [format, setFormat] = useState<Format>('genesis');
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [chosenKreis, setChosenKreis] = useState('');
  // Samt-/Verbandsgemeinden of the table become Planungsbereiche unless the planner says no.
  const [createAreas, setCreateAreas] = useState(true);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const request = useRef(0);
  const doneRef = useRef<HTMLButtonElement>(null);

  // The form (and the focused button) is replaced by the summary; keep focus in the dialog.
  useEffect(() => {
    if (result) doneRef.current?.focus();
  }, [result]);

  const planKreis = kreisKey || null;

  async function runPreview(next: { format: Format; file: { name: string; base64: string }; kreis: string | null }) {
    const mine = ++request.current;
    setBusy(t.checking);
    setError(null);
    try {
      const p = await invoke('district.import.preview', {
        format: next.format,
        fileName: next.file.name,
        contentBase64: next.file.base64,
        kreisKey: next.kreis,
      });
      if (mine === request.current) setPreview(p);
    } catch (e) {
      if (mine === request.current) {
        setPreview(null);
        setError(errorMessage(e));
      }
    } finally {
      if (mine === request.current) setBusy(null);
    }
  }

  async function onFile(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    setPreview(null);
    setResult(null);
    setChosenKreis('');
    if (!chosen) {
      setFile(null);
      return;
    }
    setBusy(t.reading);
    setError(null);
    let base64: string;
    try {
      base64 = await fileToBase64(chosen);
    } catch {
      setBusy(null);
      setError(t.readError);
      return;
    }
    const f = { name: chosen.name, base64 };
    setFile(f);
    await runPreview({ format, file: f, kreis: planKreis });
  }

  async function commit() {
    if (!file || !preview) return;
    setBusy(t.committing);
    setError(null);
    try {
      const r = await invoke('district.import.commit', {
        format,
        fileName: file.name,
        contentBase64: file.base64,
        kreisKey: planKreis ?? (chosenKreis || preview.kreisKey),
        createAreas: createAreas && preview.areas.some((a) => !a.exists),
      });
      setResult(r);
      await useDistrict.getState().refresh();
      showStatus(`${t.done}: ${t.summary(r.inserted, r.updated, r.unchanged)}${r.areas ? ` ${t.areasCreated(r.areas)}` : ''}`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  const needsKreis = preview !== null && !planKreis && preview.kreise.length > 1;
  const rowsToTake = preview?.rows.length ?? 0;

  return (
    <Dialog title={t.title} onClose={onClose} size="large">
      {result ? (
        <div className="import-result">
          <p role="status" className="success-message">
            <strong>{t.done}:</strong> {t.summary(result.inserted, result.updated, result.unchanged)}
          </p>
          <div className="button-row">
            <button ref={doneRef} type="button" className="button-primary" onClick={onClose}>
              {t.close}
            </button>
          </div>
        </div>
      ) : (
        <div className="form">
          <fieldset className="radio-group">
            <legend>{t.format}</legend>
            {(['genesis', 'geojson'] as const).map((f) => (
              <div key={f} className="radio">
                <input
                  type="radio"
                  id={`${id}-${f}`}
                  name={`${id}-format`}
                  value={f}
                  checked={format === f}
                  aria-describedby={`${id}-${f}-hint`}
                  onChange={() => {
                    setFormat(f);
                    if (file) void runPreview({ format: f, file, kreis: planKreis ?? (chosenKreis || null) });
                  }}
                />
                <label htmlFor={`${id}-${f}`}>{t.formats[f]}</label>
                <p id={`${id}-${f}-hint`} className="field-hint">
                  {t.formatHints[f]}
                </p>
              </div>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-file`}>{t.file}</label>
            <FilePicker
              id={`${id}-file`}
              chosen={file ? [file.name] : null}
              accept={format === 'genesis' ? '.csv,.txt,text/csv' : '.geojson,.json,application/geo+json,application/json'}
              onChange={(input) => void onFile(input)}
            />
          </div>
          {needsKreis ? (
            <div className="field field-short">
              <label htmlFor={`${id}-kreis`}>{t.chooseKreis}</label>
              <select
                id={`${id}-kreis`}
                value={chosenKreis}
                aria-describedby={`${id}-kreis-hint`}
                onChange={(e) => {
                  const key = e.target.value;
                  setChosenKreis(key);
                  if (file) void runPreview({ format, file, kreis: key || null });
                }}
              >
                <option value="">{t.chooseKreisPlaceholder}</option>
                {preview.kreise.map((k) => (
                  <option key={k.key} value={k.key}>
                    {t.kreisOption(k.name, k.key, k.count)}
                  </option>
                ))}
              </select>
              <p id={`${id}-kreis-hint`} className="field-hint">
                {t.chooseKreisHint}
              </p>
            </div>
          ) : null}
          <p className="busy" role="status">
            {busy ?? ''}
          </p>
          <ErrorMessage message={error} />
          {preview ? <ImportPreviewView preview={preview} /> : null}
          {preview && preview.areas.some((a) => !a.exists) ? (
            <div className="check-row">
              <input id={`${id}-areas`} type="checkbox" checked={createAreas} onChange={(e) => setCreateAreas(e.target.checked)} aria-describedby={`${id}-areas-hint`} />
              <label htmlFor={`${id}-areas`}>{t.createAreas(preview.areas.filter((a) => !a.exists).length)}</label>
              <p id={`${id}-areas-hint`} className="field-hint">
                {preview.areas
                  .filter((a) => !a.exists)
                  .map((a) => t.areaItem(a.name, a.members))
                  .join('; ')}
              </p>
            </div>
          ) : null}
          {preview && !preview.canCommit ? <p className="field-error">{t.cannotCommit}</p> : null}
          <div className="button-row">
            <button type="button" className="button-primary" disabled={!preview?.canCommit || busy !== null} onClick={() => void commit()}>
              {t.commit(rowsToTake)}
            </button>
            <button type="button" onClick={onClose}>
              {t.cancel}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
