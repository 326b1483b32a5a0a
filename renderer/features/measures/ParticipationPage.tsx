/** Beteiligung: documented events, their working groups and results; ideas become measures. */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { ACTION_FIELDS, fieldById } from '../../../shared/catalog';
import type { ParticipationEvent, ParticipationResultInput } from '../../../shared/contract/measuresSchemas';
import { formatDate } from '../../../shared/format';
import { EVENT_KIND_LABELS, RESULT_KINDS, RESULT_KIND_LABELS } from '../../../shared/measures/types';
import { errorMessage, invoke } from '../../api';
import { PAGE_HEADING_ID, useDocumentTitle } from '../../app/focus';
import { usePlan } from '../../app/planStore';
import { showError, showStatus } from '../../app/statusStore';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TableScroll } from '../../components/TableScroll';
import { EventDialog } from './EventDialog';
import { useMeasures } from './measuresStore';
import { useParticipation } from './participationStore';
import { participationTexts as t } from './texts';
import './measures.css';

type DialogState = { kind: 'add' } | { kind: 'edit'; event: ParticipationEvent } | { kind: 'delete'; event: ParticipationEvent } | null;

const fieldLabel = (fieldId: string | null) => {
  const f = fieldId ? fieldById(fieldId) : undefined;
  return f ? `${f.number}. ${f.shortTitle}` : '–';
};

