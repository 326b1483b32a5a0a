/**
 * Choropleth map of the district: Gemeinde boundaries (SVG, projection as in the district map),
 * one indicator chosen by the planner, five classes with a legend, <title> tooltips.
 */
import { project, ringsOf } from '../../../shared/geo/projection';
import { useCallback, useId, useMemo, useState } from 'react';
import type { AnalysisView as Analysis } from '../../../shared/contract/needsSchemas';
import { invoke } from '../../api';
import { SvgButton } from './ExportButtons';
import { Explain } from './Explain';
import { fmt } from './format';
import { needsTexts } from './texts';
import { usePlanReload } from '../../components/usePlanReload';

const t = needsTexts.results;
const WIDTH = 1000;
const PALETTE = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
type Geometry = { id: string; ags: string; name: string; geometry: unknown };

type Indicator = 'need' | 'quote' | 'share80' | 'gap';
const INDICATORS: Record<Indicator, string> = { need: 'Pflegebedürftige (Anzahl)', quote: 'Pflegebedürftige je 100 Einwohner', share80: 'Anteil der Einwohner ab 80 Jahren (%)', gap: 'Lücke (gewählter Richtwert, Plätze)' };

export function ChoroplethMap({ analysis, scenario, year }: { analysis: Analysis; scenario: Analysis['scenarios'][number]; year: number }) {
  const id = useId();
  const [geometries, setGeometries] = useState<Geometry[]>([]);
  const [indicator, setIndicator] = useState<Indicator>('quote');
  const loadGeometries = useCallback(() => invoke('district.gemeinden.geometries', {}).then(setGeometries, () => setGeometries([])), []);
  usePlanReload(loadGeometries);
  const gap = analysis.gaps.find((g) => g.scenarioId === scenario.id && g.richtwertId === analysis.selection.richtwertId);

  const values = useMemo(() => {
    const m = new Map<string, number>();
    for (const r of analysis.regionFigures) {
      const pop = r.population;
      // Uninhabited areas (gemeindefreie Gebiete) have no rate: grey, outside the classes.
      if (pop <= 0 && indicator !== 'gap') continue;
      const need = r.need.pflegegeld + r.need.ambulant + r.need.vollstationaer;
      const p80 = r.population80;
      if (indicator === 'need') m.set(r.key, need);
      else if (indicator === 'quote') m.set(r.key, pop > 0 ? (need / pop) * 100 : 0);
      else if (indicator === 'share80') m.set(r.key, pop > 0 ? (p80 / pop) * 100 : 0);
    }
    if (indicator === 'gap' && gap) for (const r of gap.rows) if (r.year === year) m.set(r.key, r.gap);
    return m;
  }, [analysis, year, indicator, gap]);

  const map = useMemo(() => {
    const shapes = geometries.map((g) => ({ g, rings: ringsOf(g.geometry) })).filter((s) => s.rings.length > 0);
    const projection = project(shapes.map((s) => s.rings), { width: WIDTH });
    if (!projection) return null;
    return { height: projection.height, shapes: shapes.map(({ g, rings }) => ({ g, d: projection.path(rings) })) };
  }, [geometries]);

  // Five equal-interval classes over the Gemeinden shown.
  const shown = map ? map.shapes.map((s) => values.get(s.g.ags)).filter((v): v is number => v !== undefined) : [];
  const min = Math.min(...shown);
  const max = Math.max(...shown);
  const step = shown.length > 0 && max > min ? (max - min) / PALETTE.length : 1;
  const classOf = (v: number) => Math.min(PALETTE.length - 1, Math.floor((v - min) / step));
  const digits = indicator === 'need' || indicator === 'gap' ? 0 : 1;

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        {t.mapHeading} ({scenario.name}, {year})
      </h2>
      <div className="field field-short">
        <label htmlFor={`${id}-ind`}>{t.indicator}</label>
        <select id={`${id}-ind`} value={indicator} onChange={(e) => setIndicator(e.target.value as Indicator)}>
          {(Object.keys(INDICATORS) as Indicator[]).filter((k) => k !== 'gap' || gap).map((k) => (
            <option key={k} value={k}>
              {INDICATORS[k]}
            </option>
          ))}
        </select>
      </div>
      {map && shown.length > 0 ? (
        <div className="needs-map needs-chart-box">
          <svg viewBox={`-10 -10 ${WIDTH + 20} ${map.height + 20}`} role="img" aria-label={t.mapLabel(INDICATORS[indicator], year)} className="needs-map-svg">
            {map.shapes.map((s) => {
              const v = values.get(s.g.ags);
              return (
                <path key={s.g.id} d={s.d} fillRule="evenodd" fill={v === undefined ? '#dddddd' : PALETTE[classOf(v)]} stroke="#444" strokeWidth={1.5}>
                  <title>{`${s.g.name}: ${v === undefined ? 'keine Angabe' : fmt(v, digits)}`}</title>
                </path>
              );
            })}
          </svg>
          <div className="needs-legend">
            <SvgButton fileName={`karte-${year}.svg`} />
            <h3>
              {t.legend}: {INDICATORS[indicator]}, {year}
            </h3>
            <ul>
              {PALETTE.map((c, i) => (
                <li key={c}>
                  <span className="needs-swatch" data-class={i} aria-hidden="true" />
                  {fmt(min + i * step, digits)} – {fmt(i === PALETTE.length - 1 ? max : min + (i + 1) * step, digits)}
                </li>
              ))}
              <li>
                <span className="needs-swatch needs-swatch-none" aria-hidden="true" />
                keine Einwohner / keine Angabe
              </li>
            </ul>
          </div>
        </div>
      ) : (
        <p className="empty">{t.noShapes}</p>
      )}
      <Explain explanation={indicator === 'gap' && gap ? gap.explanation : scenario.explanation} />
    </section>
  );
}
