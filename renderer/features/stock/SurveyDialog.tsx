/** Erfassungsbogen: a blank or prefilled XLSX for providers or municipalities to fill in. */
import { useId, useState } from 'react';
import type { RegisterDef } from '../../../shared/stock/registers';
import { errorMessage, invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { downloadBase64 } from '../../components/download';
import { useStock } from './stockStore';
import { stockTexts } from './texts';
import { GemeindeSelect } from './GemeindeSelect';

const t = stockTexts.survey;

export function SurveyDialog({ def, onClose }: { def: RegisterDef; onClose: () => void }) {
  const id = useId();
  const gemeinden = useStock((s) => s.gemeinden);
  const [prefilled, setPrefilled] = useState(false);
  const [gemeindeId, setGemeindeId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const canFilterGemeinde = Boolean(def.gemeindeKey ?? def.gemeindeListKey);

  async function create() {
    setBusy(true);
    setError(null);
    try {
      const file = await invoke('stock.survey', { register: def.id, prefilled, gemeindeId: prefilled && gemeindeId ? gemeindeId : null });
      downloadBase64(file.fileName, file.mimeType, file.contentBase64);
      showStatus(stockTexts.table.exported(file.fileName));
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Dialog title={`${t.title}: ${def.label}`} description={t.description} onClose={onClose}>
      <div className="form">
        <fieldset className="radio-group">
          <legend>{t.kind}</legend>
          {[false, true].map((value) => (
            <div key={String(value)} className="radio">
              <input type="radio" id={`${id}-${value}`} name={`${id}-kind`} checked={prefilled === value} onChange={() => setPrefilled(value)} />
              <label htmlFor={`${id}-${value}`}>{value ? t.prefilled : t.blank}</label>
            </div>
          ))}
        </fieldset>
        {prefilled && canFilterGemeinde ? (
          <GemeindeSelect id={`${id}-gem`} label={t.gemeinde} allLabel={t.allGemeinden} gemeinden={gemeinden} value={gemeindeId} onChange={setGemeindeId} />
        ) : null}
        <ErrorMessage message={error} />
        <div className="button-row">
          <button type="button" className="button-primary" disabled={busy} onClick={() => void create()}>
            {t.create}
          </button>
          <button type="button" onClick={onClose}>
            {t.cancel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
