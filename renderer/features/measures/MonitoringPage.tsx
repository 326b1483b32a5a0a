/** Monitoring dashboard: status, overdue milestones, indicators, changes since a date, saved reporting states. */
import { useCallback, useId, useMemo, useState } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FieldId, Indicator } from '../../../shared/contract/measuresSchemas';
import { formatDate } from '../../../shared/format';
import { todayIso } from '../../../shared/measures/dates';
import { isOverdue } from '../../../shared/measures/milestones';
import { summarize } from '../../../shared/measures/monitoring';
import { invoke } from '../../api';
import { useDocumentTitle } from '../../app/focus';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ChangesSection } from './ChangesSection';
import { SelectField } from './InlineField';
import { useMeasures } from './measuresStore';
import { pct, withUnit } from './monitoringFormat';
import { ActionFieldOptions } from './options';
import { PageHeading } from './PageHeading';
import { ReportsSection } from './ReportsSection';
import { GapMonitoring } from './GapMonitoring';
import { StatusSection } from './StatusSection';
import { ScrollTable } from '../../components/ScrollTable';
import { monitoringTexts as t } from './texts';
import { usePlanReload } from '../../components/usePlanReload';
import './measures.css';

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

export function MonitoringPage() {
  const id = useId();
  const [indicators, setIndicators] = useState<Indicator[]>([]);
  const reload = useCallback(() => {
    void useMeasures.getState().refresh();
    invoke('measures.indicators.list', {})
      .then(setIndicators)
      .catch(() => setIndicators([]));
  }, []);
  const plan = usePlanReload(reload);
  const measures = useMeasures((s) => s.measures);
  const error = useMeasures((s) => s.error);
  const [fieldId, setFieldId] = useState<FieldId | null>(null);
  const today = todayIso();
  useDocumentTitle(t.pageTitle);

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
      <PageHeading heading={t.heading} intro={t.intro} />
      <ErrorMessage message={error} />
      <SelectField id={`${id}-scope`} label={t.scope} value={fieldId ?? ''} onChange={(v) => setFieldId((v || null) as FieldId | null)}>
        <option value="">{t.wholePlan}</option>
        <ActionFieldOptions />
      </SelectField>
      <StatusSection summary={summary} />
      <section className="card" aria-labelledby={`${id}-od`}>
        <h2 id={`${id}-od`}>{t.overdueHeading}</h2>
        {overdue.length === 0 ? (
          <p className="empty">{t.noOverdue}</p>
        ) : (
          <ScrollTable label={t.overdueHeading} hiddenCaption columns={[t.due, t.milestone, t.measure, t.responsible]}>
            {overdue.map(({ ms, measure }) => (
              <tr key={ms.id}>
                <td>{formatDate(ms.dueDate)}</td>
                <td>{ms.title}</td>
                <td>{measure.title}</td>
                <td>{ms.responsible || measure.responsibleLabel || '–'}</td>
              </tr>
            ))}
          </ScrollTable>
        )}
      </section>
      <section className="card" aria-labelledby={`${id}-ind`}>
        <h2 id={`${id}-ind`}>{t.indicatorsHeading}</h2>
        {shownIndicators.length === 0 ? (
          <p className="empty">{t.noIndicators}</p>
        ) : (
          <>
            <ScrollTable label={t.indicatorsHeading} hiddenCaption columns={[t.indicator, t.measure, { label: t.baseline, num: true }, { label: t.latest, num: true }, { label: t.target, num: true }, { label: t.attainment, num: true }]}>
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
            </ScrollTable>
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
      <GapMonitoring measures={summary.measures.length ? measures.filter((m) => inScope.has(m.id)) : []} reloadKey={measures} />
      <ChangesSection fieldId={fieldId} />
      <ReportsSection fieldId={fieldId} current={summary} />
    </div>
  );
}
