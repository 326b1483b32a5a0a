/** Charts and tables of the needs analysis. Each chart has its numbers in a table and a "Wie berechnet?". */
import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Analysis } from '../../../shared/contract/needsSchemas';
import { bandLabel } from '../../../shared/needs/ageBands';
import { SETTING_LABELS } from '../../../shared/needs/careRates';
import { TableScroll } from '../../components/TableScroll';
import { Explain } from './Explain';
import { downloadBase64, downloadCsv, fmt, fmtPercent, toCsv } from './format';
import { errorMessage, invoke } from '../../api';
import { showError } from '../../app/statusStore';
import { needsTexts } from './texts';

const t = needsTexts.results;
const COLORS = ['#1f4e8c', '#b3541e', '#2e7d32', '#6a1b9a', '#00838f'];
const SETTING_COLORS = { pflegegeld: '#1f4e8c', ambulant: '#2e7d32', vollstationaer: '#b3541e' } as const;
type Need = Analysis['scenarios'][number]['rows'][number]['need'];
const total = (n: Need): number => n.pflegegeld + n.ambulant + n.vollstationaer;

function ExportButton({ fileName, header, rows }: { fileName: string; header: string[]; rows: Array<Array<string | number | null>> }) {
  async function xlsx() {
    try {
      const file = await invoke('needs.export.xlsx', { fileName, sheet: fileName.replace(/\.csv$/, ''), header, rows });
      downloadBase64(file.fileName, file.mimeType, file.contentBase64);
    } catch (e) {
      showError(errorMessage(e));
    }
  }
  return (
    <div className="button-row">
      <button type="button" className="link-button" onClick={() => downloadCsv(fileName, toCsv(header, rows))}>
        {t.export}
      </button>
      <button type="button" className="link-button" onClick={() => void xlsx()}>
        {t.exportXlsx}
      </button>
    </div>
  );
}

/** Saves the chart (the SVG inside the figure) as an SVG file. */
export function SvgButton({ fileName }: { fileName: string }) {
  function save(button: HTMLButtonElement) {
    const svg = button.closest('.needs-chart-box')?.querySelector('svg');
    if (!svg) return;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const text = new XMLSerializer().serializeToString(clone);
    downloadCsv(fileName, text, 'image/svg+xml');
  }
  return (
    <button type="button" className="link-button" onClick={(e) => save(e.currentTarget)}>
      {t.exportSvg}
    </button>
  );
}

