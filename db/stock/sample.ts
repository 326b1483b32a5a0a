/**
 * What issue #3 adds to the sample plan Lüchow-Dannenberg: a plausible stock in every
 * register. Facilities are invented (names, providers, addresses: `is_example = 1`, shown as
 * "Beispiel"), but their totals equal the Kreis figures of the Pflegestatistik 2015
 * (db/sample/data/stock/SOURCES.md).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { distribute, facilityTotals } from '../../shared/stock/pflegestatistik';
import { registerDef, type RegisterId } from '../../shared/stock/registers';
import { validateRecord } from '../../shared/stock/validation';
import type { TrackedTable } from '../schema';
import type { PlanSession } from '../session';
import { toColumns } from './repository';

export const STOCK_SAMPLE_FILE = 'LK03354_22411-01-01-4_2003-2015.csv';
export const STOCK_SAMPLE_YEAR = 2015;
const SOURCE = 'Beispieldaten; Summen nach Pflegestatistik 2015 (Regionalstatistik 22411-01-01-4)';
const SOURCE_DATE = '2015-12-31';

/** Small deterministic jitter, so points of one Gemeinde do not sit on top of each other. */
function jitter(seed: number): [number, number] {
  const a = Math.sin(seed * 12.9898) * 43758.5453;
  const b = Math.sin(seed * 78.233) * 12345.6789;
  return [((a - Math.floor(a)) - 0.5) * 0.02, ((b - Math.floor(b)) - 0.5) * 0.03];
}

interface Place {
  id: string;
  ags: string;
  name: string;
  lat: number | null;
  lon: number | null;
}

export async function addStockToSample(session: PlanSession, dataDir: string): Promise<void> {
  const text = fs.readFileSync(path.join(dataDir, 'stock', STOCK_SAMPLE_FILE), 'utf8');
  const totals = facilityTotals(text, '03354', STOCK_SAMPLE_YEAR);
  if (!totals) throw new Error(`Pflegestatistik ${STOCK_SAMPLE_YEAR} für 03354 fehlt in ${STOCK_SAMPLE_FILE}.`);
  const rows = await session.db.selectFrom('gemeinde').select(['id', 'ags', 'name', 'lat', 'lon', 'kind']).where('deleted_at', 'is', null).orderBy('ags').execute();
  const byAgs = new Map<string, Place>(rows.map((g) => [g.ags, g]));
  const g = (ags: string): Place => {
    const place = byAgs.get(ags);
    if (!place) throw new Error(`Gemeinde ${ags} fehlt im Beispielplan.`);
    return place;
  };
  let seed = 1;
  const at = (ags: string) => {
    const p = g(ags);
    const [dLat, dLon] = jitter(seed++);
    return { gemeinde_id: p.id, lat: p.lat === null ? null : Math.round((p.lat + dLat) * 1e5) / 1e5, lon: p.lon === null ? null : Math.round((p.lon + dLon) * 1e5) / 1e5, city: p.name };
  };

  await session.write(async (w) => {
    const add = async (register: RegisterId, values: Record<string, unknown>): Promise<string> => {
      const def = registerDef(register);
      const checked = validateRecord(def, values);
      if (Object.keys(checked.errors).length > 0) throw new Error(`Beispiel ${register}: ${Object.values(checked.errors).join(' ')}`);
      const id = randomUUID();
      await w.insert(def.table as TrackedTable, { id, ...toColumns(def, checked.values), ...(def.hasExampleFlag ? { is_example: 1 } : {}) });
      return id;
    };
    await addOffers(add, totals, at);
    const actors = await addActors(add, g);
    await addOthers(add, g, actors);
  });
}

type Add = (register: RegisterId, values: Record<string, unknown>) => Promise<string>;
type At = (ags: string) => { gemeinde_id: string; lat: number | null; lon: number | null; city: string };
type Totals = NonNullable<ReturnType<typeof facilityTotals>>;

