import { useState } from 'react';
import type { PlanSummary } from '../../../shared/contract/schemas';
import { formatDate } from '../../../shared/format';
import { invoke } from '../../api';
import { usePlan } from '../../app/planStore';
import { showStatus } from '../../app/statusStore';
import { Dialog } from '../../components/Dialog';
import { metaValuesFrom } from '../plan/metaForm';
import { PlanMetaForm } from '../plan/PlanMetaForm';
import { districtTexts } from './texts';

const t = districtTexts.meta;

export function MetaCard({ plan }: { plan: PlanSummary }) {
  const [editing, setEditing] = useState(false);
  const m = plan.meta;
  const period = m.periodFrom || m.periodTo ? `${m.periodFrom ?? '…'}–${m.periodTo ?? '…'}` : t.none;
  const rows: [string, string][] = [
    [t.title, m.title || t.none],
    [t.district, m.districtName || t.none],
    [t.kreisKey, m.kreisKey || t.none],
    [t.period, period],
    [t.organisation, m.organisation || t.none],
    [t.author, m.author || t.none],
    [t.file, plan.path],
    [t.updatedAt, m.updatedAt ? formatDate(m.updatedAt) : t.none],
  ];
  return (
    <section className="card" aria-labelledby="meta-heading">
      <div className="section-head">
        <h2 id="meta-heading">{t.heading}</h2>
        <button type="button" onClick={() => setEditing(true)} aria-label={t.editLabel}>
          {t.edit}
        </button>
      </div>
      <dl className="meta-list">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className={label === t.file ? 'file-path' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
      {editing ? (
        <Dialog title={t.dialogTitle} onClose={() => setEditing(false)}>
          <PlanMetaForm
            initial={metaValuesFrom(m)}
            submitLabel={t.save}
            onCancel={() => setEditing(false)}
            onSubmit={async (meta) => {
              usePlan.getState().setCurrent(await invoke('plan.updateMeta', meta));
              setEditing(false);
              showStatus(t.saved);
            }}
          />
        </Dialog>
      ) : null}
    </section>
  );
}
