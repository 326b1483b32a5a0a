/**
 * Taxonomy of offers and facilities (Angebotsarten). The builtin ids are a fixed interface:
 * other features read `offer.type_id` directly. User-defined types live in `offer_type`.
 */

export type CapacityUnit = 'plaetze' | 'klienten';

export interface OfferTypeDef {
  id: string;
  /** German label. */
  label: string;
  /** Sector, for grouping in charts and the map legend. */
  sector: 'ambulant' | 'teilstationaer' | 'stationaer' | 'wohnen' | 'palliativ' | 'beratung' | 'quartier' | 'mobilitaet';
  capacityUnit: CapacityUnit;
  /** Map colour; chosen for ≥ 3:1 contrast against the light map background. */
  color: string;
}

export const BUILTIN_OFFER_TYPES: readonly OfferTypeDef[] = [
  { id: 'ambulanter_pflegedienst', label: 'Ambulanter Pflegedienst', sector: 'ambulant', capacityUnit: 'klienten', color: '#1f5fa8' },
  { id: 'tagespflege', label: 'Tagespflege', sector: 'teilstationaer', capacityUnit: 'plaetze', color: '#c0392b' },
  { id: 'nachtpflege', label: 'Nachtpflege', sector: 'teilstationaer', capacityUnit: 'plaetze', color: '#7b2d8b' },
  { id: 'kurzzeitpflege_solitaer', label: 'Kurzzeitpflege (solitär)', sector: 'stationaer', capacityUnit: 'plaetze', color: '#b35900' },
  { id: 'kurzzeitpflege_eingestreut', label: 'Kurzzeitpflege (eingestreut)', sector: 'stationaer', capacityUnit: 'plaetze', color: '#8a6d00' },
  { id: 'vollstationaer', label: 'Vollstationäre Dauerpflege', sector: 'stationaer', capacityUnit: 'plaetze', color: '#000000' },
  { id: 'ambulant_betreute_wg', label: 'Ambulant betreute Wohngemeinschaft', sector: 'wohnen', capacityUnit: 'plaetze', color: '#2e7d32' },
  { id: 'betreutes_wohnen', label: 'Betreutes Wohnen / Service-Wohnen', sector: 'wohnen', capacityUnit: 'plaetze', color: '#00796b' },
  { id: 'hospiz', label: 'Stationäres Hospiz', sector: 'palliativ', capacityUnit: 'plaetze', color: '#5d4037' },
  { id: 'sapv', label: 'SAPV / Palliativteam', sector: 'palliativ', capacityUnit: 'klienten', color: '#ad1457' },
  { id: 'pflegestuetzpunkt', label: 'Pflegestützpunkt / Pflegeberatung', sector: 'beratung', capacityUnit: 'klienten', color: '#0d47a1' },
  { id: 'seniorenberatung', label: 'Seniorenberatung', sector: 'beratung', capacityUnit: 'klienten', color: '#4a148c' },
  { id: 'begegnungsstaette', label: 'Begegnungsstätte', sector: 'quartier', capacityUnit: 'plaetze', color: '#33691e' },
  { id: 'unterstuetzung_alltag', label: 'Angebot zur Unterstützung im Alltag', sector: 'quartier', capacityUnit: 'klienten', color: '#006064' },
  { id: 'selbsthilfegruppe', label: 'Selbsthilfegruppe', sector: 'quartier', capacityUnit: 'klienten', color: '#827717' },
  { id: 'fahrdienst', label: 'Fahrdienst / Mobilitätsangebot', sector: 'mobilitaet', capacityUnit: 'klienten', color: '#37474f' },
];

export const BUILTIN_OFFER_TYPE_IDS = BUILTIN_OFFER_TYPES.map((t) => t.id);

const byId = new Map(BUILTIN_OFFER_TYPES.map((t) => [t.id, t]));

export function builtinOfferType(id: string): OfferTypeDef | undefined {
  return byId.get(id);
}

/** Colours for user-defined types, cycled by position. */
export const EXTRA_TYPE_COLORS = ['#6d4c41', '#283593', '#9e2a2b', '#1b5e20', '#4e342e', '#311b92'];

/** The full taxonomy: builtin types plus the plan's own (`offer_type` rows). */
export function mergeOfferTypes(userTypes: readonly { id: string; label: string; capacityUnit: CapacityUnit; color?: string | null }[]): OfferTypeDef[] {
  return [
    ...BUILTIN_OFFER_TYPES,
    ...userTypes.map((t, i) => ({
      id: t.id,
      label: t.label,
      sector: 'quartier' as const,
      capacityUnit: t.capacityUnit,
      color: t.color && /^#[0-9a-f]{6}$/i.test(t.color) ? t.color : EXTRA_TYPE_COLORS[i % EXTRA_TYPE_COLORS.length]!,
    })),
  ];
}

export const CAPACITY_UNIT_LABELS: Record<CapacityUnit, string> = { plaetze: 'Plätze', klienten: 'Klienten' };
