/** Step 3 of a field ("Voraussetzungen für die Umsetzung"): the field's measures and "Maßnahme anlegen". */
import type { FieldId } from '../../../shared/catalog/fieldId';
import { useId, useState } from 'react';
import { MEASURE_STATUS_LABELS } from '../../../shared/measures/types';
import { todayIso } from '../../../shared/measures/dates';
import { countOverdue } from '../../../shared/measures/milestones';
import { usePlanReload } from '../../components/usePlanReload';
import { ErrorMessage } from '../../components/ErrorMessage';
import { MeasureDialog } from './MeasureDialog';
import { nextMilestoneText } from './MeasuresPage';
import { useMeasures } from './measuresStore';
import { measuresTexts as t } from './texts';
import './measures.css';

export function MeasuresStepPanel({ fieldId }: { fieldId: FieldId }) {
  const id = useId();
  const all = useMeasures((s) => s.measures);
  const error = useMeasures((s) => s.error);
  const [adding, setAdding] = useState(false);
  usePlanReload(useMeasures.getState().refresh);
  const measures = all.filter((m) => m.fieldId === fieldId);
  const today = todayIso();

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <div className="section-head">
        <h3 id={`${id}-h`}>{t.step.heading}</h3>
        <button type="button" className="button-primary" onClick={() => setAdding(true)}>
          {t.add}
        </button>
      </div>
      <ErrorMessage message={error ? `${t.loadError} ${error}` : null} />
      {measures.length === 0 ? (
        <p className="empty">{t.step.empty}</p>
      ) : (
        <ul className="step-measures">
          {measures.map((m) => {
            const overdue = countOverdue(m.milestones, today);
            const next = nextMilestoneText(m);
            return (
              <li key={m.id}>
                <strong>{m.title}</strong> <span className="badge">{MEASURE_STATUS_LABELS[m.status]}</span>
                {overdue > 0 ? <span className="badge badge-warning">{t.overdueCount(overdue)}</span> : null}
                <br />
                <span className="muted">
                  {m.responsibleLabel ? `${t.col.responsible}: ${m.responsibleLabel} · ` : ''}
                  {next ?? `${t.col.milestones}: ${t.noMilestones}`} · {t.step.preconditions(m.preconditionsDone, m.preconditionsTotal)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <a href="#/massnahmen">{t.step.toPlan}</a>
      </p>
      {adding ? <MeasureDialog measure={null} fieldId={fieldId} onClose={() => setAdding(false)} /> : null}
    </section>
  );
}
