/** Monitoring dashboard: status, overdue milestones, indicators, changes since a date, saved reporting states. */
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ACTION_FIELDS } from '../../../shared/catalog';
import type { ChangeSince, FieldId, Indicator, Report } from '../../../shared/contract/measuresSchemas';
import { formatDate, formatNumber } from '../../../shared/format';
import { fromDayNumber, dayNumber, todayIso } from '../../../shared/measures/dates';
import { isOverdue } from '../../../shared/measures/milestones';
import { compareSummaries, summarize, type MonitoringSummary as Summary } from '../../../shared/measures/monitoring';
import { MEASURE_STATUSES, MEASURE_STATUS_COLORS, MEASURE_STATUS_LABELS } from '../../../shared/measures/types';
import { errorMessage, invoke } from '../../api';
import { PAGE_HEADING_ID, useDocumentTitle } from '../../app/focus';
import { usePlan } from '../../app/planStore';
import { showStatus } from '../../app/statusStore';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TableScroll } from '../../components/TableScroll';
import { useMeasures } from './measuresStore';
import { monitoringTexts as t } from './texts';
import './measures.css';

const pct = (v: number | null) => (v === null ? '–' : `${formatNumber(v * 100, 0)} %`);
const withUnit = (v: number | null, unit: string) => (v === null ? '–' : `${formatNumber(v)}${unit ? ` ${unit}` : ''}`);

