/** Charts of the offers: capacity by offer type and offers per Gemeinde (recharts). */
import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { OfferTypeInfo } from '../../../shared/contract/stockSchemas';
import { CAPACITY_UNIT_LABELS } from '../../../shared/stock/offerTypes';
import { formatNumber } from '../../../shared/format';
import { statsByGemeinde, statsByType, type OfferGroup } from '../../../shared/stock/gemeindeStats';
import { TableScroll } from '../../components/TableScroll';
import { useStock } from './stockStore';
import { stockTexts } from './texts';

const t = stockTexts.map;

function byTypeOf(groups: readonly OfferGroup[], offerTypes: OfferTypeInfo[]) {
  const m = statsByType(groups);
  return offerTypes.filter((tp) => m.has(tp.id)).map((tp) => ({ id: tp.id, label: tp.label, unitId: tp.capacityUnit, capacity: m.get(tp.id)!.capacity }));
}

/** `groups`: the offers per Gemeinde and type, counted in SQL (`stock.offerMap`). */
export function StockCharts({ groups }: { groups: readonly OfferGroup[] }) {
  const id = useId();
  const offerTypes = useStock((s) => s.offerTypes);
  const gemeinden = useStock((s) => s.gemeinden);
  // One chart per unit: places and clients cannot share an axis, and neither may be left out.
  const chartsByUnit = useMemo(() => {
    const rows = byTypeOf(groups, offerTypes).filter((r) => r.capacity > 0);
    return (['plaetze', 'klienten'] as const)
      .map((unit) => ({ unit, rows: rows.filter((r) => r.unitId === unit).sort((a, b) => b.capacity - a.capacity) }))
      .filter((c) => c.rows.length > 0);
  }, [groups, offerTypes]);
  const byType = useMemo(() => {
    const m = statsByType(groups);
    return offerTypes
      .filter((tp) => m.has(tp.id))
      .map((tp) => ({ id: tp.id, label: tp.label, unit: CAPACITY_UNIT_LABELS[tp.capacityUnit], capacity: m.get(tp.id)!.capacity, count: m.get(tp.id)!.count, color: tp.color }));
  }, [groups, offerTypes]);
  const perGemeinde = useMemo(() => {
    const stats = statsByGemeinde(groups, null);
    // Gemeindefreie Gebiete (forest, lakes) only when something is registered there.
    return gemeinden
      .filter((g) => g.kind === 'gemeinde' || stats.has(g.id))
      .map((g) => ({ name: g.name, count: stats.get(g.id)?.count ?? 0 }))
      .sort((a, b) => b.count - a.count);
  }, [groups, gemeinden]);

  if (groups.length === 0) return null;
  const fmt = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 1);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.chartsHeading}</h2>
      <div className="stock-charts">
        <figure className="stock-chart">
          <figcaption>{t.chartCapacity}</figcaption>
          {chartsByUnit.map(({ unit, rows }) => (
            <div key={unit} role="img" aria-label={t.chartCapacityDescUnit(CAPACITY_UNIT_LABELS[unit])} className="stock-chart-box">
              <p className="stock-chart-unit" aria-hidden="true">
                {t.capacityIn(CAPACITY_UNIT_LABELS[unit])}
              </p>
              <ResponsiveContainer width="100%" height={Math.max(140, rows.length * 34 + 40)}>
                <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 24 }}>
                  <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                  <XAxis type="number" tickFormatter={(v: number) => fmt(v)} />
                  <YAxis type="category" dataKey="label" width={220} interval={0} />
                  <Tooltip formatter={(v) => fmt(Number(v))} />
                  <Bar dataKey="capacity" name={t.capacityIn(CAPACITY_UNIT_LABELS[unit])} fill={unit === 'plaetze' ? '#2b5c9e' : '#00796b'} isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
          ))}
          <TableScroll label={t.chartCapacity}>
            <table className="data-table">
              <caption className="visually-hidden">{t.chartCapacity}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.colType}</th>
                  <th scope="col">{t.colCount}</th>
                  <th scope="col">{t.colCapacity}</th>
                  <th scope="col">{t.colUnit}</th>
                </tr>
              </thead>
              <tbody>
                {byType.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.label}</th>
                    <td className="num">{fmt(r.count)}</td>
                    <td className="num">{fmt(r.capacity)}</td>
                    <td>{r.unit}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </figure>
        <figure className="stock-chart">
          <figcaption>{t.chartPerGemeinde}</figcaption>
          <div role="img" aria-label={t.chartPerGemeindeDesc} className="stock-chart-box">
            <ResponsiveContainer width="100%" height={Math.max(200, perGemeinde.length * 22 + 40)}>
              <BarChart data={perGemeinde} layout="vertical" margin={{ left: 8, right: 24 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="name" width={170} interval={0} />
                <Tooltip />
                <Bar dataKey="count" name="Angebote" fill="#2b5c9e" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </figure>
      </div>
    </section>
  );
}
