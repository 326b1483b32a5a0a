/** Qualitative needs (need statements): list, add, edit, delete; per field or all. */
import { useEffect, useId, useState } from 'react';
import type { z } from 'zod';
import type { needStatementSchema } from '../../../shared/contract/needsSchemas';
import { ACTION_FIELDS as FIELDS } from '../../../shared/catalog';
import { errorMessage, invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TableScroll } from '../../components/TableScroll';
import { useNeeds } from './needsStore';
import { needsTexts } from './texts';

const t = needsTexts.statements;
type Statement = z.infer<typeof needStatementSchema>;
type Draft = Omit<Statement, 'id'> & { id: string | null };
const empty = (fieldId: string): Draft => ({ id: null, fieldId, title: '', description: null, gemeindeId: null, priority: 'mittel', source: null, sourceDate: null });

export function StatementsSection({ fieldId }: { fieldId: string | null }) {
  const id = useId();
  const all = useNeeds((s) => s.statements);
  const statements = fieldId ? all.filter((s) => s.fieldId === fieldId) : all;
  const [gemeinden, setGemeinden] = useState<Array<{ id: string; name: string }>>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    invoke('district.gemeinden.list', {}).then((g) => setGemeinden(g.map((x) => ({ id: x.id, name: x.name }))), () => setGemeinden([]));
  }, []);
  const names = new Map(gemeinden.map((g) => [g.id, g.name]));
  const fieldLabel = (f: string) => FIELDS.find((x) => x.id === f)?.title ?? f;

  async function save() {
    if (!draft) return;
    setError(null);
    try {
      await invoke('needs.statements.save', draft);
      showStatus(t.saved);
      setDraft(null);
      await useNeeds.getState().refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  async function remove(s: Statement) {
    try {
      await invoke('needs.statements.delete', { id: s.id });
      showStatus(t.deleted);
      await useNeeds.getState().refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.heading}</h2>
      <p>{t.intro}</p>
      {statements.length === 0 ? (
        <p className="empty">{t.none}</p>
      ) : (
        <TableScroll label={t.heading}>
          <table className="data-table">
            <caption className="visually-hidden">{t.heading}</caption>
            <thead>
              <tr>
                <th scope="col">{t.title}</th>
                {fieldId ? null : <th scope="col">{t.field}</th>}
                <th scope="col">{t.gemeinde}</th>
                <th scope="col">{t.priority}</th>
                <th scope="col">{t.source}</th>
                <th scope="col">
                  <span className="visually-hidden">Aktionen</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {statements.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    {s.title}
                    {s.description ? <span className="muted needs-licence">{s.description}</span> : null}
                  </th>
                  {fieldId ? null : <td>{fieldLabel(s.fieldId)}</td>}
                  <td>{s.gemeindeId ? (names.get(s.gemeindeId) ?? '–') : t.wholeKreis}</td>
                  <td>{t.priorities[s.priority]}</td>
                  <td>{[s.source, s.sourceDate].filter(Boolean).join(', ')}</td>
                  <td className="actions-cell">
                    <button type="button" className="link-button" aria-label={t.edit(s.title)} onClick={() => setDraft({ ...s })}>
                      Bearbeiten
                    </button>{' '}
                    <button type="button" className="link-button" aria-label={t.delete(s.title)} onClick={() => void remove(s)}>
                      Löschen
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <ErrorMessage message={error} />
      {draft ? (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-title`}>{t.title}</label>
            <input id={`${id}-title`} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-desc`}>{t.description}</label>
            <textarea id={`${id}-desc`} value={draft.description ?? ''} onChange={(e) => setDraft({ ...draft, description: e.target.value || null })} />
          </div>
          <div className="needs-inline-form">
            <div className="field field-short">
              <label htmlFor={`${id}-field`}>{t.field}</label>
              <select id={`${id}-field`} value={draft.fieldId} onChange={(e) => setDraft({ ...draft, fieldId: e.target.value })}>
                {FIELDS.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.title}
                  </option>
                ))}
              </select>
            </div>
            <div className="field field-short">
              <label htmlFor={`${id}-gem`}>{t.gemeinde}</label>
              <select id={`${id}-gem`} value={draft.gemeindeId ?? ''} onChange={(e) => setDraft({ ...draft, gemeindeId: e.target.value || null })}>
                <option value="">{t.wholeKreis}</option>
                {gemeinden.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field field-short">
              <label htmlFor={`${id}-prio`}>{t.priority}</label>
              <select id={`${id}-prio`} value={draft.priority} onChange={(e) => setDraft({ ...draft, priority: e.target.value as Draft['priority'] })}>
                <option value="hoch">{t.priorities.hoch}</option>
                <option value="mittel">{t.priorities.mittel}</option>
                <option value="niedrig">{t.priorities.niedrig}</option>
              </select>
            </div>
            <div className="field field-short">
              <label htmlFor={`${id}-src`}>{t.source}</label>
              <input id={`${id}-src`} value={draft.source ?? ''} onChange={(e) => setDraft({ ...draft, source: e.target.value || null })} />
            </div>
            <div className="field field-short">
              <label htmlFor={`${id}-date`}>{t.sourceDate}</label>
              <input id={`${id}-date`} type="date" value={draft.sourceDate ?? ''} onChange={(e) => setDraft({ ...draft, sourceDate: e.target.value || null })} />
            </div>
          </div>
          <div className="button-row">
            <button type="submit" className="button-primary">
              {t.save}
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              {t.cancel}
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <button type="button" onClick={() => setDraft(empty(fieldId ?? 'hf01'))}>
            {t.add}
          </button>
        </div>
      )}
    </section>
  );
}
