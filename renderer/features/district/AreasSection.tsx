import { useState } from 'react';
import type { PlanningArea } from '../../../shared/contract/schemas';
import { invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { compareValues } from '../../components/sorting';
import { AreaDialog } from './AreaDialog';
import { useDistrict } from './districtStore';
import { districtTexts } from './texts';

const t = districtTexts.areas;
type DialogState = { kind: 'add' } | { kind: 'edit'; area: PlanningArea } | { kind: 'delete'; area: PlanningArea } | null;

export function AreasSection() {
  const areas = useDistrict((s) => s.areas);
  const gemeinden = useDistrict((s) => s.gemeinden);
  const [dialog, setDialog] = useState<DialogState>(null);
  const names = new Map(gemeinden.map((g) => [g.id, g.name]));

  return (
    <section className="card" aria-labelledby="areas-heading">
      <div className="section-head">
        <h2 id="areas-heading" tabIndex={-1}>
          {t.heading}
        </h2>
        <button type="button" className="button-primary" onClick={() => setDialog({ kind: 'add' })}>
          {t.add}
        </button>
      </div>
      <p className="muted">{t.intro}</p>
      {areas.length === 0 ? (
        <p className="empty">{t.empty}</p>
      ) : (
        <ul className="area-list">
          {[...areas]
            .sort((a, b) => compareValues(a.name, b.name))
            .map((area) => {
              const members = area.gemeindeIds
                .map((gid) => names.get(gid))
                .filter((n): n is string => Boolean(n))
                .sort((a, b) => compareValues(a, b));
              return (
                <li key={area.id} className="area">
                  <div className="area-text">
                    <h3>{area.name}</h3>
                    {area.description ? <p>{area.description}</p> : null}
                    <p className="area-members">
                      <span className="label">{t.members}: </span>
                      {members.length > 0 ? members.join(', ') : <span className="muted">{t.noMembers}</span>}
                    </p>
                  </div>
                  <div className="row-actions">
                    <button type="button" className="button-small" aria-label={t.editLabel(area.name)} onClick={() => setDialog({ kind: 'edit', area })}>
                      {t.edit}
                    </button>
                    <button
                      type="button"
                      className="button-small button-danger-quiet"
                      aria-label={t.deleteLabel(area.name)}
                      onClick={() => setDialog({ kind: 'delete', area })}
                    >
                      {t.delete}
                    </button>
                  </div>
                </li>
              );
            })}
        </ul>
      )}
      {dialog?.kind === 'add' ? <AreaDialog area={null} gemeinden={gemeinden} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'edit' ? <AreaDialog area={dialog.area} gemeinden={gemeinden} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title={t.confirmTitle}
          message={t.confirmText(dialog.area.name)}
          confirmLabel={t.delete}
          fallbackFocusId="areas-heading"
          onConfirm={async () => {
            await invoke('district.areas.delete', { id: dialog.area.id });
            await useDistrict.getState().refresh(['areas']);
            showStatus(t.deleted(dialog.area.name));
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </section>
  );
}