/** Heime with vollstationäre Dauerpflege: Gemeinde, invented name, provider kind, weight for places. */
const HEIME: [string, string, string, number][] = [
  ['03354018', 'Haus am Amtsgarten', 'freigemeinnuetzig', 90],
  ['03354018', 'Seniorenzentrum Jeetzeblick', 'privat', 80],
  ['03354018', 'Pflegeheim Drawehn', 'privat', 45],
  ['03354004', 'Haus an der Jeetzel', 'freigemeinnuetzig', 85],
  ['03354004', 'Seniorenresidenz Elbblick', 'privat', 70],
  ['03354004', 'Pflegehaus Marschtor', 'privat', 40],
  ['03354009', 'Haus Weinberg', 'freigemeinnuetzig', 75],
  ['03354009', 'Pflegeheim Elbhöhe', 'privat', 55],
  ['03354026', 'Haus Wustrower Mühle', 'freigemeinnuetzig', 60],
  ['03354002', 'Landhaus Clenze', 'privat', 65],
  ['03354005', 'Seniorenheim Gartower See', 'kommunal', 60],
  ['03354001', 'Haus Dumme-Aue', 'privat', 55],
  ['03354027', 'Pflegeheim Göhrde-Rand', 'privat', 50],
  ['03354022', 'Landpflegeheim Schnega', 'freigemeinnuetzig', 52],
];
const TAGESPFLEGE: [string, string, number][] = [
  ['03354018', 'Tagespflege Lüchow', 18],
  ['03354004', 'Tagespflege Dannenberg', 16],
  ['03354009', 'Tagespflege Hitzacker', 14],
  ['03354002', 'Tagespflege Clenze', 12],
];
const DIENSTE: [string, string, string, number][] = [
  ['03354018', 'Sozialstation Lüchow', 'freigemeinnuetzig', 40],
  ['03354018', 'Pflegedienst Wendland mobil', 'privat', 28],
  ['03354004', 'Sozialstation Dannenberg', 'freigemeinnuetzig', 36],
  ['03354004', 'Häusliche Pflege an der Elbe', 'privat', 22],
  ['03354009', 'Ambulanter Dienst Hitzacker', 'privat', 24],
  ['03354026', 'Pflegedienst Rundling', 'privat', 18],
  ['03354002', 'Sozialstation Clenze', 'freigemeinnuetzig', 26],
  ['03354005', 'Pflegedienst Gartow', 'privat', 16],
  ['03354001', 'Pflegeteam Bergen', 'privat', 12],
  ['03354027', 'Ambulante Pflege Zernien', 'privat', 14],
  ['03354013', 'Pflege zu Hause Küsten', 'privat', 12],
];

