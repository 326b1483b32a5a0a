import type { FieldId } from '../../../shared/catalog/fieldId';
import { Suspense } from 'react';
import { ACTION_FIELDS, fieldById } from '../../../shared/catalog';
import { STEP_IDS, type ActionField, type StepId } from '../../../shared/catalog/types';
import { stepProgress } from '../../../shared/method/progress';
import { stepPanels } from '../../app/features';
import { PAGE_HEADING_ID, useDocumentTitle } from '../../app/focus';
import { hrefFor, navigate } from '../../app/router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProgressBar } from '../../components/ProgressBar';
import { Tabs } from '../../components/Tabs';
import { GuideSections } from './GuideSections';
import { TaskRow } from './TaskRow';
import { useTaskSuggestions } from './useTaskSuggestions';
import { useTasks } from './taskStore';
import { fieldTexts as t } from './texts';

function StepPanel({ field, stepId }: { field: ActionField; stepId: StepId }) {
  const step = field.steps.find((s) => s.id === stepId)!;
  const records = useTasks((s) => s.records);
  const progress = stepProgress(field, stepId, Object.values(records));
  const progressText = t.checklistProgress(progress.done, progress.relevant);
  const panels = stepPanels(field.id, stepId);
  const suggestions = useTaskSuggestions(field.id);
  return (
    <>
      <h2 className="visually-hidden">{t.stepTab(STEP_IDS.indexOf(stepId), stepId)}</h2>
      <p className="guidance">{step.guidance}</p>
      <div className="checklist-head">
        <h3>{t.checklistHeading}</h3>
        <div className="checklist-progress">
          <span>{progressText}</span>
          <ProgressBar percent={progress.percent} label={t.checklistHeading} valueText={progressText} complete={progress.status === 'erledigt'} />
        </div>
      </div>
      <ul className="checklist">
        {step.tasks.map((task) => (
          <TaskRow key={task.id} task={task} suggestion={suggestions.get(task.id) ?? null} />
        ))}
      </ul>
      {panels.length > 0 ? (
        panels.map((panel, i) => (
          <div key={i} className="step-feature">
            <Suspense fallback={null}>{panel}</Suspense>
          </div>
        ))
      ) : (
        <p className="later-note">{t.laterVersions}</p>
      )}
    </>
  );
}

export function FieldPage({ fieldId, stepId }: { fieldId: FieldId; stepId: StepId }) {
  const field = fieldById(fieldId);
  const loadError = useTasks((s) => s.error);
  useDocumentTitle(field ? t.heading(field.number, field.shortTitle) : t.notFoundTitle);

  if (!field) {
    return (
      <div className="page">
        <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
          {t.notFoundTitle}
        </h1>
        <p>{t.notFoundText(fieldId)}</p>
        <p>
          <a href="#/plan">{t.allFields}</a>
        </p>
      </div>
    );
  }

  const index = ACTION_FIELDS.indexOf(field);
  const prev = ACTION_FIELDS[index - 1];
  const next = ACTION_FIELDS[index + 1];
  return (
    <div className="page">
      <nav aria-label={t.breadcrumb} className="breadcrumb">
        <a href="#/plan">{t.allFields}</a>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">Handlungsfeld {field.number}</span>
      </nav>
      <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
        {t.heading(field.number, field.title)}
      </h1>
      <p className="lead">{field.description}</p>
      {loadError ? <ErrorMessage message={`${t.loadError} ${loadError}`} /> : null}
      <Tabs
        label={t.stepsLabel}
        idPrefix={`step-${field.id}`}
        tabs={STEP_IDS.map((id, i) => ({ id, label: t.stepTab(i, id) }))}
        selected={stepId}
        onSelect={(id) => navigate({ name: 'field', fieldId: field.id, stepId: id as StepId }, { replace: true })}
      >
        <StepPanel field={field} stepId={stepId} />
      </Tabs>
      <GuideSections field={field} />
      <nav aria-label="Handlungsfelder blättern" className="pager">
        {prev ? (
          <a href={hrefFor({ name: 'field', fieldId: prev.id, stepId })} rel="prev">
            ‹ {t.previous}: {prev.number}. {prev.shortTitle}
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a href={hrefFor({ name: 'field', fieldId: next.id, stepId })} rel="next">
            {t.next}: {next.number}. {next.shortTitle} ›
          </a>
        ) : null}
      </nav>
    </div>
  );
}
