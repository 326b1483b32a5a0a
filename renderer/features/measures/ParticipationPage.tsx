/** Beteiligung: documented events, their working groups and results; ideas become measures. */
import { useId, useState, type FormEvent } from 'react';
import { fieldById } from '../../../shared/catalog';
import type { ParticipationEvent, ParticipationResultInput } from '../../../shared/contract/measuresSchemas';
import { formatDate } from '../../../shared/format';
import { EVENT_KIND_LABELS, RESULT_KINDS, RESULT_KIND_LABELS } from '../../../shared/measures/types';
import { errorMessage, invoke } from '../../api';
import { useDocumentTitle } from '../../app/focus';
import { showError, showStatus } from '../../app/statusStore';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ConfirmDelete } from './ConfirmDelete';
import { DeleteButton } from './DeleteButton';
import { EventDialog } from './EventDialog';
import { ResultDialog } from './ResultDialog';
import { InlineField, SelectField } from './InlineField';
import { useMeasures } from './measuresStore';
import { ActionFieldOptions, LabelOptions, RecordOptions } from './options';
import { PageHeading } from './PageHeading';
import { useParticipation } from './participationStore';
import { ScrollTable } from '../../components/ScrollTable';
import { participationTexts as t } from './texts';
import { usePlanReload } from '../../components/usePlanReload';
import './measures.css';

type DialogState = { kind: 'add' } | { kind: 'edit'; event: ParticipationEvent } | { kind: 'delete'; event: ParticipationEvent } | { kind: 'result'; event: ParticipationEvent; result: ParticipationEvent['results'][number] } | null;

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
      // The Handlungsfeld belongs to one result: the next one starts without, so it is not filed wrongly by accident.
      setValues((v) => ({ ...v, text: '', fieldId: null }));
      showStatus(t.addResult.added);
    } catch (err) {
      setError(errorMessage(err));
    }
    setBusy(false);
  }

  return (
    <form className="result-form" onSubmit={(e) => void submit(e)} noValidate aria-label={`${t.addResult.legend}: ${event.title}`}>
      <SelectField id={`${id}-kind`} label={t.addResult.kind} value={values.kind} onChange={(v) => setValues({ ...values, kind: v as ParticipationResultInput['kind'] })}>
        <LabelOptions values={RESULT_KINDS} labels={RESULT_KIND_LABELS} />
      </SelectField>
      <SelectField id={`${id}-field`} label={t.addResult.field} value={values.fieldId ?? ''} onChange={(v) => setValues({ ...values, fieldId: (v || null) as ParticipationResultInput['fieldId'] })}>
        <option value="">{t.addResult.noField}</option>
        <ActionFieldOptions />
      </SelectField>
      {event.groups.length > 0 ? (
        <SelectField id={`${id}-group`} label={t.addResult.group} value={values.groupId ?? ''} onChange={(v) => setValues({ ...values, groupId: v || null })}>
          <option value="">{t.addResult.noGroup}</option>
          <RecordOptions records={event.groups.map((g) => ({ id: g.id, label: g.name }))} />
        </SelectField>
      ) : null}
      <InlineField id={`${id}-text`} label={t.addResult.text} className={`result-text${error ? ' field-invalid' : ''}`}>
        {(a) => (
          <>
            <textarea
              {...a}
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
          </>
        )}
      </InlineField>
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
          <DeleteButton label={t.deleteLabel(event.title)} onClick={() => onDialog({ kind: 'delete', event })}>
            {t.delete}
          </DeleteButton>
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
        <ScrollTable label={t.resultsCaption(event.title)} columns={[t.col.kind, t.col.text, t.col.group, t.col.field, t.col.measure, { label: t.delete, hidden: true }]}>
          {event.results.map((r) => (
            <tr key={r.id}>
              <td>{RESULT_KIND_LABELS[r.kind]}</td>
              <td>{r.text}</td>
              <td>{r.groupId ? (groupName.get(r.groupId) ?? '–') : '–'}</td>
              <td>{fieldLabel(r.fieldId)}</td>
              <td>
                {r.measureId ? (
                  <a href={`#/massnahmen/${r.measureId}`}>{r.measureTitle}</a>
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
                <button type="button" className="button-small" aria-label={t.editResultLabel(r.text)} onClick={() => onDialog({ kind: 'result', event, result: r })}>
                  {t.edit}
                </button>{' '}
                <DeleteButton
                  label={t.deleteResultLabel(r.text)}
                  onClick={() =>
                    void invoke('measures.results.delete', { id: r.id })
                      .then(() => useParticipation.getState().refresh())
                      .then(() => showStatus(t.resultDeleted))
                      .catch((e: unknown) => showError(errorMessage(e)))
                  }
                >
                  {t.delete}
                </DeleteButton>
              </td>
            </tr>
          ))}
        </ScrollTable>
      )}
      <AddResultForm event={event} />
    </section>
  );
}

export function ParticipationPage() {
  const plan = usePlanReload(useParticipation.getState().refresh);
  const events = useParticipation((s) => s.events);
  const loaded = useParticipation((s) => s.loaded);
  const error = useParticipation((s) => s.error);
  const [dialog, setDialog] = useState<DialogState>(null);
  useDocumentTitle(t.pageTitle);

  if (!plan) return null;
  return (
    <div className="page">
      <PageHeading heading={t.heading} intro={t.intro} />
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
      {dialog?.kind === 'result' ? <ResultDialog event={dialog.event} result={dialog.result} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDelete
          texts={t}
          name={dialog.event.title}
          remove={async () => {
            await invoke('measures.events.delete', { id: dialog.event.id });
            await useParticipation.getState().refresh();
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}
