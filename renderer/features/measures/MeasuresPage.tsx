/** The Meilensteinplan: filters, zoom, the Gantt chart and the editable list of measures by field. */
import { isFieldId } from '../../../shared/catalog/fieldId';
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { ACTION_FIELDS, fieldById } from '../../../shared/catalog';
import type { Measure, Milestone } from '../../../shared/contract/measuresSchemas';
import { formatDate } from '../../../shared/format';
import { todayIso } from '../../../shared/measures/dates';
import { isOverdue, nextMilestone } from '../../../shared/measures/milestones';
import { spanFor, windowFor, ZOOM_LABELS, ZOOMS, type Zoom } from '../../../shared/measures/timeline';
import { MEASURE_STATUSES, MEASURE_STATUS_LABELS, type MeasureStatus } from '../../../shared/measures/types';
import { errorMessage, invoke } from '../../api';
import { useDocumentTitle } from '../../app/focus';
import { showError, showStatus } from '../../app/statusStore';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TableScroll } from '../../components/TableScroll';
import { ConfirmDelete } from './ConfirmDelete';
import { DeleteButton } from './DeleteButton';
import { ErasePersonSection } from './ErasePersonSection';
import { ExportPanel } from './ExportPanel';
import { GanttChart, GanttLegend, type GanttGroup } from './GanttChart';
import { SelectField } from './InlineField';
import { MeasureDialog } from './MeasureDialog';
import { toInput } from './measureInput';
import { useMeasures } from './measuresStore';
import { MilestoneDialog } from './MilestoneDialog';
import { MeasureDetailsDialog } from './MeasureDetailsDialog';
import { ActionFieldOptions, LabelOptions, RecordOptions } from './options';
import { PageHeading } from './PageHeading';
import { ScrollTable } from '../../components/ScrollTable';
import { detailTexts, measuresTexts as t } from './texts';
import { usePlanReload } from '../../components/usePlanReload';
import './measures.css';
import { DateInput } from '../../components/DateInput';

type DialogState =
  | { kind: 'add' }
  | { kind: 'edit'; measure: Measure }
  | { kind: 'delete'; measure: Measure }
  | { kind: 'milestone'; measure: Measure; milestone: Milestone | null }
  | { kind: 'details'; measure: Measure }
  | null;

function fieldName(fieldId: string): string {
  const f = fieldById(fieldId);
  return f ? `Handlungsfeld ${f.number}: ${f.shortTitle}` : fieldId;
}

export function groupByField(measures: Measure[]): GanttGroup[] {
  return ACTION_FIELDS.map((f) => ({ fieldId: f.id, measures: measures.filter((m) => m.fieldId === f.id) })).filter((g) => g.measures.length > 0);
}

/** Saves new dates at once (the chart follows the store); on refusal the list is reloaded. */
async function saveDates(measure: Measure, startDate: string | null, endDate: string | null) {
  const next = { ...measure, startDate, endDate };
  useMeasures.getState().patch(next);
  try {
    await invoke('measures.update', { id: measure.id, values: { ...toInput(measure), startDate, endDate } });
    showStatus(t.dateSaved(measure.title));
  } catch (e) {
    showError(errorMessage(e));
  }
  await useMeasures.getState().refresh();
}

async function saveStatus(measure: Measure, status: MeasureStatus) {
  useMeasures.getState().patch({ ...measure, status });
  try {
    await invoke('measures.update', { id: measure.id, values: { ...toInput(measure), status } });
    showStatus(t.saved(measure.title));
  } catch (e) {
    showError(errorMessage(e));
  }
  await useMeasures.getState().refresh();
}