async function addOffers(add: Add, totals: Totals, at: At): Promise<void> {
  // 18 Pflegeheime = Heime with Dauerpflege + solitary Tagespflege; their places add up to 966.
  const heime = HEIME.slice(0, totals.pflegeheime - TAGESPFLEGE.length);
  const dauer = distribute(totals.plaetzeDauerpflege, heime.map((h) => h[3]));
  const tagesPlaetze = TAGESPFLEGE.reduce((s, t) => s + t[2], 0);
  const eingestreut = Math.max(0, totals.plaetze - totals.plaetzeDauerpflege - tagesPlaetze);
  const kzpHeime = heime.slice(0, 6);
  const kzp = distribute(eingestreut, kzpHeime.map(() => 1));
  const heimStaff = distribute(totals.personalPflegeheime, [...dauer, ...TAGESPFLEGE.map((t) => t[2] * 0.6)]);
  for (const [i, [ags, name, kind]] of heime.entries()) {
    const loc = at(ags);
    const places = dauer[i]!;
    const street = `Beispielweg ${i + 1}`;
    await add('angebote', {
      type_id: 'vollstationaer',
      name,
      provider: kind === 'kommunal' ? 'Beispiel-Gemeindewerk' : kind === 'privat' ? `${name} GmbH (Beispiel)` : 'Beispiel-Wohlfahrtsverband',
      provider_kind: kind,
      street,
      postcode: '29439',
      ...loc,
      capacity: places,
      occupancy: Math.round(places * 0.93),
      staff_headcount: heimStaff[i],
      staff_fachkraft_vze: Math.round(heimStaff[i]! * 0.35 * 10) / 10,
      staff_hilfskraft_vze: Math.round(heimStaff[i]! * 0.4 * 10) / 10,
      target_groups: i % 3 === 0 ? ['Demenz'] : [],
      source: SOURCE,
      source_date: SOURCE_DATE,
    });
    if (i < kzpHeime.length && kzp[i]! > 0) {
      // Eingestreute Kurzzeitpflege: places inside the same Heim (same name and address).
      await add('angebote', { type_id: 'kurzzeitpflege_eingestreut', name, provider_kind: kind, street, postcode: '29439', ...loc, capacity: kzp[i], source: SOURCE, source_date: SOURCE_DATE });
    }
  }
  for (const [j, [ags, name, places]] of TAGESPFLEGE.entries()) {
    await add('angebote', {
      type_id: 'tagespflege',
      name,
      provider: 'Beispiel-Wohlfahrtsverband',
      provider_kind: 'freigemeinnuetzig',
      street: `Tagesweg ${j + 1}`,
      postcode: '29439',
      ...at(ags),
      capacity: places,
      occupancy: places - 2,
      staff_headcount: heimStaff[heime.length + j],
      target_groups: ['Demenz'],
      source: SOURCE,
      source_date: SOURCE_DATE,
    });
  }
  const dienste = DIENSTE.slice(0, totals.pflegedienste);
  const staff = distribute(totals.personalPflegedienste, dienste.map((d) => d[3]));
  for (const [i, [ags, name, kind]] of dienste.entries()) {
    await add('angebote', {
      type_id: 'ambulanter_pflegedienst',
      name,
      provider: kind === 'privat' ? `${name} (Beispiel-Inhaberin)` : 'Beispiel-Wohlfahrtsverband',
      provider_kind: kind,
      street: `Dienstweg ${i + 1}`,
      postcode: '29451',
      ...at(ags),
      capacity: staff[i]! * 4,
      staff_headcount: staff[i],
      staff_fachkraft_vze: Math.round(staff[i]! * 0.45 * 10) / 10,
      staff_hilfskraft_vze: Math.round(staff[i]! * 0.25 * 10) / 10,
      source: SOURCE,
      source_date: SOURCE_DATE,
    });
  }
  const others: [string, string, string, number | null, string[]][] = [
    ['ambulant_betreute_wg', 'Wohngemeinschaft Rundlingshof', '03354026', 8, ['Demenz']],
    ['ambulant_betreute_wg', 'WG Alte Schule', '03354016', 10, ['Demenz']],
    ['ambulant_betreute_wg', 'Wohngemeinschaft am Deich', '03354003', 9, []],
    ['betreutes_wohnen', 'Service-Wohnen Lüchow', '03354018', 24, []],
    ['betreutes_wohnen', 'Betreutes Wohnen Hitzacker', '03354009', 18, []],
    ['sapv', 'Palliativteam Wendland', '03354018', 40, []],
    ['pflegestuetzpunkt', 'Pflegestützpunkt Landkreis (Beispiel)', '03354018', null, []],
    ['seniorenberatung', 'Seniorenberatung Dannenberg', '03354004', null, []],
    ['begegnungsstaette', 'Treffpunkt Dorfgemeinschaftshaus Küsten', '03354013', 40, []],
    ['begegnungsstaette', 'Mehrgenerationenhaus (Beispiel)', '03354018', 60, []],
    ['begegnungsstaette', 'Seniorentreff Gartow', '03354005', 30, []],
    ['begegnungsstaette', 'Begegnungscafé Neu Darchau', '03354019', 25, []],
    ['unterstuetzung_alltag', 'Alltagshilfe Wendland', '03354018', 35, ['Demenz']],
    ['unterstuetzung_alltag', 'Nachbarschaftshilfe Clenze', '03354002', 20, []],
    ['unterstuetzung_alltag', 'Betreuungsgruppe Hitzacker', '03354009', 12, ['Demenz']],
    ['unterstuetzung_alltag', 'Einkaufshilfe Waddeweitz', '03354024', 15, []],
    ['unterstuetzung_alltag', 'Alltagsbegleitung Schnega', '03354022', 10, []],
    ['selbsthilfegruppe', 'Selbsthilfegruppe Pflegende Angehörige Lüchow', '03354018', 14, []],
    ['selbsthilfegruppe', 'Gesprächskreis Demenz Dannenberg', '03354004', 12, ['Demenz']],
    ['selbsthilfegruppe', 'Selbsthilfe Parkinson Wendland', '03354026', 10, []],
    ['fahrdienst', 'Fahrdienst Elbtalaue', '03354004', 60, []],
    ['fahrdienst', 'Mobil im Wendland', '03354018', 80, ['Menschen mit Behinderung']],
  ];
  for (const [type_id, name, ags, capacity, target_groups] of others) {
    await add('angebote', { type_id, name, provider: 'Beispielträger', provider_kind: 'freigemeinnuetzig', ...at(ags), capacity, target_groups, source: 'Beispieldaten', source_date: '2025-01-15' });
  }
}

