/**
 * The district map of the stock: Gemeinden shaded by offers or capacity per Gemeinde, offers
 * as points coloured by type, a legend, and the same numbers as a table (the accessible
 * alternative to the picture). Each Gemeinde links to its per-Gemeinde view.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { OfferMap, Population65 } from '../../../shared/contract/stockSchemas';
import { per1000 } from '../../../shared/stock/population';
import { invoke } from '../../api';
import { formatNumber } from '../../../shared/format';
import { classBreaks, classOf, statsByGemeinde } from '../../../shared/stock/gemeindeStats';
import { hrefFor } from '../../app/router';
import { TableScroll } from '../../components/TableScroll';
import { project, ringsOf } from '../../../shared/geo/projection';
import { useStock } from './stockStore';
import { stockTexts } from './texts';
import { usePlanReload } from '../../components/usePlanReload';
import './stock.css';

const t = stockTexts.map;
/** Sequential blues, light to dark; class 0 (none) is near-white. */
export const SHADES = ['#f4f6f9', '#cfdcee', '#9db8dc', '#5f8cc4', '#2b5c9e'];
/** Gemeinden without population data when shading per 1,000 inhabitants 65+. */
const NO_DATA = '#e0e0e0';

type Measure = 'count' | 'capacity' | 'countPer1000' | 'capacityPer1000';

