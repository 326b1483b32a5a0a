/** Create or edit a participation event with its working groups. */
import { useId, useState, type FormEvent } from 'react';
import type { ParticipationEvent, ParticipationEventInput } from '../../../shared/contract/measuresSchemas';
import { EVENT_KINDS, EVENT_KIND_LABELS } from '../../../shared/measures/types';
import { invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { DeleteButton } from './DeleteButton';
import { FieldSelect } from './FieldSelect';
import { FormFooter } from '../../components/FormFooter';
import { InlineField } from './InlineField';
import { LabelOptions } from './options';
import { useParticipation } from './participationStore';
import { participationTexts } from './texts';
import { useDialogForm } from '../../components/useDialogForm';
import { DateInput } from '../../components/DateInput';

const t = participationTexts.dialog;
let newKeys = 0;

interface GroupRow {
  key: string;
  id: string | null;
  name: string;
  moderators: string;
}

export function EventDialog({ event, onClose }: { event: ParticipationEvent | null; onClose: () => void }) {
  const id = useId();
  const { values, set, errors, reject, apiError, setApiError, busy, save } = useDialogForm<Omit<ParticipationEventInput, 'groups'>>(
    id,
    () =>
      event
        ? { kind: event.kind, title: event.title, eventDate: event.eventDate, place: event.place, organisations: event.organisations, notes: event.notes }
        : { kind: 'workshop', title: '', eventDate: null, place: '', organisations: '', notes: '' },
    onClose,
  );
  const [groups, setGroups] = useState<GroupRow[]>(() => (event?.groups ?? []).map((g) => ({ key: g.id, id: g.id, name: g.name, moderators: g.moderators })));
  // Not a field error: it belongs to whichever group row lacks its name.
  const [groupError, setGroupError] = useState<string | null>(null);
  const setGroup = (key: string, patch: Partial<GroupRow>) => setGroups((gs) => gs.map((g) => (g.key === key ? { ...g, ...patch } : g)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setApiError(null);
    if (reject({ title: values.title.trim() ? '' : t.titleError })) return;
    const emptyGroup = groups.findIndex((g) => !g.name.trim());
    if (emptyGroup >= 0) {
      setGroupError(t.groupNameError);
      document.getElementById(`${id}-g${emptyGroup}`)?.focus();
      return;
    }
    const input: ParticipationEventInput = { ...values, title: values.title.trim(), groups: groups.map((g) => ({ id: g.id, name: g.name.trim(), moderators: g.moderators.trim() })) };
    await save(async () => {
      const saved = event ? await invoke('measures.events.update', { id: event.id, values: input }) : await invoke('measures.events.create', input);
      await useParticipation.getState().refresh();
      showStatus(participationTexts.saved(saved.title));
    });
  }

  return (
    <Dialog title={event ? t.editTitle(event.title) : t.addTitle} onClose={onClose} size="large">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field-row">
          <FieldSelect id={`${id}-kind`} label={t.kind} value={values.kind} onChange={(v) => set('kind', v as ParticipationEventInput['kind'])}>
            <LabelOptions values={EVENT_KINDS} labels={EVENT_KIND_LABELS} />
          </FieldSelect>
          <Field id={`${id}-date`} label={t.date}>
            {(a) => <DateInput {...a} value={values.eventDate} onChange={(v) => set('eventDate', v)} />}
          </Field>
        </div>
        <Field id={`${id}-title`} label={t.title} error={errors.title} required>
          {(a) => <input {...a} type="text" value={values.title} maxLength={300} aria-required="true" onChange={(e) => set('title', e.target.value)} />}
        </Field>
        <Field id={`${id}-place`} label={t.place}>
          {(a) => <input {...a} type="text" value={values.place} maxLength={300} onChange={(e) => set('place', e.target.value)} />}
        </Field>
        <Field id={`${id}-orgs`} label={t.organisations}>
          {(a) => <textarea {...a} rows={4} value={values.organisations} maxLength={5000} onChange={(e) => set('organisations', e.target.value)} />}
        </Field>
        <fieldset className="checkbox-group">
          <legend>{t.groups}</legend>
          {groups.map((g, i) => (
            <div key={g.key} className="group-row">
              <InlineField id={`${id}-g${i}`} label={t.groupName(i + 1)}>
                {(a) => <input {...a} type="text" value={g.name} maxLength={300} onChange={(e) => (setGroup(g.key, { name: e.target.value }), setGroupError(null))} />}
              </InlineField>
              <InlineField id={`${id}-m${i}`} label={t.groupModerators(i + 1)}>
                {(a) => <input {...a} type="text" value={g.moderators} maxLength={500} onChange={(e) => setGroup(g.key, { moderators: e.target.value })} />}
              </InlineField>
              <DeleteButton label={t.removeGroup(i + 1)} onClick={() => setGroups((gs) => gs.filter((x) => x.key !== g.key))}>
                {t.remove}
              </DeleteButton>
            </div>
          ))}
          {groupError ? <p className="field-error">{groupError}</p> : null}
          <button type="button" className="button-small" onClick={() => setGroups((gs) => [...gs, { key: `new-${++newKeys}`, id: null, name: '', moderators: '' }])}>
            {t.addGroup}
          </button>
        </fieldset>
        <Field id={`${id}-notes`} label={t.notes}>
          {(a) => <textarea {...a} rows={3} value={values.notes} maxLength={10000} onChange={(e) => set('notes', e.target.value)} />}
        </Field>
        <FormFooter error={apiError} busy={busy} save={t.save} cancel={t.cancel} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
