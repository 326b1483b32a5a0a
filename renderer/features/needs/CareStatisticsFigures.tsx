/**
 * The official Pflegestatistik figures of the Kreis: Pflegebedürftige by setting with the shares
 * of Land and Germany beside them, and homes, places and staff beside the stock register.
 */
import type { CareStatistics } from '../../../shared/contract/needsSchemas';
import { CARE_MEASURES, careStichtag, type CareMeasure } from '../../../shared/needs/careStatistics';
import { Card } from './Card';
import { DataTable } from './DataTable';
import { fmt } from './format';
import { useNeeds } from './needsStore';
import { needsTexts } from './texts';

const t = needsTexts.careStatistics;
type Row = CareStatistics['rows'][number];
const SETTING_MEASURES: CareMeasure[] = ['ambulant', 'vollstationaer', 'pflegegeld', 'teilstationaer'];
const FACILITY_MEASURES: Array<[CareMeasure, keyof CareStatistics['stock'] | null]> = [
  ['pflegedienste', 'pflegedienste'],
  ['personal_pflegedienste', 'personalPflegedienste'],
  ['pflegeheime', 'pflegeheime'],
  ['plaetze', 'plaetze'],
  ['plaetze_dauerpflege', null],
  ['personal_pflegeheime', 'personalPflegeheime'],
];
const num = (v: number | null | undefined) => (v === null || v === undefined ? '–' : fmt(v));

export function CareStatisticsFigures() {
  const stats = useNeeds((s) => s.careStatistics);
  if (!stats) return null;
  const needRows = stats.rows.filter((r) => r.sex === 'insgesamt' && 'pflegebeduerftige' in r.values);
  const needYear = needRows[0]?.year;
  const facilityRows = stats.rows.filter((r) => r.level === 'kreis' && 'plaetze' in r.values);
  const facilities = facilityRows[0];
  const facilitiesHeading = facilities ? t.facilitiesHeading(t.stichtag(careStichtag(stats.datasets, 'einrichtungen', facilities.year), facilities.year)) : '';
  return (
    <>
      {needYear !== undefined ? <NeedTable stichtag={t.stichtag(careStichtag(stats.datasets, 'pflegebeduerftige', needYear), needYear)} rows={needRows.filter((r) => r.year === needYear)} /> : null}
      {facilities ? (
        <Card heading={facilitiesHeading}>
          <p className="field-hint">{t.facilitiesIntro}</p>
          <DataTable label={facilitiesHeading} columns={[t.measure, t.official, t.stock]}>
            {FACILITY_MEASURES.map(([m, stockKey]) => (
              <tr key={m}>
                <th scope="row">{CARE_MEASURES[m]}</th>
                <td className="num">{num(facilities.values[m])}</td>
                <td className="num">{stockKey ? fmt(stats.stock[stockKey], stockKey.startsWith('personal') ? 1 : 0) : '–'}</td>
              </tr>
            ))}
          </DataTable>
        </Card>
      ) : null}
    </>
  );
}

function NeedTable({ stichtag, rows }: { stichtag: string; rows: Row[] }) {
  const order = { kreis: 0, land: 1, deutschland: 2 } as const;
  const sorted = [...rows].sort((a, b) => order[a.level] - order[b.level]);
  const share = (r: Row, m: CareMeasure) => {
    const total = r.values.pflegebeduerftige;
    const v = r.values[m];
    return total && v !== null && v !== undefined ? `${fmt((v / total) * 100, 1)} %` : '–';
  };
  return (
    <Card heading={t.needHeading(stichtag)}>
      <p className="field-hint">{t.needIntro}</p>
      <DataTable label={t.needHeading(stichtag)} columns={[t.region, CARE_MEASURES.pflegebeduerftige, ...SETTING_MEASURES.flatMap((m) => [CARE_MEASURES[m], `${t.share} ${CARE_MEASURES[m]}`])]}>
        {sorted.map((r) => (
          <tr key={r.regionKey}>
            <th scope="row">
              {t.regionLabel(r.regionName, r.level)}
            </th>
            <td className="num">{num(r.values.pflegebeduerftige)}</td>
            {SETTING_MEASURES.flatMap((m) => [
              <td key={m} className="num">
                {num(r.values[m])}
              </td>,
              <td key={`${m}-share`} className="num">
                {share(r, m)}
              </td>,
            ])}
          </tr>
        ))}
      </DataTable>
    </Card>
  );
}
