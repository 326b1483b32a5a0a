/** Monitoring: how many measures are in each status, as a bar chart and as a table with the total. */
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonitoringSummary as Summary } from '../../../shared/measures/monitoring';
import { MEASURE_STATUSES, MEASURE_STATUS_COLORS, MEASURE_STATUS_LABELS } from '../../../shared/measures/types';
import { TableHead } from '../../components/TableHead';
import { monitoringTexts as t } from './texts';

export function StatusSection({ summary }: { summary: Summary }) {
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
          <TableHead columns={[t.status, { label: t.count, num: true }]} />
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
