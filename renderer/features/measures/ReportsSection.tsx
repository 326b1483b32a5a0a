/** Monitoring: saved reporting states (Berichtsstände), and picking two of them to compare. */
import { useCallback, useId, useState, type FormEvent } from 'react';
import { ACTION_FIELDS } from '../../../shared/catalog';
import type { FieldId, Report } from '../../../shared/contract/measuresSchemas';
import { formatDate } from '../../../shared/format';
import { todayIso } from '../../../shared/measures/dates';
import type { MonitoringSummary as Summary } from '../../../shared/measures/monitoring';
import { MEASURE_STATUSES, MEASURE_STATUS_LABELS } from '../../../shared/measures/types';
import { errorMessage, invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { ErrorMessage } from '../../components/ErrorMessage';
import { usePlanReload } from '../../components/usePlanReload';
import { DeleteButton } from './DeleteButton';
import { InlineField, SelectField } from './InlineField';
import { ReportComparison } from './ReportComparison';
import { ScrollTable } from '../../components/ScrollTable';
import { monitoringTexts as t } from './texts';

/** The saved states as choices of both comparison selects. */
function ReportOptions({ reports }: { reports: Report[] }) {
  return (
    <>
      {reports.map((r) => (
        <option key={r.id} value={r.id}>
          {r.title} ({formatDate(r.takenOn)})
        </option>
      ))}
    </>
  );
}

export function ReportsSection({ fieldId, current }: { fieldId: FieldId | null; current: Summary }) {
  const id = useId();
  const [reports, setReports] = useState<Report[]>([]);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [earlier, setEarlier] = useState('');
  const [later, setLater] = useState('current');
  const load = useCallback(
    () =>
      invoke('measures.reports.list', {})
        .then(setReports)
        .catch((e: unknown) => setError(errorMessage(e))),
    [],
  );
  usePlanReload(load);

  async function save(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const saved = await invoke('measures.reports.create', { title: title.trim(), fieldId, today: todayIso() });
      setTitle('');
      await load();
      showStatus(t.reportSaved(saved.title));
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  const pick = (key: string) => (key === 'current' ? current : (reports.find((r) => r.id === key)?.summary ?? null));
  const a = earlier ? pick(earlier) : null;
  const b = pick(later);
  const statusColumns = MEASURE_STATUSES.map((s) => ({ label: MEASURE_STATUS_LABELS[s], num: true }));

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.reportsHeading}</h2>
      <form className="inline-form" onSubmit={(e) => void save(e)} noValidate>
        <InlineField id={`${id}-title`} label={t.reportTitle} className="report-title">
          {(f) => (
            <>
              <input {...f} type="text" maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} aria-describedby={`${id}-hint`} />
              <p id={`${id}-hint`} className="field-hint">
                {t.reportHint}
              </p>
            </>
          )}
        </InlineField>
        <button type="submit" className="button-primary">
          {t.saveReport}
        </button>
      </form>
      <ErrorMessage message={error} />
      {reports.length === 0 ? (
        <p className="empty">{t.noReports}</p>
      ) : (
        <ScrollTable label={t.reportsHeading} hiddenCaption columns={[t.reportTitle, t.takenOn, t.scope, ...statusColumns, { label: t.overdue, num: true }, { label: t.del, hidden: true }]}>
          {reports.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.title}</th>
              <td>{formatDate(r.takenOn)}</td>
              <td>{r.fieldId ? `Handlungsfeld ${ACTION_FIELDS.find((f) => f.id === r.fieldId)?.number ?? ''}` : t.wholePlan}</td>
              {MEASURE_STATUSES.map((s) => (
                <td key={s} className="num">
                  {r.summary.counts[s]}
                </td>
              ))}
              <td className="num">{r.summary.overdue}</td>
              <td>
                <DeleteButton
                  label={t.deleteReport(r.title)}
                  onClick={() =>
                    void invoke('measures.reports.delete', { id: r.id })
                      .then(load)
                      .catch((e: unknown) => setError(errorMessage(e)))
                  }
                >
                  {t.del}
                </DeleteButton>
              </td>
            </tr>
          ))}
        </ScrollTable>
      )}
      {reports.length > 0 ? (
        <>
          <h3>{t.compare}</h3>
          <div className="inline-form">
            <SelectField id={`${id}-a`} label={t.earlier} value={earlier} onChange={setEarlier}>
              <option value="">–</option>
              <ReportOptions reports={reports} />
            </SelectField>
            <SelectField id={`${id}-b`} label={t.later} value={later} onChange={setLater}>
              <option value="current">{t.current}</option>
              <ReportOptions reports={reports} />
            </SelectField>
          </div>
          {a && b ? <ReportComparison a={a} b={b} /> : null}
        </>
      ) : null}
    </section>
  );
}
