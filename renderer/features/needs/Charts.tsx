/** Charts and tables of the needs analysis. Each chart has its numbers in a table and a "Wie berechnet?". */
import { useMemo, useState } from 'react';
import { Pager, pageOf } from '../../components/Pager';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnalysisView as Analysis } from '../../../shared/contract/needsSchemas';
import { bandLabel } from '../../../shared/needs/ageBands';
import { SETTING_LABELS } from '../../../shared/needs/careRates';
import { STAFF_CATEGORY_LABELS } from '../../../shared/stock/registers';
import { Card } from './Card';
import { ChartFrame } from './ChartFrame';
import { DataTable, NumberRows } from './DataTable';
import { Explain } from './Explain';
import { ExportButton } from './ExportButtons';
import { useOfferTypeLabel } from '../../components/OfferTypeSelect';
import { categoryAxisWidth, categoryRowHeight, fmt, fmtPercent } from './format';
import { useNeeds } from './needsStore';
import { needsTexts } from './texts';

const t = needsTexts.results;
const COLORS = ['#1f4e8c', '#b3541e', '#2e7d32', '#6a1b9a', '#00838f'];
const SETTING_COLORS = { pflegegeld: '#1f4e8c', ambulant: '#2e7d32', vollstationaer: '#b3541e' } as const;
type Need = Analysis['scenarios'][number]['rows'][number]['need'];
const total = (n: Need): number => n.pflegegeld + n.ambulant + n.vollstationaer;
/** Rows per page of the long tables (every Gemeinde of a large plan): the export holds them all. */
const TABLE_PAGE = 100;

/** Grid, axes, tooltip and legend of the charts over the years. An array, not a component: recharts reads its direct children. */
const yearAxes = () => [
  <CartesianGrid key="grid" strokeDasharray="3 3" />,
  <XAxis key="x" dataKey="year" />,
  // Wide enough for „14.000.000“ (every Gemeinde of a Land or of Germany in one plan).
  <YAxis key="y" tickFormatter={(v: number) => fmt(v)} width={92} />,
  <Tooltip key="tip" formatter={(v) => fmt(Number(v))} />,
  <Legend key="legend" />,
];

export function ScenarioComparison({ analysis }: { analysis: Analysis }) {
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
    <Card heading={t.compareHeading}>
      <ChartFrame description={t.linesDesc} height={300} svgFileName="pflegebeduerftige-szenarien.svg">
        <LineChart data={data} margin={{ left: 8, right: 24, top: 8 }}>
          {yearAxes()}
          {analysis.scenarios.map((s, i) => (
            <Line key={s.id} dataKey={s.id} name={s.name} stroke={COLORS[i % COLORS.length]} dot={false} strokeWidth={2} isAnimationActive={false} />
          ))}
        </LineChart>
      </ChartFrame>
      <DataTable label={t.compareCaption} captionVisible tall columns={header}>
        <NumberRows rows={rows} />
      </DataTable>
      <ExportButton fileName="pflegebeduerftige-szenarien.csv" header={header} rows={rows} digits={0} source={{ sources: analysis.scenarios[0]?.explanation.sources }} />
      {analysis.scenarios.map((s) => (
        <div key={s.id}>
          <h3 className="needs-explain-title">{s.name}</h3>
          <Explain explanation={s.explanation} />
        </div>
      ))}
    </Card>
  );
}