function MeasureRow({ m, today, onDialog }: { m: Measure; today: string; onDialog: (d: DialogState) => void }) {
  const [dateError, setDateError] = useState<string | null>(null);
  const errorId = `${m.id}-date-error`;
  const change = (which: 'start' | 'end', value: string) => {
    const start = which === 'start' ? value || null : m.startDate;
    const end = which === 'end' ? value || null : m.endDate;
    if (start && end && end < start) {
      setDateError(t.dialog.dateOrder);
      return;
    }
    setDateError(null);
    void saveDates(m, start, end);
  };
  const overdue = m.milestones.filter((ms) => isOverdue(ms, today)).length;
  return (
    <tr id={`measure-${m.id}`}>
      <th scope="row" className="measure-title" tabIndex={-1}>
        {m.title}
        {m.partnersLabel ? <span className="muted measure-partners">Partner: {m.partnersLabel}</span> : null}
      </th>
      <td>{m.responsibleLabel || <span className="muted">–</span>}</td>
      <td>
        <DateInput aria-label={t.startOf(m.title)} value={m.startDate} onChange={(v) => change('start', v ?? '')} aria-describedby={dateError ? errorId : undefined} />
      </td>
      <td>
        <DateInput
          aria-label={t.endOf(m.title)}
          value={m.endDate}
          onChange={(v) => change('end', v ?? '')}
          aria-invalid={dateError ? true : undefined}
          aria-describedby={dateError ? errorId : undefined}
        />
        {dateError ? (
          <p id={errorId} className="field-error">
            {dateError}
          </p>
        ) : null}
      </td>
      <td>
        <select aria-label={t.statusOf(m.title)} value={m.status} onChange={(e) => void saveStatus(m, e.target.value as MeasureStatus)}>
          <LabelOptions values={MEASURE_STATUSES} labels={MEASURE_STATUS_LABELS} />
        </select>
      </td>
      <td>
        {m.milestones.length === 0 ? (
          <span className="muted">{t.noMilestones}</span>
        ) : (
          <ul className="milestone-list" aria-label={t.milestoneList(m.title)}>
            {m.milestones.map((ms) => {
              const late = isOverdue(ms, today);
              return (
                <li key={ms.id} className={late ? 'milestone-overdue' : ms.status === 'erledigt' ? 'milestone-done' : undefined}>
                  <button type="button" className="link-button" onClick={() => onDialog({ kind: 'milestone', measure: m, milestone: ms })}>
                    {formatDate(ms.dueDate)} {ms.title}
                  </button>
                  {late ? <span className="badge badge-warning">{t.overdue}</span> : null}
                  {ms.status === 'erledigt' ? <span className="muted"> (erledigt)</span> : null}
                </li>
              );
            })}
          </ul>
        )}
        {overdue > 1 ? <p className="milestone-overdue-count">{t.overdueCount(overdue)}</p> : null}
      </td>
      <td className="actions-cell">
        <div className="row-actions">
          <button type="button" className="button-small" aria-label={t.addMilestoneLabel(m.title)} onClick={() => onDialog({ kind: 'milestone', measure: m, milestone: null })}>
            {t.addMilestone}
          </button>
          <button type="button" className="button-small" aria-label={detailTexts.openLabel(m.title)} onClick={() => onDialog({ kind: 'details', measure: m })}>
            {detailTexts.open}
          </button>
          <button type="button" className="button-small" aria-label={t.editLabel(m.title)} onClick={() => onDialog({ kind: 'edit', measure: m })}>
            {t.edit}
          </button>
          <DeleteButton label={t.deleteLabel(m.title)} onClick={() => onDialog({ kind: 'delete', measure: m })}>
            {t.delete}
          </DeleteButton>
        </div>
      </td>
    </tr>
  );
}

