/**
 * Kapitel Bestand (step-1 registers): offers by type with places, the care facilities by
 * Gemeinde, counselling, housing, volunteering, Kümmerer, networks, mobility; a map of offers.
 */
import { CAPACITY_UNIT_LABELS } from '../../stock/offerTypes';
import type { ReportOffer } from '../data';
import type { Block, Cell } from '../model';
import { districtMap } from '../svg/districtMap';
import { horizontalBarChart } from '../svg/barChart';
import { int, type ReportView } from '../view';

const CARE_TYPES = ['ambulanter_pflegedienst', 'tagespflege', 'nachtpflege', 'kurzzeitpflege_solitaer', 'kurzzeitpflege_eingestreut', 'vollstationaer'];
const SECTOR_SECTIONS: Array<{ title: string; sectors: string[] }> = [
  { title: 'Beratung', sectors: ['beratung'] },
  { title: 'Wohnformen', sectors: ['wohnen'] },
  { title: 'Palliativ- und Hospizversorgung', sectors: ['palliativ'] },
  { title: 'Angebote im Quartier und Unterstützung im Alltag', sectors: ['quartier'] },
];

const sum = (offers: ReportOffer[]) => offers.reduce((a, o) => a + (o.capacity ?? 0), 0);

export function bestand(v: ReportView): Block[] {
  const d = v.data;
  const source = v.stockSource;
  const blocks: Block[] = [];
  if (d.offers.length === 0 && d.kuemmerer.length === 0 && d.networks.length === 0 && d.initiatives.length === 0) return [];
  const types = d.offerTypes.filter((t) => d.offers.some((o) => o.typeId === t.id));
  if (types.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `In der Bestandserhebung sind ${int(d.offers.length)} Angebote und Einrichtungen erfasst. Die folgenden Tabellen zeigen sie nach Angebotsart und Gemeinde; Kapazitäten sind Plätze (stationär, teilstationär, Wohnen) oder betreute Klientinnen und Klienten (ambulant, Beratung).`,
    });
    blocks.push({
      kind: 'table',
      caption: 'Angebote und Kapazitäten nach Angebotsart',
      source,
      columns: [{ label: 'Angebotsart', weight: 3 }, { label: 'Angebote', align: 'right' }, { label: 'Kapazität', align: 'right' }, { label: 'Einheit' }],
      rows: types.map((t) => {
        const of = d.offers.filter((o) => o.typeId === t.id);
        return [t.label, int(of.length), int(sum(of)), CAPACITY_UNIT_LABELS[t.capacityUnit]];
      }),
    });
  }
  const care = d.offers.filter((o) => CARE_TYPES.includes(o.typeId)).sort((a, b) => CARE_TYPES.indexOf(a.typeId) - CARE_TYPES.indexOf(b.typeId) || v.gemeindeName(a.gemeindeId).localeCompare(v.gemeindeName(b.gemeindeId), 'de') || a.name.localeCompare(b.name, 'de'));
  if (care.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Ambulante Dienste, Tages-, Kurzzeit- und Dauerpflege' });
    blocks.push({
      kind: 'table',
      caption: 'Pflegedienste und Pflegeeinrichtungen mit Kapazität',
      source,
      columns: [{ label: 'Angebotsart', weight: 2 }, { label: 'Name', weight: 3 }, { label: 'Träger', weight: 2 }, { label: 'Gemeinde', weight: 2 }, { label: 'Kapazität', align: 'right' }],
      rows: care.map((o) => [v.offerTypeLabel(o.typeId), o.name, o.provider || '–', v.gemeindeName(o.gemeindeId), o.capacity === null ? '–' : int(o.capacity)]),
    });
    const places = d.offers.filter((o) => o.typeId === 'vollstationaer');
    if (places.length > 0) {
      const byGemeinde = d.gemeinden.map((g) => ({ name: g.name, value: sum(places.filter((o) => o.gemeindeId === g.id)) })).filter((x) => x.value > 0);
      blocks.push({
        kind: 'figure',
        caption: 'Plätze der vollstationären Dauerpflege je Gemeinde',
        source,
        ...horizontalBarChart({ categories: byGemeinde.map((x) => x.name), values: byGemeinde.map((x) => x.value), label: 'Plätze vollstationär je Gemeinde' }),
      });
    }
  }
  for (const section of SECTOR_SECTIONS) {
    const ids = new Set(d.offerTypes.filter((t) => section.sectors.includes(t.sector)).map((t) => t.id));
    const of = d.offers.filter((o) => ids.has(o.typeId));
    if (of.length === 0) continue;
    blocks.push({ kind: 'heading', level: 2, text: section.title });
    blocks.push({
      kind: 'table',
      caption: `${section.title}: Angebote`,
      source,
      columns: [{ label: 'Angebotsart', weight: 2 }, { label: 'Name', weight: 3 }, { label: 'Gemeinde', weight: 2 }, { label: 'Kapazität', align: 'right' }],
      rows: of.map((o) => [v.offerTypeLabel(o.typeId), o.name, v.gemeindeName(o.gemeindeId), o.capacity === null ? '–' : int(o.capacity)]),
    });
  }
  const registers: Array<{ title: string; caption: string; items: typeof d.kuemmerer; first: string }> = [
    { title: 'Ehrenamt und Unterstützung pflegender Angehöriger', caption: 'Initiativen, Selbsthilfe und Ehrenamt', items: d.initiatives, first: 'Initiative' },
    { title: 'Kümmerer in den Gemeinden', caption: 'Kümmerer und Ansprechstellen je Gemeinde', items: d.kuemmerer, first: 'Organisation / Rolle' },
    { title: 'Netzwerke und Gremien', caption: 'Netzwerke und Gremien', items: d.networks, first: 'Netzwerk' },
    { title: 'Mobilität', caption: 'Fahrdienste und Mobilitätsangebote', items: d.transport, first: 'Angebot' },
  ];
  for (const r of registers) {
    if (r.items.length === 0) continue;
    blocks.push({ kind: 'heading', level: 2, text: r.title });
    blocks.push({
      kind: 'table',
      caption: r.caption,
      source,
      columns: [{ label: r.first, weight: 3 }, { label: 'Art', weight: 2 }, { label: 'Gemeinde', weight: 2 }, { label: 'Angaben', weight: 3 }],
      rows: r.items.map((i): Cell[] => [i.name, i.kind, i.gemeindeId ? v.gemeindeName(i.gemeindeId) : 'kreisweit', i.detail || '–']),
    });
    if (r.items === d.kuemmerer) {
      const without = d.gemeinden.filter((g) => g.kind === 'gemeinde' && !d.kuemmerer.some((k) => k.gemeindeId === g.id));
      blocks.push({ kind: 'paragraph', text: without.length === 0 ? 'Jede Gemeinde hat mindestens einen Kümmerer.' : `Ohne Kümmerer: ${without.map((g) => g.name).join(', ')}.` });
    }
  }
  const points = d.offers.filter((o) => o.lat !== null && o.lon !== null && CARE_TYPES.concat(['pflegestuetzpunkt', 'ambulant_betreute_wg']).includes(o.typeId));
  const used = d.offerTypes.filter((t) => points.some((p) => p.typeId === t.id));
  const map = districtMap({
    gemeinden: d.gemeinden,
    points: points.map((o) => ({ lat: o.lat!, lon: o.lon!, color: d.offerTypes.find((t) => t.id === o.typeId)?.color ?? '#000000' })),
    pointLegend: used.map((t) => ({ label: t.label, color: t.color })),
    label: 'Karte der Pflegeangebote',
  });
  if (map && points.length > 0) blocks.push({ kind: 'figure', caption: 'Pflegeangebote im Kreis (Standorte)', source: `${source}; ${v.geometrySource}`, ...map });
  return blocks;
}