export function SettingsChart({ scenario, regionKey, regionName }: { scenario: Analysis['scenarios'][number]; regionKey: string; regionName: string }) {
  const data = scenario.rows.filter((r) => r.key === regionKey).map((r) => ({ year: r.year, ...r.need }));
  const keys = ['pflegegeld', 'ambulant', 'vollstationaer'] as const;
  const header = [t.year, ...keys.map((k) => SETTING_LABELS[k]), t.total];
  const rows = data.map((r) => [r.year, r.pflegegeld, r.ambulant, r.vollstationaer, total(r)]);
  return (
    <Card
      heading={
        <>
          {t.settingsHeading}: {regionName} ({scenario.name})
        </>
      }
    >
      <ChartFrame description={t.settingsDesc} height={300} svgFileName="leistungsarten.svg">
        <BarChart data={data} margin={{ left: 8, right: 24, top: 8 }}>
          {yearAxes()}
          {keys.map((k) => (
            <Bar key={k} dataKey={k} stackId="a" name={SETTING_LABELS[k]} fill={SETTING_COLORS[k]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ChartFrame>
      <DataTable
        label={t.settingsHeading}
        caption={
          <>
            {t.settingsHeading}: {regionName}
          </>
        }
        tall
        columns={header}
      >
        <NumberRows rows={rows} />
      </DataTable>
      <ExportButton fileName={`leistungsarten-${regionKey}.csv`} header={header} rows={rows} digits={0} source={{ scenario: scenario.name, sources: scenario.explanation.sources }} />
      <Explain explanation={scenario.explanation} />
    </Card>
  );
}

export function Pyramid({ analysis }: { analysis: Analysis }) {
  const data = [...analysis.pyramid].reverse().map((p) => ({ band: bandLabel(p.band), maennlich: -p.maennlich, weiblich: p.weiblich }));
  return (
    <Card
      heading={
        <>
          {t.pyramidHeading} {analysis.baseYear}
        </>
      }
    >
      <ChartFrame description={t.pyramidDesc} height={Math.max(300, data.length * 22)} svgFileName="bevoelkerungspyramide.svg">
        <BarChart data={data} layout="vertical" stackOffset="sign" margin={{ left: 8, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => fmt(Math.abs(v))} />
          <YAxis type="category" dataKey="band" width={170} interval={0} />
          <Tooltip formatter={(v) => fmt(Math.abs(Number(v)))} />
          <Legend />
          <Bar dataKey="maennlich" name={t.men} stackId="p" fill="#1f4e8c" isAnimationActive={false} />
          <Bar dataKey="weiblich" name={t.women} stackId="p" fill="#b3541e" isAnimationActive={false} />
        </BarChart>
      </ChartFrame>
      <DataTable label={t.pyramidHeading} collapsed columns={[t.ageBand, t.men, t.women]}>
        <NumberRows rows={analysis.pyramid.map((p) => [bandLabel(p.band), p.maennlich, p.weiblich])} />
      </DataTable>
      <Explain explanation={{ ...analysis.populationSource, assumptions: analysis.scenarios[0]?.explanation.assumptions.filter((a) => a.includes('aufgeteilt')) ?? [] }} />
    </Card>
  );
}

export function GemeindeTable({ analysis, scenario, year }: { analysis: Analysis; scenario: Analysis['scenarios'][number]; year: number }) {
  const base = analysis.baseYear!;
  const figures = new Map(analysis.regionFigures.map((f) => [f.key, f]));
  // Gemeinden by name (German collation), then the Planungsbereiche.
  const rows = analysis.regions
    .filter((r) => r.level !== 'kreis')
    .sort((a, b) => (a.level === b.level ? a.name.localeCompare(b.name, 'de') : a.level === 'gemeinde' ? -1 : 1))
    .map((r) => ({ region: r, now: figures.get(r.key) }))
    .filter((r) => r.now);
  const header = [t.region, `Einwohner ${year}`, `80+ ${year}`, `Pflegebedürftige ${base}`, `Pflegebedürftige ${year}`, ...(['pflegegeld', 'ambulant', 'vollstationaer'] as const).map((k) => `${SETTING_LABELS[k]} ${year}`)];
  const csvRows = rows.map((r) => [
    r.region.name,
    r.now!.population,
    r.now!.population80,
    r.now!.needBaseYear,
    total(r.now!.need),
    r.now!.need.pflegegeld,
    r.now!.need.ambulant,
    r.now!.need.vollstationaer,
  ]);
  const [page, setPage] = useState(0);
  const shown = pageOf(csvRows, page, TABLE_PAGE);
  const first = shown.page * TABLE_PAGE;
  return (
    <Card
      heading={
        <>
          {t.gemeindenHeading} ({scenario.name}, {year})
        </>
      }
    >
      <DataTable
        label={t.gemeindenHeading}
        caption={
          <>
            {t.gemeindenHeading} {year}
          </>
        }
        tall
        columns={header}
      >
        <NumberRows rows={shown.rows} rowKey={(_, i) => rows[first + i]!.region.key} rowClassName={(i) => (rows[first + i]!.region.level === 'bereich' ? 'needs-row-area' : undefined)} />
      </DataTable>
      <Pager page={shown.page} pageCount={shown.pageCount} onPage={setPage} label={`${t.gemeindenHeading}: Seiten`} />
      <ExportButton fileName={`gemeinden-${year}.csv`} header={header} rows={csvRows} digits={0} source={{ scenario: scenario.name, sources: scenario.explanation.sources }} />
      <Explain explanation={scenario.explanation} />
    </Card>
  );
}

/**
 * Gaps of one Richtwert per Gemeinde. A negative "gap" is an oversupply: it is shown as
 * "Überhang", never as "Lücke −486". Bars are sorted by size and every Gemeinde is labelled.
 */
export function GapChart({ analysis, gap, year, scenarioName }: { analysis: Analysis; gap: Analysis['gaps'][number]; year: number; scenarioName: string }) {
  const names = new Map(analysis.regions.map((r) => [r.key, r.name]));
  const rows = gap.rows.filter((r) => r.year === year);
  const gemeinden = rows
    .filter((r) => analysis.regions.find((x) => x.key === r.key)?.level === 'gemeinde')
    .map((r) => ({ name: names.get(r.key) ?? r.key, luecke: Math.max(r.gap, 0), ueberhang: Math.min(r.gap, 0), gap: r.gap }))
    .sort((a, b) => b.gap - a.gap || a.name.localeCompare(b.name, 'de'));
  const labels = gemeinden.map((g) => g.name);
  const axisWidth = categoryAxisWidth(labels);
  const kreis = rows.find((r) => r.key === 'kreis');
  const header = [t.region, t.required, t.stock, t.gap, t.surplus];
  const tableRows = [...rows.filter((r) => r.key !== 'kreis'), ...(kreis ? [kreis] : [])].map((r) => [names.get(r.key) ?? r.key, r.required, r.stock, Math.max(r.gap, 0), Math.max(-r.gap, 0)]);
  return (
    <Card
      heading={
        <>
          {t.gapHeading}: {gap.label} ({scenarioName}, {year})
        </>
      }
    >
      {kreis ? (
        <p className="needs-kpi">
          Kreis: {t.required} {fmt(kreis.required)}, {t.stock} {fmt(kreis.stock)},{' '}
          {kreis.gap >= 0 ? (
            <>
              {t.gap} <strong>{fmt(kreis.gap)}</strong>
            </>
          ) : (
            <>
              {t.surplus} <strong>{fmt(-kreis.gap)}</strong>
            </>
          )}
        </p>
      ) : null}
      <ChartFrame description={t.gapDesc} height={Math.max(260, gemeinden.length * categoryRowHeight(labels, axisWidth) + 60)} svgFileName="luecken.svg">
        <BarChart data={gemeinden} layout="vertical" stackOffset="sign" margin={{ left: 8, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => fmt(Math.abs(v))} />
          {/* interval 0: every Gemeinde keeps its label, however many there are. */}
          <YAxis type="category" dataKey="name" width={axisWidth} interval={0} />
          <Tooltip formatter={(v) => fmt(Math.abs(Number(v)), 1)} />
          <Legend />
          <Bar dataKey="luecke" name={t.gap} stackId="g" fill="#b3541e" isAnimationActive={false} />
          <Bar dataKey="ueberhang" name={t.surplus} stackId="g" fill="#2e7d32" isAnimationActive={false} />
        </BarChart>
      </ChartFrame>
      <DataTable
        label={t.gapHeading}
        caption={
          <>
            {t.gapHeading}: {gap.label}
          </>
        }
        tall
        collapsed
        columns={header}
      >
        <NumberRows rows={tableRows} digits={1} />
      </DataTable>
      <ExportButton fileName={`luecken-${gap.offerType}-${year}.csv`} header={header} rows={tableRows} source={{ scenario: scenarioName, sources: gap.explanation.sources }} />
      <Explain explanation={gap.explanation} />
    </Card>
  );
}

export function StaffingTable({ staffing, scenarioName }: { analysis: Analysis; staffing: Analysis['staffing'][number]; scenarioName: string }) {
  const header = [t.year, t.targetGroup, t.ratio, t.soll, t.ist, t.difference];
  const kreisRows = staffing.rows.filter((r) => r.key === 'kreis');
  const tableRows = kreisRows.map((r) => [r.year, r.targetGroup, r.ratio, r.soll, r.ist, r.difference]);
  const category = useNeeds((s) => s.staffing.find((r) => r.id === staffing.ratioId)?.staffCategory);
  // Ist 0 throughout: say which posts would count and where they are entered, not just „0,0“.
  const noPosts = kreisRows.every((r) => r.ist === 0);
  return (
    <Card
      heading={
        <>
          {t.staffingHeading}: {staffing.label} ({scenarioName})
        </>
      }
    >
      <DataTable label={t.staffingHeading} caption={staffing.label} tall columns={header}>
        {/* Target group and ratio are whole numbers, the staff counts have one decimal. */}
        <NumberRows rows={tableRows} digits={(column) => (column < 2 ? 0 : 1)} />
      </DataTable>
      {noPosts ? (
        <p className="muted">
          {t.noStaffPosts(category ? STAFF_CATEGORY_LABELS[category] : null)} <a href="#/bestand/personalstellen">{t.toStaffPosts}</a>
        </p>
      ) : null}
      <ExportButton fileName="betreuungsschluessel.csv" header={header} rows={tableRows} source={{ scenario: scenarioName, sources: staffing.explanation.sources }} />
      <Explain explanation={staffing.explanation} />
    </Card>
  );
}

export function StaffGapTable({ staffGap, scenarioName }: { staffGap: NonNullable<Analysis['staffGap']>; scenarioName: string }) {
  const header = [t.setting, t.cases, t.reqFk, t.curFk, t.gapFk, t.reqHk, t.curHk, t.gapHk];
  // Cases are projected persons: whole numbers, like every other count of people on the page.
  const rows = staffGap.rows.map((r) => [SETTING_LABELS[r.setting], Math.round(r.cases), r.requiredFachkraft, r.currentFachkraft, r.gapFachkraft, r.requiredHilfskraft, r.currentHilfskraft, r.gapHilfskraft]);
  return (
    <Card
      heading={
        <>
          {t.staffGapHeading} ({scenarioName}, {staffGap.year})
        </>
      }
    >
      <DataTable label={t.staffGapHeading} columns={header}>
        <NumberRows rows={rows} digits={1} />
      </DataTable>
      <ExportButton fileName={`personalbedarf-${staffGap.year}.csv`} header={header} rows={rows} source={{ scenario: scenarioName, sources: staffGap.explanation.sources }} />
      <Explain explanation={staffGap.explanation} />
    </Card>
  );
}

export function ReachTable({ analysis, reach }: { analysis: Analysis; reach: NonNullable<Analysis['reachability']> }) {
  const names = new Map(analysis.regions.map((r) => [r.key, r.name]));
  const km = reach.explanation.assumptions.find((a) => a.startsWith('Schwelle'))?.replace('Schwelle ', '').replace(' km', '') ?? '';
  const header = [t.region, t.distance, t.pop80, t.beyond];
  const rows = reach.rows.map((r) => [names.get(r.ags) ?? r.ags, r.distance, r.population80, r.beyond ? t.yes : t.no]);
  const [page, setPage] = useState(0);
  const shown = pageOf(rows, page, TABLE_PAGE);
  const offerTypeLabel = useOfferTypeLabel();
  return (
    <Card heading={t.reachHeading}>
      {/* No distance anywhere means nothing to measure from: "100 % weiter als 15 km" would mislead. */}
      {reach.rows.every((r) => r.distance === null) ? (
        <p className="needs-kpi">{t.reachNotYet(offerTypeLabel(reach.offerType))}</p>
      ) : (
        <p className="needs-kpi">{t.reachSummary(fmtPercent(reach.shareBeyond), km, offerTypeLabel(reach.offerType))}</p>
      )}
      <DataTable label={t.reachHeading} tall collapsed columns={header}>
        {shown.rows.map((r) => (
          <tr key={String(r[0])}>
            <th scope="row">{r[0]}</th>
            <td className="num">{fmt(r[1] as number | null, 1)}</td>
            <td className="num">{fmt(r[2] as number)}</td>
            <td>{r[3]}</td>
          </tr>
        ))}
      </DataTable>
      <Pager page={shown.page} pageCount={shown.pageCount} onPage={setPage} label={`${t.reachHeading}: Seiten`} />
      <ExportButton fileName="erreichbarkeit.csv" header={header} rows={rows} source={{ sources: reach.explanation.sources }} />
      <Explain explanation={reach.explanation} />
    </Card>
  );
}