export function ScenarioComparison({ analysis }: { analysis: Analysis }) {
  const id = useId();
  const data = useMemo(
    () =>
      analysis.years.map((year) => {
        const row: Record<string, number> = { year };
        for (const s of analysis.scenarios) {
          const k = s.rows.find((r) => r.key === 'kreis' && r.year === year);
          if (k) row[s.id] = total(k.need);
        }
        return row;
      }),
    [analysis],
  );
  const header = [t.year, ...analysis.scenarios.map((s) => s.name)];
  const rows = data.map((d) => [d.year!, ...analysis.scenarios.map((s) => d[s.id] ?? null)]);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.compareHeading}</h2>
      <figure className="needs-chart needs-chart-box">
        <div role="img" aria-label={t.linesDesc}>
          <ResponsiveContainer width="100%" height={300}>
            <LineChart data={data} margin={{ left: 8, right: 24, top: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="year" />
              <YAxis tickFormatter={(v: number) => fmt(v)} width={70} />
              <Tooltip formatter={(v) => fmt(Number(v))} />
              <Legend />
              {analysis.scenarios.map((s, i) => (
                <Line key={s.id} dataKey={s.id} name={s.name} stroke={COLORS[i % COLORS.length]} dot={false} strokeWidth={2} isAnimationActive={false} />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
        <SvgButton fileName="pflegebeduerftige-szenarien.svg" />
      </figure>
      <TableScroll label={t.compareCaption} tall>
        <table className="data-table">
          <caption>{t.compareCaption}</caption>
          <thead>
            <tr>
              {header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={String(r[0])}>
                <th scope="row">{r[0]}</th>
                {r.slice(1).map((v, i) => (
                  <td key={i} className="num">
                    {fmt(v as number | null)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ExportButton fileName="pflegebeduerftige-szenarien.csv" header={header} rows={rows} />
      {analysis.scenarios.map((s) => (
        <div key={s.id}>
          <h3 className="needs-explain-title">{s.name}</h3>
          <Explain explanation={s.explanation} />
        </div>
      ))}
    </section>
  );
}

export function SettingsChart({ scenario, regionKey, regionName }: { scenario: Analysis['scenarios'][number]; regionKey: string; regionName: string }) {
  const id = useId();
  const data = scenario.rows.filter((r) => r.key === regionKey).map((r) => ({ year: r.year, ...r.need }));
  const keys = ['pflegegeld', 'ambulant', 'vollstationaer'] as const;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        {t.settingsHeading}: {regionName} ({scenario.name})
      </h2>
      <figure className="needs-chart needs-chart-box">
        <div role="img" aria-label={t.settingsDesc}>
          <ResponsiveContainer width="100%" height={300}>
            <BarChart data={data} margin={{ left: 8, right: 24, top: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="year" />
              <YAxis tickFormatter={(v: number) => fmt(v)} width={70} />
              <Tooltip formatter={(v) => fmt(Number(v))} />
              <Legend />
              {keys.map((k) => (
                <Bar key={k} dataKey={k} stackId="a" name={SETTING_LABELS[k]} fill={SETTING_COLORS[k]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
        <SvgButton fileName="leistungsarten.svg" />
      </figure>
      <TableScroll label={t.settingsHeading} tall>
        <table className="data-table">
          <caption className="visually-hidden">
            {t.settingsHeading}: {regionName}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.year}</th>
              {keys.map((k) => (
                <th key={k} scope="col">
                  {SETTING_LABELS[k]}
                </th>
              ))}
              <th scope="col">{t.total}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((r) => (
              <tr key={r.year}>
                <th scope="row">{r.year}</th>
                {keys.map((k) => (
                  <td key={k} className="num">
                    {fmt(r[k])}
                  </td>
                ))}
                <td className="num">{fmt(r.pflegegeld + r.ambulant + r.vollstationaer)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ExportButton fileName={`leistungsarten-${regionKey}.csv`} header={[t.year, ...keys.map((k) => SETTING_LABELS[k]), t.total]} rows={data.map((r) => [r.year, r.pflegegeld, r.ambulant, r.vollstationaer, total(r)])} />
      <Explain explanation={scenario.explanation} />
    </section>
  );
}

export function Pyramid({ analysis }: { analysis: Analysis }) {
  const id = useId();
  const data = [...analysis.pyramid].reverse().map((p) => ({ band: bandLabel(p.band), maennlich: -p.maennlich, weiblich: p.weiblich }));
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        {t.pyramidHeading} {analysis.baseYear}
      </h2>
      <figure className="needs-chart needs-chart-box">
        <div role="img" aria-label={t.pyramidDesc}>
          <ResponsiveContainer width="100%" height={Math.max(300, data.length * 22)}>
            <BarChart data={data} layout="vertical" stackOffset="sign" margin={{ left: 8, right: 24 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" tickFormatter={(v: number) => fmt(Math.abs(v))} />
              <YAxis type="category" dataKey="band" width={170} />
              <Tooltip formatter={(v) => fmt(Math.abs(Number(v)))} />
              <Legend />
              <Bar dataKey="maennlich" name={t.men} stackId="p" fill="#1f4e8c" isAnimationActive={false} />
              <Bar dataKey="weiblich" name={t.women} stackId="p" fill="#b3541e" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <SvgButton fileName="bevoelkerungspyramide.svg" />
      </figure>
      <details>
        <summary>Tabelle</summary>
        <TableScroll label={t.pyramidHeading}>
          <table className="data-table">
            <caption className="visually-hidden">{t.pyramidHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{t.ageBand}</th>
                <th scope="col">{t.men}</th>
                <th scope="col">{t.women}</th>
              </tr>
            </thead>
            <tbody>
              {analysis.pyramid.map((p) => (
                <tr key={p.band}>
                  <th scope="row">{bandLabel(p.band)}</th>
                  <td className="num">{fmt(p.maennlich)}</td>
                  <td className="num">{fmt(p.weiblich)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
      <Explain explanation={{ ...analysis.populationSource, assumptions: analysis.scenarios[0]?.explanation.assumptions.filter((a) => a.includes('aufgeteilt')) ?? [] }} />
    </section>
  );
}

export function GemeindeTable({ analysis, scenario, year }: { analysis: Analysis; scenario: Analysis['scenarios'][number]; year: number }) {
  const id = useId();
  const base = analysis.baseYear!;
  const rows = analysis.regions
    .filter((r) => r.level !== 'kreis')
    .map((r) => {
      const now = scenario.rows.find((x) => x.key === r.key && x.year === year);
      const then = scenario.rows.find((x) => x.key === r.key && x.year === base);
      return { region: r, now, then };
    })
    .filter((r) => r.now);
  const header = [t.region, `Einwohner ${year}`, `80+ ${year}`, `Pflegebedürftige ${base}`, `Pflegebedürftige ${year}`, ...(['pflegegeld', 'ambulant', 'vollstationaer'] as const).map((k) => `${SETTING_LABELS[k]} ${year}`)];
  const csvRows = rows.map((r) => [
    r.region.name,
    Object.values(r.now!.population).reduce((a, b) => a + b, 0),
    (r.now!.population['80-85'] ?? 0) + (r.now!.population['85-90'] ?? 0) + (r.now!.population['90+'] ?? 0),
    r.then ? total(r.then.need) : null,
    total(r.now!.need),
    r.now!.need.pflegegeld,
    r.now!.need.ambulant,
    r.now!.need.vollstationaer,
  ]);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        {t.gemeindenHeading} ({scenario.name}, {year})
      </h2>
      <TableScroll label={t.gemeindenHeading} tall>
        <table className="data-table">
          <caption className="visually-hidden">
            {t.gemeindenHeading} {year}
          </caption>
          <thead>
            <tr>
              {header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {csvRows.map((r, i) => (
              <tr key={rows[i]!.region.key} className={rows[i]!.region.level === 'bereich' ? 'needs-row-area' : undefined}>
                <th scope="row">{r[0]}</th>
                {r.slice(1).map((v, j) => (
                  <td key={j} className="num">
                    {fmt(v as number | null)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ExportButton fileName={`gemeinden-${year}.csv`} header={header} rows={csvRows} />
      <Explain explanation={scenario.explanation} />
    </section>
  );
}

export function GapChart({ analysis, gap, year }: { analysis: Analysis; gap: Analysis['gaps'][number]; year: number }) {
  const id = useId();
  const names = new Map(analysis.regions.map((r) => [r.key, r.name]));
  const rows = gap.rows.filter((r) => r.year === year);
  const gemeinden = rows.filter((r) => analysis.regions.find((x) => x.key === r.key)?.level === 'gemeinde').map((r) => ({ ...r, name: names.get(r.key) ?? r.key }));
  const kreis = rows.find((r) => r.key === 'kreis');
  const header = [t.region, t.required, t.stock, t.gap];
  const tableRows = [...rows.filter((r) => r.key !== 'kreis'), ...(kreis ? [kreis] : [])].map((r) => [names.get(r.key) ?? r.key, r.required, r.stock, r.gap]);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        {t.gapHeading}: {gap.label} ({year})
      </h2>
      {kreis ? (
        <p className="needs-kpi">
          Kreis: {t.required} {fmt(kreis.required)}, {t.stock} {fmt(kreis.stock)}, {t.gap} <strong>{fmt(kreis.gap)}</strong>
        </p>
      ) : null}
      <figure className="needs-chart needs-chart-box">
        <div role="img" aria-label={t.gapDesc}>
          <ResponsiveContainer width="100%" height={Math.max(260, gemeinden.length * 22 + 40)}>
            <BarChart data={gemeinden} layout="vertical" margin={{ left: 8, right: 24 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" tickFormatter={(v: number) => fmt(v)} />
              <YAxis type="category" dataKey="name" width={170} />
              <Tooltip formatter={(v) => fmt(Number(v), 1)} />
              <Bar dataKey="gap" name={t.gap} fill="#b3541e" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <SvgButton fileName="luecken.svg" />
      </figure>
      <details>
        <summary>Tabelle</summary>
        <TableScroll label={t.gapHeading} tall>
          <table className="data-table">
            <caption className="visually-hidden">
              {t.gapHeading}: {gap.label}
            </caption>
            <thead>
              <tr>
                {header.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {tableRows.map((r) => (
                <tr key={String(r[0])}>
                  <th scope="row">{r[0]}</th>
                  {r.slice(1).map((v, j) => (
                    <td key={j} className="num">
                      {fmt(v as number, 1)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
      <ExportButton fileName={`luecken-${gap.offerType}-${year}.csv`} header={header} rows={tableRows} />
      <Explain explanation={gap.explanation} />
    </section>
  );
}

export function StaffingTable({ analysis, staffing }: { analysis: Analysis; staffing: Analysis['staffing'][number] }) {
  const id = useId();
  const rows = staffing.rows.filter((r) => r.key === 'kreis');
  const header = [t.year, t.targetGroup, t.ratio, t.soll, t.ist, t.difference];
  const tableRows = rows.map((r) => [r.year, r.targetGroup, r.ratio, r.soll, r.ist, r.difference]);
  void analysis;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        {t.staffingHeading}: {staffing.label}
      </h2>
      <TableScroll label={t.staffingHeading} tall>
        <table className="data-table">
          <caption className="visually-hidden">{staffing.label}</caption>
          <thead>
            <tr>
              {header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tableRows.map((r) => (
              <tr key={r[0]}>
                <th scope="row">{r[0]}</th>
                <td className="num">{fmt(r[1])}</td>
                <td className="num">{fmt(r[2])}</td>
                <td className="num">{fmt(r[3], 1)}</td>
                <td className="num">{fmt(r[4], 1)}</td>
                <td className="num">{fmt(r[5], 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ExportButton fileName="betreuungsschluessel.csv" header={header} rows={tableRows} />
      <Explain explanation={staffing.explanation} />
    </section>
  );
}

export function StaffGapTable({ staffGap }: { staffGap: NonNullable<Analysis['staffGap']> }) {
  const id = useId();
  const header = [t.setting, t.cases, t.reqFk, t.curFk, t.gapFk, t.reqHk, t.curHk, t.gapHk];
  const rows = staffGap.rows.map((r) => [SETTING_LABELS[r.setting], r.cases, r.requiredFachkraft, r.currentFachkraft, r.gapFachkraft, r.requiredHilfskraft, r.currentHilfskraft, r.gapHilfskraft]);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        {t.staffGapHeading} ({staffGap.year})
      </h2>
      <TableScroll label={t.staffGapHeading}>
        <table className="data-table">
          <caption className="visually-hidden">{t.staffGapHeading}</caption>
          <thead>
            <tr>
              {header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={String(r[0])}>
                <th scope="row">{r[0]}</th>
                {r.slice(1).map((v, j) => (
                  <td key={j} className="num">
                    {fmt(v as number, 1)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ExportButton fileName={`personalbedarf-${staffGap.year}.csv`} header={header} rows={rows} />
      <Explain explanation={staffGap.explanation} />
    </section>
  );
}

export function ReachTable({ analysis, reach }: { analysis: Analysis; reach: NonNullable<Analysis['reachability']> }) {
  const id = useId();
  const names = new Map(analysis.regions.map((r) => [r.key, r.name]));
  const km = reach.explanation.assumptions.find((a) => a.startsWith('Schwelle'))?.replace('Schwelle ', '').replace(' km', '') ?? '';
  const header = [t.region, t.distance, t.pop80, t.beyond];
  const rows = reach.rows.map((r) => [names.get(r.ags) ?? r.ags, r.distance, r.population80, r.beyond ? t.yes : t.no]);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.reachHeading}</h2>
      <p className="needs-kpi">{t.reachSummary(fmtPercent(reach.shareBeyond), km, reach.offerType)}</p>
      <details>
        <summary>Tabelle</summary>
        <TableScroll label={t.reachHeading} tall>
          <table className="data-table">
            <caption className="visually-hidden">{t.reachHeading}</caption>
            <thead>
              <tr>
                {header.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={String(r[0])}>
                  <th scope="row">{r[0]}</th>
                  <td className="num">{fmt(r[1] as number | null, 1)}</td>
                  <td className="num">{fmt(r[2] as number)}</td>
                  <td>{r[3]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
      <ExportButton fileName="erreichbarkeit.csv" header={header} rows={rows} />
      <Explain explanation={reach.explanation} />
    </section>
  );
}
