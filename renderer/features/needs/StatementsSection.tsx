/** Qualitative needs (need statements): list, add, edit, delete; per field or all. */
import { type FieldId, isFieldId } from '../../../shared/catalog/fieldId';
import { useCallback, useId, useState } from 'react';
import type { z } from 'zod';
import type { needStatementSchema } from '../../../shared/contract/needsSchemas';
import { ACTION_FIELDS as FIELDS } from '../../../shared/catalog';
import { invoke } from '../../api';
import { DateInput } from '../../components/DateInput';
import { byName } from '../../components/sorting';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Card } from './Card';
import { DataTable } from './DataTable';
import { DeleteButton } from './DeleteButton';
import { AddButton, DraftForm } from './DraftForm';
import { SelectRow, TextRow, FormRow } from './FormRow';
import { useNeeds } from './needsStore';
import { needsTexts } from './texts';
import { useNeedsChange } from './useNeedsChange';
import { usePlanReload } from '../../components/usePlanReload';

const t = needsTexts.statements;
type Statement = z.infer<typeof needStatementSchema>;
type Draft = Omit<Statement, 'id'> & { id: string | null };
const empty = (fieldId: FieldId): Draft => ({ id: null, fieldId, title: '', description: null, gemeindeId: null, priority: 'mittel', source: null, sourceDate: null });

export function StatementsSection({ fieldId }: { fieldId: FieldId | null }) {
  const all = useNeeds((s) => s.statements);
  const statements = fieldId ? all.filter((s) => s.fieldId === fieldId) : all;
  const [gemeinden, setGemeinden] = useState<Array<{ id: string; name: string }>>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const { error, run, runDelete } = useNeedsChange();
  const loadGemeinden = useCallback(() => invoke('district.gemeinden.list', {}).then((g) => setGemeinden(byName(g.map((x) => ({ id: x.id, name: x.name })))), () => setGemeinden([])), []);
  usePlanReload(loadGemeinden);
  const names = new Map(gemeinden.map((g) => [g.id, g.name]));
  const fieldLabel = (f: string) => FIELDS.find((x) => x.id === f)?.title ?? f;

  const save = (d: Draft) =>
    run(async () => {
      await invoke('needs.statements.save', d);
      setDraft(null);
      return t.saved;
    });
  const remove = (s: Statement) => runDelete(() => invoke('needs.statements.delete', { id: s.id }), t.deleted);

  return (
    <Card heading={t.heading}>
      <p>{t.intro}</p>
      {statements.length === 0 ? (
        <p className="empty">{t.none}</p>
      ) : (
        <DataTable label={t.heading} columns={[t.title, ...(fieldId ? [] : [t.field]), t.gemeinde, t.priority, t.source]} actions>
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
                <DeleteButton label={t.delete(s.title)} onClick={() => void remove(s)} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <ErrorMessage message={error} />
      {draft ? <StatementForm draft={draft} gemeinden={gemeinden} onChange={setDraft} onSave={() => save(draft)} onCancel={() => setDraft(null)} /> : <AddButton label={t.add} onClick={() => setDraft(empty(fieldId ?? 'hf01'))} />}
    </Card>
  );
}

interface StatementFormProps {
  draft: Draft;
  gemeinden: Array<{ id: string; name: string }>;
  onChange: (draft: Draft) => void;
  onSave: () => Promise<void>;
  onCancel: () => void;
}

function StatementForm({ draft, gemeinden, onChange, onSave, onCancel }: StatementFormProps) {
  const id = useId();
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  return (
    <DraftForm saveLabel={t.save} onSave={onSave} onCancel={onCancel}>
      <TextRow id={`${id}-title`} label={t.title} value={draft.title} onChange={(title) => set({ title })} />
      <FormRow id={`${id}-desc`} label={t.description}>
        <textarea id={`${id}-desc`} value={draft.description ?? ''} onChange={(e) => set({ description: e.target.value || null })} />
      </FormRow>
      <div className="needs-inline-form">
        <SelectRow id={`${id}-field`} label={t.field} short value={draft.fieldId} onChange={(fieldId) => isFieldId(fieldId) && set({ fieldId })}>
          {FIELDS.map((f) => (
            <option key={f.id} value={f.id}>
              {f.title}
            </option>
          ))}
        </SelectRow>
        <SelectRow id={`${id}-gem`} label={t.gemeinde} short value={draft.gemeindeId ?? ''} onChange={(v) => set({ gemeindeId: v || null })}>
          <option value="">{t.wholeKreis}</option>
          {gemeinden.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </SelectRow>
        <SelectRow id={`${id}-prio`} label={t.priority} short value={draft.priority} onChange={(v) => set({ priority: v as Draft['priority'] })}>
          <option value="hoch">{t.priorities.hoch}</option>
          <option value="mittel">{t.priorities.mittel}</option>
          <option value="niedrig">{t.priorities.niedrig}</option>
        </SelectRow>
        <TextRow id={`${id}-src`} label={t.source} short value={draft.source ?? ''} onChange={(v) => set({ source: v || null })} />
        <FormRow id={`${id}-date`} label={t.sourceDate} short>
          <DateInput id={`${id}-date`} value={draft.sourceDate} onChange={(sourceDate) => set({ sourceDate })} />
        </FormRow>
      </div>
    </DraftForm>
  );
}