function StatusSection({ summary }: { summary: Summary }) {
  const id = useId();
  const data = MEASURE_STATUSES.map((s) => ({ status: s, label: MEASURE_STATUS_LABELS[s], count: summary.counts[s] }));
  const total = data.reduce((n, d) => n + d.count, 0);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.byStatus}</h2>
      <div className="monitoring-grid">
        <div role="img" aria-label={t.byStatusChart(data.map((d) => `${d.label} ${d.count}`).join(', '))} className="monitoring-chart">
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={data} margin={{ left: 0, right: 16, top: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="count" name={t.count} isAnimationActive={false}>
                {data.map((d) => (
                  <Cell key={d.status} fill={MEASURE_STATUS_COLORS[d.status]} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
        <table className="monitoring-table">
          <caption className="visually-hidden">{t.byStatus}</caption>
          <thead>
            <tr>
              <th scope="col">{t.status}</th>
              <th scope="col" className="num">
                {t.count}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.status}>
                <th scope="row">{d.label}</th>
                <td className="num">{d.count}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t.total}</th>
              <td className="num">{total}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

function IndicatorChart({ indicator }: { indicator: Indicator }) {
  const data = indicator.values.map((v) => ({ date: formatDate(v.measuredOn), value: v.value }));
  return (
    <figure className="indicator-chart">
      <figcaption>{indicator.name}</figcaption>
      <div role="img" aria-label={t.indicatorChart(indicator.name)}>
        <ResponsiveContainer width="100%" height={160}>
          <LineChart data={data} margin={{ left: 0, right: 16, top: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="date" />
            <YAxis />
            <Tooltip />
            {indicator.targetValue !== null ? <ReferenceLine y={indicator.targetValue} stroke="#2e7d32" strokeDasharray="4 3" label={t.target} /> : null}
            <Line type="monotone" dataKey="value" name={indicator.name} stroke="#3b5f8f" isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

function ChangesSection({ fieldId }: { fieldId: FieldId | null }) {
  const id = useId();
  const [since, setSince] = useState(() => fromDayNumber(dayNumber(todayIso()) - 30));
  const [changes, setChanges] = useState<ChangeSince[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!since) return;
    invoke('measures.monitoring.changes', { since, fieldId })
      .then((c) => (setChanges(c), setError(null)))
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [since, fieldId]);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.changesHeading}</h2>
      <div className="field">
        <label htmlFor={`${id}-since`}>{t.since}</label>
        <input id={`${id}-since`} type="date" value={since} onChange={(e) => setSince(e.target.value)} />
      </div>
      <ErrorMessage message={error} />
      {changes.length === 0 ? (
        <p className="empty">{t.noChanges}</p>
      ) : (
        <TableScroll label={t.changesHeading} tall>
          <table>
            <caption className="visually-hidden">{`${t.since} ${formatDate(since)}`}</caption>
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.what}</th>
                <th scope="col">{t.label}</th>
                <th scope="col">{t.measure}</th>
                <th scope="col">{t.change}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={`${c.table}|${c.rowId}`}>
                  <td>{formatDate(c.lastChange)}</td>
                  <td>{t.tableLabels[c.table] ?? c.table}</td>
                  <td>{c.label || '–'}</td>
                  <td>{c.measureTitle ?? '–'}</td>
                  <td>{c.ops.map((o) => t.ops[o] ?? o).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function ReportsSection({ fieldId, current }: { fieldId: FieldId | null; current: Summary }) {
  const id = useId();
  const [reports, setReports] = useState<Report[]>([]);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [earlier, setEarlier] = useState('');
  const [later, setLater] = useState('current');
  const load = () =>
    invoke('measures.reports.list', {})
      .then(setReports)
      .catch((e: unknown) => setError(errorMessage(e)));
  useEffect(() => {
    void load();
  }, []);

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
  const diff = a && b ? compareSummaries(a, b) : null;
  const empty = diff && diff.statusChanges.length + diff.added.length + diff.removed.length + diff.indicatorChanges.length === 0 && diff.overdueDelta === 0;

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.reportsHeading}</h2>
      <form className="inline-form" onSubmit={(e) => void save(e)} noValidate>
        <div className="field report-title">
          <label htmlFor={`${id}-title`}>{t.reportTitle}</label>
          <input id={`${id}-title`} type="text" maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} aria-describedby={`${id}-hint`} />
          <p id={`${id}-hint`} className="field-hint">
            {t.reportHint}
          </p>
        </div>
        <button type="submit" className="button-primary">
          {t.saveReport}
        </button>
      </form>
      <ErrorMessage message={error} />
      {reports.length === 0 ? (
        <p className="empty">{t.noReports}</p>
      ) : (
        <TableScroll label={t.reportsHeading}>
          <table>
            <caption className="visually-hidden">{t.reportsHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{t.reportTitle}</th>
                <th scope="col">{t.takenOn}</th>
                <th scope="col">{t.scope}</th>
                {MEASURE_STATUSES.map((s) => (
                  <th scope="col" key={s} className="num">
                    {MEASURE_STATUS_LABELS[s]}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t.overdue}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t.del}</span>
                </th>
              </tr>
            </thead>
            <tbody>
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
                    <button
                      type="button"
                      className="button-small button-danger-quiet"
                      aria-label={t.deleteReport(r.title)}
                      onClick={() =>
                        void invoke('measures.reports.delete', { id: r.id })
                          .then(load)
                          .catch((e: unknown) => setError(errorMessage(e)))
                      }
                    >
                      {t.del}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {reports.length > 0 ? (
        <>
          <h3>{t.compare}</h3>
          <div className="inline-form">
            <div className="field">
              <label htmlFor={`${id}-a`}>{t.earlier}</label>
              <select id={`${id}-a`} value={earlier} onChange={(e) => setEarlier(e.target.value)}>
                <option value="">–</option>
                {reports.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.title} ({formatDate(r.takenOn)})
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-b`}>{t.later}</label>
              <select id={`${id}-b`} value={later} onChange={(e) => setLater(e.target.value)}>
                <option value="current">{t.current}</option>
                {reports.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.title} ({formatDate(r.takenOn)})
                  </option>
                ))}
              </select>
            </div>
          </div>
          {diff ? (
            <div className="comparison" aria-live="polite">
              <table className="monitoring-table">
                <caption>{t.deltaCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.status}</th>
                    <th scope="col" className="num">
                      {t.from}
                    </th>
                    <th scope="col" className="num">
                      {t.to}
                    </th>
                    <th scope="col" className="num">
                      {t.delta}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {MEASURE_STATUSES.map((s) => (
                    <tr key={s}>
                      <th scope="row">{MEASURE_STATUS_LABELS[s]}</th>
                      <td className="num">{a!.counts[s]}</td>
                      <td className="num">{b!.counts[s]}</td>
                      <td className="num">{diff.countDelta[s] > 0 ? `+${diff.countDelta[s]}` : diff.countDelta[s]}</td>
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">{t.overdueHeading}</th>
                    <td className="num">{a!.overdue}</td>
                    <td className="num">{b!.overdue}</td>
                    <td className="num">{diff.overdueDelta > 0 ? `+${diff.overdueDelta}` : diff.overdueDelta}</td>
                  </tr>
                </tbody>
              </table>
              {empty ? <p className="empty">{t.compareNothing}</p> : null}
              {diff.statusChanges.length > 0 ? (
                <>
                  <h4>{t.statusChanges}</h4>
                  <ul>
                    {diff.statusChanges.map((c) => (
                      <li key={c.id}>
                        {c.title}: {MEASURE_STATUS_LABELS[c.from]} → {MEASURE_STATUS_LABELS[c.to]}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {diff.added.length > 0 ? (
                <>
                  <h4>{t.added}</h4>
                  <ul>
                    {diff.added.map((c) => (
                      <li key={c.id}>{c.title}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {diff.removed.length > 0 ? (
                <>
                  <h4>{t.removed}</h4>
                  <ul>
                    {diff.removed.map((c) => (
                      <li key={c.id}>{c.title}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {diff.indicatorChanges.length > 0 ? (
                <>
                  <h4>{t.indicatorChanges}</h4>
                  <ul>
                    {diff.indicatorChanges.map((c) => (
                      <li key={c.id}>
                        {c.name}: {withUnit(c.from, c.unit)} → {withUnit(c.to, c.unit)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

export function MonitoringPage() {
  const id = useId();
  const plan = usePlan((s) => s.current);
  const measures = useMeasures((s) => s.measures);
  const error = useMeasures((s) => s.error);
  const [fieldId, setFieldId] = useState<FieldId | null>(null);
  const [indicators, setIndicators] = useState<Indicator[]>([]);
  const today = todayIso();
  useDocumentTitle(t.pageTitle);
  const planKey = plan ? `${plan.path}|${plan.meta.id}` : '';
  useEffect(() => {
    void useMeasures.getState().refresh();
    invoke('measures.indicators.list', {})
      .then(setIndicators)
      .catch(() => setIndicators([]));
  }, [planKey]);

  const summary = useMemo(() => summarize(measures, indicators, today, fieldId), [measures, indicators, today, fieldId]);
  const titleOf = new Map(measures.map((m) => [m.id, m.title]));
  const inScope = new Set(summary.measures.map((m) => m.id));
  const overdue = measures
    .filter((m) => inScope.has(m.id))
    .flatMap((m) => m.milestones.filter((ms) => isOverdue(ms, today)).map((ms) => ({ ms, measure: m })))
    .sort((a, b) => a.ms.dueDate.localeCompare(b.ms.dueDate));
  const shownIndicators = indicators.filter((i) => inScope.has(i.measureId));

  if (!plan) return null;
  return (
    <div className="page">
      <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
        {t.heading}
      </h1>
      <p className="lead">{t.intro}</p>
      <ErrorMessage message={error} />
      <div className="field">
        <label htmlFor={`${id}-scope`}>{t.scope}</label>
        <select id={`${id}-scope`} value={fieldId ?? ''} onChange={(e) => setFieldId((e.target.value || null) as FieldId | null)}>
          <option value="">{t.wholePlan}</option>
          {ACTION_FIELDS.map((f) => (
            <option key={f.id} value={f.id}>
              {f.number}. {f.shortTitle}
            </option>
          ))}
        </select>
      </div>
      <StatusSection summary={summary} />
      <section className="card" aria-labelledby={`${id}-od`}>
        <h2 id={`${id}-od`}>{t.overdueHeading}</h2>
        {overdue.length === 0 ? (
          <p className="empty">{t.noOverdue}</p>
        ) : (
          <TableScroll label={t.overdueHeading}>
            <table>
              <caption className="visually-hidden">{t.overdueHeading}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.due}</th>
                  <th scope="col">{t.milestone}</th>
                  <th scope="col">{t.measure}</th>
                  <th scope="col">{t.responsible}</th>
                </tr>
              </thead>
              <tbody>
                {overdue.map(({ ms, measure }) => (
                  <tr key={ms.id}>
                    <td>{formatDate(ms.dueDate)}</td>
                    <td>{ms.title}</td>
                    <td>{measure.title}</td>
                    <td>{ms.responsible || measure.responsibleLabel || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section className="card" aria-labelledby={`${id}-ind`}>
        <h2 id={`${id}-ind`}>{t.indicatorsHeading}</h2>
        {shownIndicators.length === 0 ? (
          <p className="empty">{t.noIndicators}</p>
        ) : (
          <>
            <TableScroll label={t.indicatorsHeading}>
              <table>
                <caption className="visually-hidden">{t.indicatorsHeading}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.indicator}</th>
                    <th scope="col">{t.measure}</th>
                    <th scope="col" className="num">
                      {t.baseline}
                    </th>
                    <th scope="col" className="num">
                      {t.latest}
                    </th>
                    <th scope="col" className="num">
                      {t.target}
                    </th>
                    <th scope="col" className="num">
                      {t.attainment}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {summary.indicators.map((i) => {
                    const full = shownIndicators.find((x) => x.id === i.id);
                    return (
                      <tr key={i.id}>
                        <th scope="row">{i.name}</th>
                        <td>{titleOf.get(i.measureId) ?? ''}</td>
                        <td className="num">{withUnit(full?.baseline ?? null, i.unit)}</td>
                        <td className="num">{withUnit(i.latest, i.unit)}</td>
                        <td className="num">{withUnit(full?.targetValue ?? null, i.unit)}</td>
                        <td className="num">{pct(i.attainment)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
            <div className="indicator-charts">
              {shownIndicators
                .filter((i) => i.values.length > 0)
                .map((i) => (
                  <IndicatorChart key={i.id} indicator={i} />
                ))}
            </div>
          </>
        )}
      </section>
      <ChangesSection fieldId={fieldId} />
      <ReportsSection fieldId={fieldId} current={summary} />
    </div>
  );
}