async function addActors(add: Add, g: (ags: string) => Place): Promise<Record<string, string>> {
  const list: [string, string, string, string][] = [
    ['kreis', 'Landkreis Lüchow-Dannenberg, Fachdienst Soziales (Beispiel)', 'verwaltung', '03354018'],
    ['kasse', 'Beispiel-Pflegekasse Niedersachsen', 'pflegekasse', '03354018'],
    ['kasse2', 'Ersatzkasse (Beispiel), Geschäftsstelle Lüneburg', 'pflegekasse', '03354018'],
    ['wohlfahrt', 'Beispiel-Wohlfahrtsverband Wendland e. V.', 'pflegeanbieter', '03354004'],
    ['privat', 'Wendland Pflege GmbH (Beispiel)', 'pflegeanbieter', '03354018'],
    ['psp', 'Pflegestützpunkt Landkreis (Beispiel)', 'beratung', '03354018'],
    ['aerzte', 'Ärztenetz Wendland (Beispiel)', 'aerzte', '03354004'],
    ['kirche', 'Kirchenkreis Lüchow-Dannenberg (Beispiel)', 'kirche', '03354018'],
    ['verein', 'Seniorenbeirat (Beispiel)', 'ehrenamt', '03354009'],
    ['wohnen', 'Wohnungsbaugenossenschaft Elbe (Beispiel)', 'wohnungswirtschaft', '03354004'],
    ['sg_luechow', 'Samtgemeinde Lüchow (Wendland)', 'verwaltung', '03354018'],
    ['sg_elbtalaue', 'Samtgemeinde Elbtalaue', 'verwaltung', '03354004'],
  ];
  const ids: Record<string, string> = {};
  for (const [key, name, kind, ags] of list) ids[key] = await add('akteure', { name, kind, gemeinde_id: g(ags).id, note: 'Beispieldaten' });
  const people: [string, string, string, string][] = [
    ['kreis', 'Anna Beispiel', 'Sozialplanung', 'anna.beispiel@example.org'],
    ['kasse', 'Bernd Muster', 'Regionaldirektion', 'bernd.muster@example.org'],
    ['wohlfahrt', 'Clara Exempel', 'Geschäftsführung', 'clara.exempel@example.org'],
    ['psp', 'Dieter Probe', 'Pflegeberatung', 'dieter.probe@example.org'],
    ['kirche', 'Eva Vorlage', 'Diakonie-Beauftragte', 'eva.vorlage@example.org'],
    ['verein', 'Fritz Platzhalter', 'Vorsitz', 'fritz.platzhalter@example.org'],
  ];
  for (const [i, [actor, name, role, email]] of people.entries()) {
    await add('ansprechpersonen', { actor_id: ids[actor], name, role, phone: `05841 1200${i}`, email });
  }
  return ids;
}