export function MeasuresPage({ focusId = null }: { focusId?: string | null }) {
  const id = useId();
  const plan = usePlanReload(useMeasures.getState().refresh);
  const measures = useMeasures((s) => s.measures);
  const options = useMeasures((s) => s.options);
  const loaded = useMeasures((s) => s.loaded);
  const error = useMeasures((s) => s.error);
  const [field, setField] = useState('');
  const [status, setStatus] = useState('');
  const [responsible, setResponsible] = useState('');
  const [gemeinde, setGemeinde] = useState('');
  const [zoom, setZoom] = useState<Zoom>('jahr');
  const ganttRef = useRef<HTMLDivElement>(null);
  const [dialog, setDialog] = useState<DialogState>(null);
  const today = todayIso();
  useDocumentTitle(t.pageTitle);

  const responsibles = useMemo(() => [...new Set(measures.map((m) => m.responsibleLabel).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'de')), [measures]);
  const shown = useMemo(() => {
    // A measure concerns a Gemeinde directly or through a Planungsbereich the Gemeinde belongs to.
    const areasOfGemeinde = new Set(options.planningAreas.filter((a) => a.gemeindeIds.includes(gemeinde)).map((a) => a.id));
    const concerns = (m: Measure) => m.gemeindeIds.includes(gemeinde) || m.planningAreaIds.some((a) => areasOfGemeinde.has(a));
    return measures.filter(
      (m) => (!field || m.fieldId === field) && (!status || m.status === status) && (!responsible || m.responsibleLabel === responsible) && (!gemeinde || concerns(m)),
    );
  }, [measures, options.planningAreas, field, status, responsible, gemeinde]);
  const groups = groupByField(shown);
  const span = spanFor(
    measures.flatMap((m) => [m.startDate, m.endDate, ...m.milestones.map((ms) => ms.dueDate)]),
    { from: plan?.meta.periodFrom ?? null, to: plan?.meta.periodTo ?? null },
    today,
  );

  if (!plan) return null;
  return (
    <div className="page page-wide">
      <ScrollToToday target={ganttRef} zoom={zoom} ready={groups.length > 0} />
      <FocusMeasure measureId={focusId} ready={loaded} />
      <PageHeading heading={t.heading} intro={t.intro}>
        {plan.meta.districtName ? <span className="heading-sub">{plan.meta.districtName}</span> : null}
      </PageHeading>
      {plan.isSample ? <p className="notice notice-sample">{t.sampleNote}: Die Maßnahmen, Meilensteine und Namen in diesem Beispielplan sind erfunden.</p> : null}
      <ErrorMessage message={error ? `${t.loadError} ${error}` : null} />
      <section className="card" aria-labelledby={`${id}-chart`}>
        <div className="section-head">
          <h2 id={`${id}-chart`}>{t.chartHeading}</h2>
          <button type="button" className="button-primary" onClick={() => setDialog({ kind: 'add' })}>
            {t.add}
          </button>
        </div>
        <div className="measure-filters" role="group" aria-label={t.filters}>
          <SelectField id={`${id}-f-field`} label={t.filterField} value={field} onChange={setField}>
            <option value="">{t.all}</option>
            <ActionFieldOptions />
          </SelectField>
          <SelectField id={`${id}-f-status`} label={t.filterStatus} value={status} onChange={setStatus}>
            <option value="">{t.all}</option>
            <LabelOptions values={MEASURE_STATUSES} labels={MEASURE_STATUS_LABELS} />
          </SelectField>
          <SelectField id={`${id}-f-resp`} label={t.filterResponsible} value={responsible} onChange={setResponsible}>
            <option value="">{t.all}</option>
            <RecordOptions records={responsibles.map((r) => ({ id: r, label: r }))} />
          </SelectField>
          <SelectField id={`${id}-f-gem`} label={t.filterGemeinde} value={gemeinde} onChange={setGemeinde}>
            <option value="">{t.all}</option>
            <RecordOptions records={options.gemeinden} />
          </SelectField>
          <fieldset className="zoom-group">
            <legend>{t.zoom}</legend>
            {ZOOMS.map((z) => (
              <label key={z} className="zoom-option">
                <input type="radio" name={`${id}-zoom`} value={z} checked={zoom === z} onChange={() => setZoom(z)} />
                {ZOOM_LABELS[z]}
              </label>
            ))}
          </fieldset>
        </div>
        <p className="table-count" aria-live="polite">
          {t.shown(shown.length, measures.length)}
        </p>
        {loaded && measures.length === 0 ? <p className="empty">{t.empty}</p> : null}
        {loaded && measures.length > 0 && shown.length === 0 ? <p className="empty">{t.noneMatch}</p> : null}
        {groups.length > 0 ? (
          <>
            <div ref={ganttRef}>
              <TableScroll label={t.chartHeading}>
                <GanttChart groups={groups} span={windowFor(span, zoom, today)} zoom={zoom} today={today} />
              </TableScroll>
            </div>
            <GanttLegend />
          </>
        ) : null}
      </section>
      {groups.length > 0 ? (
        <section className="card" aria-labelledby={`${id}-list`}>
          <h2 id={`${id}-list`}>{t.listHeading}</h2>
          {groups.map((g) => (
            <ScrollTable key={g.fieldId} label={t.tableCaption(fieldName(g.fieldId))} caption={fieldName(g.fieldId)} className="measure-table" columns={[t.col.title, t.col.responsible, t.col.start, t.col.end, t.col.status, t.col.milestones, { label: t.col.actions, hidden: true }]}>
              {g.measures.map((m) => (
                <MeasureRow key={`${m.id}|${m.updatedAt}`} m={m} today={today} onDialog={setDialog} />
              ))}
            </ScrollTable>
          ))}
        </section>
      ) : null}
      <ExportPanel />
      <ErasePersonSection />
      {dialog?.kind === 'add' ? <MeasureDialog measure={null} fieldId={isFieldId(field) ? field : 'hf01'} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'edit' ? <MeasureDialog measure={dialog.measure} fieldId={dialog.measure.fieldId} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'milestone' ? (
        <MilestoneDialog measureId={dialog.measure.id} measureTitle={dialog.measure.title} milestone={dialog.milestone} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'details' ? <MeasureDetailsDialog measureId={dialog.measure.id} title={dialog.measure.title} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDelete
          texts={t}
          name={dialog.measure.title}
          remove={async () => {
            await invoke('measures.delete', { id: dialog.measure.id });
            await useMeasures.getState().refresh();
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}

export function nextMilestoneText(m: Measure): string | null {
  const next = nextMilestone(m.milestones);
  return next ? t.next(next.dueDate, next.title) : null;
}

/** Scrolls the Gantt chart sideways so today's line is in view (wide zooms open where the planner is, not years back). */
function ScrollToToday({ target, zoom, ready }: { target: RefObject<HTMLDivElement | null>; zoom: Zoom; ready: boolean }) {
  useEffect(() => {
    const box = target.current?.querySelector<HTMLElement>('.table-wrap');
    const line = target.current?.querySelector<SVGLineElement>('[data-testid="gantt-today"]');
    if (!box || !line) return;
    box.scrollLeft = Math.max(0, Number(line.getAttribute('x1')) - box.clientWidth / 3);
  }, [target, zoom, ready]);
  return null;
}

/** `#/massnahmen/<id>` (e.g. the link from an idea): the measure's row is scrolled into view and focused, not the top of the page. */
function FocusMeasure({ measureId, ready }: { measureId: string | null; ready: boolean }) {
  useEffect(() => {
    if (!measureId || !ready) return;
    // After the page's own focus on its heading (app/focus.ts), which runs on the same navigation.
    const timer = setTimeout(() => {
      const cell = document.querySelector<HTMLElement>(`#measure-${CSS.escape(measureId)} th`);
      cell?.scrollIntoView({ block: 'center' });
      cell?.focus({ preventScroll: true });
    }, 50);
    return () => clearTimeout(timer);
  }, [measureId, ready]);
  return null;
}
