/** Monitoring: the difference between two reporting states (or a state and now). */
import type { ReactNode } from 'react';
import { compareSummaries, type MonitoringSummary as Summary } from '../../../shared/measures/monitoring';
import { MEASURE_STATUSES, MEASURE_STATUS_LABELS } from '../../../shared/measures/types';
import { signed, withUnit } from './monitoringFormat';
import { TableHead } from '../../components/TableHead';
import { monitoringTexts as t } from './texts';

/** A headed list of one kind of change; nothing at all when there is none of that kind. */
function ChangeList<T extends { id: string }>({ heading, items, children }: { heading: string; items: T[]; children: (item: T) => ReactNode }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{heading}</h4>
      <ul>
        {items.map((c) => (
          <li key={c.id}>{children(c)}</li>
        ))}
      </ul>
    </>
  );
}

export function ReportComparison({ a, b }: { a: Summary; b: Summary }) {
  const diff = compareSummaries(a, b);
  const empty = diff.statusChanges.length + diff.added.length + diff.removed.length + diff.indicatorChanges.length === 0 && diff.overdueDelta === 0;
  return (
    <div className="comparison" aria-live="polite">
      <table className="monitoring-table">
        <caption>{t.deltaCaption}</caption>
        <TableHead columns={[t.status, { label: t.from, num: true }, { label: t.to, num: true }, { label: t.delta, num: true }]} />
        <tbody>
          {MEASURE_STATUSES.map((s) => (
            <tr key={s}>
              <th scope="row">{MEASURE_STATUS_LABELS[s]}</th>
              <td className="num">{a.counts[s]}</td>
              <td className="num">{b.counts[s]}</td>
              <td className="num">{signed(diff.countDelta[s])}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t.overdueHeading}</th>
            <td className="num">{a.overdue}</td>
            <td className="num">{b.overdue}</td>
            <td className="num">{signed(diff.overdueDelta)}</td>
          </tr>
        </tbody>
      </table>
      {empty ? <p className="empty">{t.compareNothing}</p> : null}
      <ChangeList heading={t.statusChanges} items={diff.statusChanges}>
        {(c) => (
          <>
            {c.title}: {MEASURE_STATUS_LABELS[c.from]} → {MEASURE_STATUS_LABELS[c.to]}
          </>
        )}
      </ChangeList>
      <ChangeList heading={t.added} items={diff.added}>
        {(c) => c.title}
      </ChangeList>
      <ChangeList heading={t.removed} items={diff.removed}>
        {(c) => c.title}
      </ChangeList>
      <ChangeList heading={t.indicatorChanges} items={diff.indicatorChanges}>
        {(c) => (
          <>
            {c.name}: {withUnit(c.from, c.unit)} → {withUnit(c.to, c.unit)}
          </>
        )}
      </ChangeList>
    </div>
  );
}