function AddResultForm({ event }: { event: ParticipationEvent }) {
  const id = useId();
  const [values, setValues] = useState<ParticipationResultInput>({ groupId: null, kind: 'idee', text: '', fieldId: null });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!values.text.trim()) {
      setError(t.addResult.textError);
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await invoke('measures.results.add', { eventId: event.id, values: { ...values, text: values.text.trim() } });
      await useParticipation.getState().refresh();
      setValues((v) => ({ ...v, text: '' }));
      showStatus(t.addResult.added);
    } catch (err) {
      setError(errorMessage(err));
    }
    setBusy(false);
  }

  return (
    <form className="result-form" onSubmit={(e) => void submit(e)} noValidate aria-label={`${t.addResult.legend}: ${event.title}`}>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t.addResult.kind}</label>
        <select id={`${id}-kind`} value={values.kind} onChange={(e) => setValues({ ...values, kind: e.target.value as ParticipationResultInput['kind'] })}>
          {RESULT_KINDS.map((k) => (
            <option key={k} value={k}>
              {RESULT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-field`}>{t.addResult.field}</label>
        <select id={`${id}-field`} value={values.fieldId ?? ''} onChange={(e) => setValues({ ...values, fieldId: (e.target.value || null) as ParticipationResultInput['fieldId'] })}>
          <option value="">{t.addResult.noField}</option>
          {ACTION_FIELDS.map((f) => (
            <option key={f.id} value={f.id}>
              {f.number}. {f.shortTitle}
            </option>
          ))}
        </select>
      </div>
      {event.groups.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-group`}>{t.addResult.group}</label>
          <select id={`${id}-group`} value={values.groupId ?? ''} onChange={(e) => setValues({ ...values, groupId: e.target.value || null })}>
            <option value="">{t.addResult.noGroup}</option>
            {event.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className={`field result-text${error ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-text`}>{t.addResult.text}</label>
        <textarea
          id={`${id}-text`}
          rows={2}
          maxLength={2000}
          value={values.text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
          onChange={(e) => (setValues({ ...values, text: e.target.value }), setError(null))}
        />
        {error ? (
          <p id={`${id}-err`} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button-small" disabled={busy}>
        {t.addResult.submit}
      </button>
    </form>
  );
}

async function toMeasure(resultId: string) {
  try {
    const created = await invoke('measures.results.toMeasure', { id: resultId });
    await Promise.all([useParticipation.getState().refresh(), useMeasures.getState().refresh()]);
    showStatus(t.measureCreated(created.measure.title));
  } catch (e) {
    showError(errorMessage(e));
  }
}

function EventCard({ event, onDialog }: { event: ParticipationEvent; onDialog: (d: DialogState) => void }) {
  const headingId = useId();
  const groupName = new Map(event.groups.map((g) => [g.id, g.name]));
  const orgs = event.organisations.split('\n').map((o) => o.trim()).filter(Boolean);
  return (
    <section className="card event-card" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>
          {event.title} <span className="badge">{EVENT_KIND_LABELS[event.kind]}</span>
        </h2>
        <div className="row-actions">
          <button type="button" className="button-small" aria-label={t.editLabel(event.title)} onClick={() => onDialog({ kind: 'edit', event })}>
            {t.edit}
          </button>
          <button type="button" className="button-small button-danger-quiet" aria-label={t.deleteLabel(event.title)} onClick={() => onDialog({ kind: 'delete', event })}>
            {t.delete}
          </button>
        </div>
      </div>
      <dl className="event-meta">
        <dt>{t.date}</dt>
        <dd>{event.eventDate ? formatDate(event.eventDate) : '–'}</dd>
        <dt>{t.place}</dt>
        <dd>{event.place || '–'}</dd>
        <dt>{t.organisations}</dt>
        <dd>{orgs.length > 0 ? orgs.join(', ') : '–'}</dd>
        <dt>{t.groups}</dt>
        <dd>{event.groups.length > 0 ? event.groups.map((g) => `${g.name}${g.moderators ? ` (${t.moderation}: ${g.moderators})` : ''}`).join('; ') : t.noGroups}</dd>
      </dl>
      {event.results.length === 0 ? (
        <p className="empty">{t.noResults}</p>
      ) : (
        <TableScroll label={t.resultsCaption(event.title)}>
          <table>
            <caption>{t.resultsCaption(event.title)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.col.kind}</th>
                <th scope="col">{t.col.text}</th>
                <th scope="col">{t.col.group}</th>
                <th scope="col">{t.col.field}</th>
                <th scope="col">{t.col.measure}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.delete}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {event.results.map((r) => (
                <tr key={r.id}>
                  <td>{RESULT_KIND_LABELS[r.kind]}</td>
                  <td>{r.text}</td>
                  <td>{r.groupId ? (groupName.get(r.groupId) ?? '–') : '–'}</td>
                  <td>{fieldLabel(r.fieldId)}</td>
                  <td>
                    {r.measureId ? (
                      <a href="#/massnahmen">{r.measureTitle}</a>
                    ) : r.kind === 'idee' ? (
                      r.fieldId ? (
                        <button type="button" className="button-small" aria-label={t.toMeasureLabel(r.text)} onClick={() => void toMeasure(r.id)}>
                          {t.toMeasure}
                        </button>
                      ) : (
                        <span className="muted">{t.needsField}</span>
                      )
                    ) : null}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button-small button-danger-quiet"
                      aria-label={t.deleteResultLabel(r.text)}
                      onClick={() =>
                        void invoke('measures.results.delete', { id: r.id })
                          .then(() => useParticipation.getState().refresh())
                          .then(() => showStatus(t.resultDeleted))
                          .catch((e: unknown) => showError(errorMessage(e)))
                      }
                    >
                      {t.delete}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <AddResultForm event={event} />
    </section>
  );
}

export function ParticipationPage() {
  const plan = usePlan((s) => s.current);
  const events = useParticipation((s) => s.events);
  const loaded = useParticipation((s) => s.loaded);
  const error = useParticipation((s) => s.error);
  const [dialog, setDialog] = useState<DialogState>(null);
  useDocumentTitle(t.pageTitle);
  const planKey = plan ? `${plan.path}|${plan.meta.id}` : '';
  useEffect(() => {
    void useParticipation.getState().refresh();
  }, [planKey]);

  if (!plan) return null;
  return (
    <div className="page">
      <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
        {t.heading}
      </h1>
      <p className="lead">{t.intro}</p>
      {plan.isSample ? <p className="notice notice-sample">Beispiel: Veranstaltungen, Arbeitsgruppen und Namen in diesem Beispielplan sind erfunden.</p> : null}
      <div className="button-row">
        <button type="button" className="button-primary" onClick={() => setDialog({ kind: 'add' })}>
          {t.add}
        </button>
      </div>
      <ErrorMessage message={error ? `${t.loadError} ${error}` : null} />
      {loaded && events.length === 0 ? <p className="empty">{t.empty}</p> : null}
      {events.map((e) => (
        <EventCard key={e.id} event={e} onDialog={setDialog} />
      ))}
      {dialog?.kind === 'add' ? <EventDialog event={null} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'edit' ? <EventDialog event={dialog.event} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title={t.confirmTitle}
          message={t.confirmText(dialog.event.title)}
          confirmLabel={t.delete}
          fallbackFocusId={PAGE_HEADING_ID}
          onConfirm={async () => {
            await invoke('measures.events.delete', { id: dialog.event.id });
            await useParticipation.getState().refresh();
            showStatus(t.deleted(dialog.event.title));
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}