export function StockMap({ offers }: { offers: OfferMap }) {
  const id = useId();
  const geometries = useStock((s) => s.geometries);
  const gemeinden = useStock((s) => s.gemeinden);
  const offerTypes = useStock((s) => s.offerTypes);
  const [measure, setMeasure] = useState<Measure>('count');
  const [typeFilter, setTypeFilter] = useState('');
  const [population, setPopulation] = useState<Population65 | null>(null);
  useEffect(() => {
    if (geometries === null) void useStock.getState().loadGeometries();
  }, [geometries]);
  // Without population data the map stays per Gemeinde; the error is not worth a message.
  const loadPopulation = useCallback(() => invoke('stock.population65', {}).then(setPopulation, () => setPopulation(null)), []);
  usePlanReload(loadPopulation);
  const hasPopulation = population !== null && Object.keys(population.byGemeinde).length > 0;

  const typeById = useMemo(() => new Map(offerTypes.map((o) => [o.id, o])), [offerTypes]);
  const stats = useMemo(() => statsByGemeinde(offers.groups, typeFilter || null), [offers, typeFilter]);
  const perPopulation = measure === 'countPer1000' || measure === 'capacityPer1000';
  const valueOf = (gemeindeId: string): number | null => {
    const s = stats.get(gemeindeId);
    const raw = s ? (measure === 'count' || measure === 'countPer1000' ? s.count : s.capacity) : 0;
    return perPopulation ? per1000(raw, population?.byGemeinde[gemeindeId]) : raw;
  };
  const breaks = classBreaks(gemeinden.map((g) => valueOf(g.id) ?? 0), 4, measure === 'count');

  const map = useMemo(() => {
    if (!geometries) return null;
    const shapes = geometries.map((g) => ({ g, rings: ringsOf(g.geometry) })).filter((s) => s.rings.length > 0);
    const p = project(shapes.map((s) => s.rings));
    if (!p) return null;
    return { p, shapes: shapes.map((s) => ({ id: s.g.id, name: s.g.name, ags: s.g.ags, d: p.path(s.rings) })) };
  }, [geometries]);

  const shown = offers.groups.filter((g) => !typeFilter || g.typeId === typeFilter);
  const shownCount = shown.reduce((s, g) => s + g.count, 0);
  const locatedCount = shown.reduce((s, g) => s + g.located, 0);
  const points = offers.points.filter((p) => !typeFilter || p.typeId === typeFilter);
  const typesShown = [...new Set(points.map((p) => p.typeId))].map((tid) => typeById.get(tid)).filter((x) => x !== undefined);
  const measureLabel = { count: t.measureCount, capacity: t.measureCapacity, countPer1000: t.measureCountPer1000, capacityPer1000: t.measureCapacityPer1000 }[measure];
  const fmt = (v: number | null) => (v === null ? t.noPopulation : formatNumber(v, Number.isInteger(v) ? 0 : 1));
  const legendLabel = (i: number, b: number) => {
    if (i === 0) return '0';
    const prev = i === 1 ? 0 : breaks[i - 2]!;
    if (measure === 'count') return prev + 1 === b ? fmt(b) : `${fmt(prev + 1)} – ${fmt(b)}`;
    return i === 1 ? t.upTo(fmt(b)) : `${fmt(prev)} – ${fmt(b)}`;
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.heading}</h2>
      <div className="table-tools stock-tools">
        <div className="field">
          <label htmlFor={`${id}-measure`}>{t.measure}</label>
          <select id={`${id}-measure`} value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
            <option value="count">{t.measureCount}</option>
            <option value="capacity">{t.measureCapacity}</option>
            {hasPopulation ? (
              <>
                <option value="countPer1000">{t.measureCountPer1000}</option>
                <option value="capacityPer1000">{t.measureCapacityPer1000}</option>
              </>
            ) : null}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>{t.type}</label>
          <select id={`${id}-type`} value={typeFilter} onChange={(e) => setTypeFilter(e.target.value)}>
            <option value="">{t.allTypes}</option>
            {offerTypes.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted">{hasPopulation ? t.populationNote(population.year, population.source) : t.perGemeindeNote}</p>
      {map ? (
        <div className="stock-map-wrap">
          <svg className="stock-map" viewBox={`-10 -10 ${map.p.width + 20} ${map.p.height + 20}`} role="group" aria-label={t.label(locatedCount, map.shapes.length)}>
            {map.shapes.map((s) => {
              const v = valueOf(s.id);
              return (
                <a key={s.id} href={hrefFor({ name: 'page', page: 'bestand', rest: ['gemeinde', s.id] })} aria-label={`${s.name}: ${fmt(v)} – ${measureLabel}`}>
                  <path d={s.d} className="stock-map-shape" fill={v === null ? NO_DATA : SHADES[classOf(v, breaks)]} fillRule="evenodd" data-gemeinde={s.ags}>
                    <title>{`${s.name} (${s.ags}): ${fmt(v)}`}</title>
                  </path>
                </a>
              );
            })}
            <g aria-hidden="true">
              {points.map((p) => (
                <circle
                  key={`${p.typeId}|${p.lat}|${p.lon}`}
                  cx={map.p.x(p.lon)}
                  cy={map.p.y(p.lat)}
                  r={p.count > 1 ? 9 : 7}
                  className="stock-map-point"
                  fill={typeById.get(p.typeId)?.color ?? '#000'}
                  data-offer={p.count === 1 ? p.name : undefined}
                >
                  <title>{p.count === 1 ? `${p.name} (${typeById.get(p.typeId)?.label ?? ''})` : t.pointGroup(p.count, typeById.get(p.typeId)?.label ?? '')}</title>
                </circle>
              ))}
            </g>
          </svg>
          <div className="stock-legend" aria-labelledby={`${id}-legend`} role="group">
            <h3 id={`${id}-legend`}>{t.legend}</h3>
            <p className="stock-legend-title">{t.legendShades(measureLabel)}</p>
            <ul>
              {[0, ...breaks].map((b, i) => (
                <li key={b}>
                  <span className="stock-swatch" style={{ background: SHADES[i] }} aria-hidden="true" />
                  {legendLabel(i, b)}
                </li>
              ))}
              {perPopulation && gemeinden.some((g) => valueOf(g.id) === null) ? (
                <li>
                  <span className="stock-swatch" style={{ background: NO_DATA }} aria-hidden="true" />
                  {t.noPopulation}
                </li>
              ) : null}
            </ul>
            {typesShown.length > 0 ? (
              <>
                <p className="stock-legend-title">{t.legendTypes}</p>
                <ul>
                  {typesShown.map((tp) => (
                    <li key={tp.id}>
                      <span className="stock-dot" style={{ background: tp.color }} aria-hidden="true" />
                      {tp.label}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        </div>
      ) : (
        <p className="empty">{geometries === null ? stockTexts.panel.loading : t.empty}</p>
      )}
      {shownCount > locatedCount ? <p className="muted">{t.noCoords(shownCount - locatedCount)}</p> : null}
      {offers.pointsOmitted > 0 ? <p className="muted">{t.pointsOmitted(offers.pointsOmitted)}</p> : null}
      <details className="stock-details">
        <summary>{t.tableCaption}</summary>
        <TableScroll label={t.tableCaption} tall>
          <table className="data-table">
            <caption className="visually-hidden">{t.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colGemeinde}</th>
                <th scope="col">{t.colCount}</th>
                <th scope="col">{t.colCapacity}</th>
                {hasPopulation ? <th scope="col">{t.colPopulation65}</th> : null}
              </tr>
            </thead>
            <tbody>
              {gemeinden.map((g) => (
                <tr key={g.id}>
                  <th scope="row">
                    <a href={hrefFor({ name: 'page', page: 'bestand', rest: ['gemeinde', g.id] })}>{g.name}</a>
                  </th>
                  <td className="num">{fmt(stats.get(g.id)?.count ?? 0)}</td>
                  <td className="num">{fmt(stats.get(g.id)?.capacity ?? 0)}</td>
                  {hasPopulation ? <td className="num">{fmt(population.byGemeinde[g.id] ?? null)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}
