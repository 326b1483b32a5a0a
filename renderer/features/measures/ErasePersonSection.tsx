/**
 * „Personenbezogene Daten löschen“ for a person named in the measures (Verantwortliche,
 * Moderation; DSGVO Art. 17): the planner types the name, is asked once, and the host empties
 * every text naming them, history included. Beside the measures, because that is where the
 * names were typed.
 */
import { useId, useState, type FormEvent } from 'react';
import { invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { useMeasures } from './measuresStore';
import { eraseTexts as t } from './texts';

export function ErasePersonSection() {
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);

  function ask(event: FormEvent) {
    event.preventDefault();
    if (name.trim().length < 2) {
      setError(t.tooShort);
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    setAsking(true);
  }

  async function erase() {
    const result = await invoke('privacy.erasePersonInMeasures', { name: name.trim() });
    showStatus(t.done(result.erased));
    setName('');
    await useMeasures.getState().refresh();
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.heading}</h2>
      <p>{t.intro}</p>
      <form className="form" onSubmit={ask} noValidate>
        <Field id={`${id}-name`} label={t.name} error={error}>
          {(a11y) => (
            <input
              {...a11y}
              type="text"
              value={name}
              autoComplete="off"
              onChange={(e) => {
                setName(e.target.value);
                setError(null);
              }}
            />
          )}
        </Field>
        <div className="button-row">
          <button type="submit" className="button-danger">
            {t.button}
          </button>
        </div>
      </form>
      {asking ? <ConfirmDialog title={t.title} message={t.question(name.trim())} confirmLabel={t.confirm} onConfirm={erase} onClose={() => setAsking(false)} /> : null}
    </section>
  );
}
