import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Gemeinde, PlanningArea } from '../../../shared/contract/schemas';
import { errorMessage, invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { compareValues } from '../../components/sorting';
import { useDistrict } from './districtStore';
import { districtTexts } from './texts';

const t = districtTexts.areas;

export function AreaDialog({ area, gemeinden, onClose }: { area: PlanningArea | null; gemeinden: Gemeinde[]; onClose: () => void }) {
  const id = useId();
  const [name, setName] = useState(area?.name ?? '');
  const [description, setDescription] = useState(area?.description ?? '');
  const [selected, setSelected] = useState<Set<string>>(() => new Set(area?.gemeindeIds ?? []));
  const [filter, setFilter] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [apiError, setApiError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const sorted = useMemo(() => [...gemeinden].sort((a, b) => compareValues(a.name, b.name)), [gemeinden]);
  const q = filter.trim().toLocaleLowerCase('de');
  const shown = q ? sorted.filter((g) => g.name.toLocaleLowerCase('de').includes(q) || g.ags.includes(q)) : sorted;

  function toggle(gid: string, on: boolean) {
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(gid);
      else next.delete(gid);
      return next;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    if (!name.trim()) {
      setNameError(t.nameError);
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    setBusy(true);
    // Keep only ids of Gemeinden that still exist (one may have been deleted meanwhile).
    const values = { name: name.trim(), description: description.trim(), gemeindeIds: sorted.filter((g) => selected.has(g.id)).map((g) => g.id) };
    try {
      const saved = area ? await invoke('district.areas.update', { id: area.id, values }) : await invoke('district.areas.create', values);
      await useDistrict.getState().refresh(['areas']);
      showStatus(t.saved(saved.name));
      onClose();
    } catch (e) {
      setApiError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Dialog title={area ? t.editTitle(area.name) : t.addTitle} onClose={onClose} size="large">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field id={`${id}-name`} label={t.name} error={nameError} required>
          {(a) => (
            <input
              {...a}
              type="text"
              value={name}
              maxLength={200}
              aria-required="true"
              onChange={(e) => {
                setName(e.target.value);
                setNameError(null);
              }}
            />
          )}
        </Field>
        <Field id={`${id}-desc`} label={t.description}>
          {(a) => <textarea {...a} rows={3} maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <fieldset className="checkbox-group">
          <legend>
            {t.members} <span className="muted">({t.selected(selected.size)})</span>
          </legend>
          {gemeinden.length === 0 ? (
            <p className="empty">{t.noGemeinden}</p>
          ) : (
            <>
              <div className="field field-search">
                <label htmlFor={`${id}-filter`}>{t.filter}</label>
                <input id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" />
              </div>
              <ul className="checkbox-list">
                {shown.map((g) => (
                  <li key={g.id}>
                    <input type="checkbox" id={`${id}-g-${g.id}`} checked={selected.has(g.id)} onChange={(e) => toggle(g.id, e.target.checked)} />
                    <label htmlFor={`${id}-g-${g.id}`}>
                      {g.name} <span className="muted mono">{g.ags}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </>
          )}
        </fieldset>
        <ErrorMessage message={apiError} />
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={busy}>
            {t.save}
          </button>
          <button type="button" onClick={onClose}>
            {t.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