async function addOthers(add: Add, g: (ags: string) => Place, a: Record<string, string>): Promise<void> {
  await add('netzwerke', {
    name: 'Pflegekonferenz Lüchow-Dannenberg',
    kind: 'gremium',
    chair_actor_id: a.kreis,
    member_actor_ids: [a.kreis, a.kasse, a.wohlfahrt, a.privat, a.psp, a.aerzte, a.kirche, a.verein],
    rhythm: 'halbjährlich',
    topics: ['Fachkräftesicherung', 'Kurzzeitpflege', 'Pflegestrukturplanung'],
  });
  await add('netzwerke', { name: 'AG Demenz im Wendland', kind: 'arbeitsgruppe', chair_actor_id: a.wohlfahrt, member_actor_ids: [a.wohlfahrt, a.psp, a.aerzte, a.verein], rhythm: 'vierteljährlich', topics: ['Demenz', 'Entlastung Angehöriger'] });
  await add('netzwerke', { name: 'Netzwerk Wohnen im Alter', kind: 'netzwerk', member_actor_ids: [a.wohnen, a.sg_luechow, a.sg_elbtalaue, a.kreis], rhythm: 'nach Bedarf', topics: ['Barrierefreies Wohnen', 'Wohngemeinschaften'] });

  await add('personalstellen', { title: 'Sozial- und Pflegeplanung', category: 'altenhilfeplanung', unit: 'Fachdienst Soziales', vze: 1, share_senioren_pflege: 0.6, permanent: true, financing: 'stellenplan' });
  await add('personalstellen', { title: 'Seniorenbeauftragte', category: 'seniorenberatung', unit: 'Fachdienst Soziales', vze: 0.5, share_senioren_pflege: 1, permanent: true, financing: 'stellenplan' });
  await add('personalstellen', { title: 'Pflegeberatung im Pflegestützpunkt', category: 'pflegestuetzpunkt', unit: 'Pflegestützpunkt', vze: 1.5, share_senioren_pflege: 1, permanent: true, financing: 'gemischt' });
  await add('personalstellen', { title: 'Quartiersmanagement', category: 'quartiersmanagement', unit: 'Samtgemeinde Lüchow (Wendland)', gemeinde_id: g('03354018').id, vze: 0.5, share_senioren_pflege: 0.5, permanent: false, end_date: '2027-06-30', financing: 'foerdermittel' });

  // Kümmerer in 15 of the 27 Gemeinden: 12 are without one.
  const kuemmerer = ['03354018', '03354004', '03354009', '03354026', '03354002', '03354005', '03354001', '03354027', '03354022', '03354013', '03354016', '03354019', '03354024', '03354011', '03354003'];
  for (const [i, ags] of kuemmerer.entries()) {
    await add('kuemmerer', {
      gemeinde_id: g(ags).id,
      name: `Kümmerer ${g(ags).name} (Beispiel)`,
      role: i % 3 === 0 ? 'Seniorenlotse' : 'Dorfkümmerer',
      engagement: i < 3 ? 'hauptamtlich' : 'ehrenamtlich',
      organisation: i % 2 === 0 ? 'Seniorenbeirat' : 'Kirchengemeinde',
      since: `${2016 + (i % 8)}-0${1 + (i % 9)}-01`,
    });
  }

  await add('foerderprogramme', { name: 'Förderung von Angeboten zur Unterstützung im Alltag (§ 45c SGB XI)', funder: 'Land Niedersachsen und Pflegekassen', funder_kind: 'pflegeversicherung', status: 'bewilligt', rate: 0.5, fields: ['hf09'], follow_up: 'Eigenanteil der Träger; Verlängerung jährlich beantragen.' });
  await add('foerderprogramme', { name: 'LEADER-Region Wendland/Elbetal', funder: 'EU (ELER) und Land', funder_kind: 'eu', status: 'beantragt', deadline: '2026-03-31', rate: 0.65, maximum: 200000, fields: ['hf02', 'hf08'] });
  await add('foerderprogramme', { name: 'Bundesprogramm Mehrgenerationenhaus', funder: 'Bund (BMFSFJ)', funder_kind: 'bund', status: 'bewilligt', maximum: 40000, fields: ['hf02', 'hf09'] });
  await add('foerderprogramme', { name: 'Stiftungsprogramm Digitale Teilhabe (Beispiel)', funder: 'Beispiel-Stiftung', funder_kind: 'stiftung', status: 'beobachten', deadline: '2026-09-30', rate: 0.8, maximum: 50000, fields: ['hf10'] });
  await add('foerderprogramme', { name: 'Landesprogramm Gesundheitsregionen', funder: 'Land Niedersachsen', funder_kind: 'land', status: 'abgeschlossen', fields: ['hf03', 'hf04'] });

  const all = ['03354001', '03354002', '03354003', '03354004', '03354005', '03354006', '03354007', '03354008', '03354009', '03354010', '03354011', '03354012', '03354013', '03354014', '03354015', '03354016', '03354017', '03354018', '03354019', '03354020', '03354021', '03354022', '03354023', '03354024', '03354025', '03354026', '03354027'];
  const ids = (list: string[]) => list.map((ags) => g(ags).id);
  await add('mobilitaet', { name: 'Buslinie Lüchow–Dannenberg–Hitzacker (Beispiel)', kind: 'oepnv_linie', operator: 'Beispiel-Verkehrsbetrieb', gemeinde_ids: ids(['03354018', '03354004', '03354009', '03354008']), days: 'Mo–Sa', times: '6–20 Uhr, stündlich' });
  await add('mobilitaet', { name: 'Rufbus Wendland (Beispiel)', kind: 'rufbus', operator: 'Beispiel-Verkehrsbetrieb', gemeinde_ids: ids(['03354005', '03354007', '03354010', '03354020', '03354021', '03354001', '03354002']), days: 'Mo–Fr', times: '8–18 Uhr', booking: 'Anruf bis 60 Minuten vorher' });
  await add('mobilitaet', { name: 'Bürgerbus Clenze (Beispiel)', kind: 'buergerbus', operator: 'Bürgerbusverein (Beispiel)', gemeinde_ids: ids(['03354002', '03354013', '03354015', '03354022']), days: 'Di, Do', times: '9–13 Uhr' });
  await add('mobilitaet', { name: 'Ehrenamtlicher Fahrdienst zum Arzt (Beispiel)', kind: 'ehrenamtlicher_fahrdienst', operator: 'Kirchengemeinde (Beispiel)', gemeinde_ids: ids(['03354024', '03354025', '03354023', '03354017']), days: 'nach Vereinbarung', booking: 'zwei Tage vorher im Gemeindebüro' });
  const good = new Set(['03354018', '03354004', '03354009']);
  const fair = new Set(['03354026', '03354002', '03354005', '03354008', '03354001', '03354019']);
  for (const [i, ags] of all.entries()) {
    await add('oepnv', { gemeinde_id: g(ags).id, rating: good.has(ags) ? 'gut' : fair.has(ags) ? 'ausreichend' : i % 5 === 0 ? 'keine' : 'mangelhaft', trips_per_day: good.has(ags) ? 30 : fair.has(ags) ? 12 : i % 5 === 0 ? 0 : 4 });
  }

  await add('ehrenamt', { name: 'Besuchsdienst Lüchow (Beispiel)', kind: 'initiative', provider: 'Kirchengemeinde (Beispiel)', gemeinde_id: g('03354018').id, volunteers: 14 });
  await add('ehrenamt', { name: 'Angehörigencafé Dannenberg (Beispiel)', kind: 'angehoerigenangebot', provider: 'Beispiel-Wohlfahrtsverband', gemeinde_id: g('03354004').id, volunteers: 5, target_groups: ['pflegende Angehörige'] });
  await add('ehrenamt', { name: 'Pflegebegleiter Wendland (Beispiel)', kind: 'initiative', provider: 'Seniorenbeirat (Beispiel)', gemeinde_id: g('03354009').id, volunteers: 9 });
  await add('ehrenamt', { name: 'Selbsthilfegruppe Demenz-Angehörige (Beispiel)', kind: 'selbsthilfegruppe', gemeinde_id: g('03354026').id, volunteers: 3, target_groups: ['Demenz'] });
  await add('ehrenamt', { name: 'Landfrauenverein (Beispiel)', kind: 'multiplikator', gemeinde_id: g('03354002').id });
  await add('ehrenamt', { name: 'Schützenverein Gartow (Beispiel)', kind: 'multiplikator', gemeinde_id: g('03354005').id });

  await add('digitalisierung', { actor_id: a.wohlfahrt, area: 'netze_kabel', description: 'Glasfaseranschluss der Sozialstation', status: 'geplant', priority: 'hoch', cost: 15000, months: 6 });
  await add('digitalisierung', { actor_id: a.wohlfahrt, area: 'pflege', description: 'Digitale Pflegedokumentation mobil', status: 'in_umsetzung', priority: 'hoch', cost: 40000, months: 12 });
  await add('digitalisierung', { actor_id: a.privat, area: 'schnittstellen', description: 'Anbindung an die Telematikinfrastruktur', status: 'offen', priority: 'hoch', cost: 8000, months: 4 });
  await add('digitalisierung', { actor_id: a.privat, area: 'immobilien', description: 'WLAN in allen Bewohnerzimmern', status: 'offen', priority: 'mittel', cost: 25000, months: 9 });
  await add('digitalisierung', { actor_id: a.psp, area: 'tga', description: 'Videoberatung im Pflegestützpunkt', status: 'umgesetzt', priority: 'niedrig', cost: 3000, months: 2 });

  await add('planungsgrundlagen', { title: 'Pflegestatistik: Einrichtungen, Plätze, Personal (22411-01-01-4)', kind: 'datenquelle', publisher: 'Statistische Ämter des Bundes und der Länder', year: 2015, link: 'https://www.regionalstatistik.de/', fields: ['hf06', 'hf07'] });
  await add('planungsgrundlagen', { title: 'Bevölkerung nach Altersgruppen, Gemeinden (12411-02-03-5)', kind: 'datenquelle', publisher: 'Statistische Ämter des Bundes und der Länder', year: 2015, link: 'https://www.regionalstatistik.de/', fields: ['hf04'] });
  await add('planungsgrundlagen', { title: 'Örtlicher Pflegebericht (Beispiel)', kind: 'bericht', publisher: 'Landkreis (Beispiel)', year: 2019, fields: ['hf04', 'hf07'] });
  await add('planungsgrundlagen', { title: 'Seniorenpolitisches Konzept (Beispiel)', kind: 'konzept', publisher: 'Landkreis (Beispiel)', year: 2017, fields: ['hf01', 'hf02', 'hf03'] });
}
