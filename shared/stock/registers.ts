/**
 * The Bestandserhebung registers (step 1), described once. Each register is its own table
 * with real columns (migration 0003_stock); the generic repository, channels, table, form,
 * import and export are all driven by these definitions.
 */
import type { FieldId } from '../catalog/fieldId';
import { digitalNeedSummary, fundingSummary, networkSummary, offerSummary, staffPostSummary } from './registerSummaries';
import type { SummaryContext } from './summary';
import type { RegisterValues } from './validation';
import { BUILTIN_OFFER_TYPES } from './offerTypes';
import { plural } from '../plural';

export type FieldType =
  | 'text'
  | 'longtext'
  | 'number'
  | 'integer'
  | 'date'
  | 'url'
  | 'email'
  | 'phone'
  | 'enum'
  | 'boolean'
  /** JSON array of free strings (e.g. target groups). */
  | 'tags'
  /** JSON array of action field ids (hf01…hf10). */
  | 'fieldList'
  /** id of a `gemeinde` row. */
  | 'gemeinde'
  /** JSON array of `gemeinde` ids. */
  | 'gemeindeList'
  /** id of an `actor` row. */
  | 'actor'
  /** JSON array of `actor` ids. */
  | 'actorList'
  /** Builtin offer type id or id of an `offer_type` row. */
  | 'offerType';

export interface Option {
  value: string;
  label: string;
}

export interface FieldDef {
  /** Column name. */
  key: string;
  /** German label (also the column header in exports and the Erfassungsbogen). */
  label: string;
  type: FieldType;
  required?: boolean;
  options?: readonly Option[];
  min?: number;
  max?: number;
  maxLength?: number;
  /** Personal data (DSGVO): left out when sharing without personal data. */
  personal?: boolean;
  hint?: string;
  /** Shown as a column in the register table. */
  inTable?: boolean;
  /** A number stored 0..1 and typed as a share: "100 %" = 1, "0,5" = 0.5. */
  share?: boolean;
  /** Coordinates: pasted from web maps as "52.97", never grouped in thousands, so a lone point is the decimal mark. */
  decimalPoint?: boolean;
  /** A reference (gemeinde, actor, offerType): deleting the referenced row deletes this record too. */
  cascade?: boolean;
}

export type RegisterId =
  | 'angebote'
  | 'angebotsarten'
  | 'akteure'
  | 'ansprechpersonen'
  | 'netzwerke'
  | 'personalstellen'
  | 'kuemmerer'
  | 'foerderprogramme'
  | 'mobilitaet'
  | 'oepnv'
  | 'ehrenamt'
  | 'digitalisierung'
  | 'planungsgrundlagen';

export interface RegisterDef {
  id: RegisterId;
  table: string;
  /** Plural, e.g. "Angebote und Einrichtungen". */
  label: string;
  /** One record, e.g. "Angebot". */
  singular: string;
  description: string;
  /** Column that names a record in lists and messages. */
  titleKey: string;
  /** Action fields whose step 1 shows this register. */
  fieldIds: readonly FieldId[];
  fields: readonly FieldDef[];
  /** Column tying a record to one Gemeinde, if any. */
  gemeindeKey?: string;
  /** Column listing the Gemeinden a record serves, if any. */
  gemeindeListKey?: string;
  /** Whether the sample plan may mark rows as example data. */
  hasExampleFlag: boolean;
  /** Columns that identify the same real thing entered twice (merge, "Register übernehmen"). */
  naturalKey?: readonly string[];
  /** Step-1 summary lines (default: the count broken down by the first choice column). */
  summarise?: (context: SummaryContext) => string[];
  /** What a Gemeinde without a record lacks, e.g. „Kümmerer“ (default: „Eintrag in „<label>““). */
  gapNoun?: string;
  /** Checks across fields, after each field is valid on its own: column → German message. */
  rules?: (values: RegisterValues) => Record<string, string>;
  /** Fills what the planner left empty from other data before saving (form, import). */
  fillDefaults?: (values: RegisterValues, lookups: { capacityUnitOf(typeId: string): string | null }) => void;
  /** At most one live record per value of `key` (e.g. one ÖPNV rating per Gemeinde). */
  unique?: { key: string; message: (gemeindeName: string) => string; importMessage: (line: number) => string };
  /** Deleting is refused while records point here (their parent declared in shared/model); the German reason. */
  inUseMessage?: (count: number) => string;
}

const opts = (pairs: Record<string, string>): Option[] => Object.entries(pairs).map(([value, label]) => ({ value, label }));

export { FIELD_IDS } from '../catalog/fieldId';

export const PROVIDER_KINDS = opts({ freigemeinnuetzig: 'freigemeinnützig', privat: 'privat', kommunal: 'kommunal/öffentlich', sonstig: 'sonstig' });
export const FUNDING_STATUS = opts({ beobachten: 'beobachten', beantragt: 'beantragt', bewilligt: 'bewilligt', abgelehnt: 'abgelehnt', abgeschlossen: 'abgeschlossen' });
/**
 * Tätigkeitsbereich of a Personalstelle. A Betreuungsschlüssel counts the posts of one
 * Tätigkeitsbereich as Ist, so a post counts whatever its title says.
 */
export const STAFF_CATEGORY_LABELS = {
  seniorenberatung: 'Seniorenberatung/Pflegeberatung',
  pflegestuetzpunkt: 'Pflegestützpunkt',
  quartiersmanagement: 'Quartiersmanagement/Kümmerer',
  altenhilfeplanung: 'Altenhilfeplanung/Sozialplanung',
  sonstiges: 'Sonstiges',
} as const;
export type StaffCategory = keyof typeof STAFF_CATEGORY_LABELS;
export const STAFF_CATEGORY_IDS = Object.keys(STAFF_CATEGORY_LABELS) as [StaffCategory, ...StaffCategory[]];
export const STAFF_CATEGORIES = opts(STAFF_CATEGORY_LABELS);

export const DIGITAL_AREAS = opts({
  netze_kabel: 'Netze/Kabel',
  immobilien: 'Immobilien',
  tga: 'Technische Gebäudeausstattung',
  pflege: 'Pflege',
  schnittstellen: 'Schnittstellen intern/extern',
});

const source = [
  { key: 'source', label: 'Quelle', type: 'text', maxLength: 300 },
  { key: 'source_date', label: 'Stand der Angabe', type: 'date' },
] as const satisfies readonly FieldDef[];
const note = { key: 'note', label: 'Bemerkung', type: 'longtext', maxLength: 2000 } as const satisfies FieldDef;

/**
 * The declarations with their literal types: shared/model/stock.ts derives each register
 * table's row type and model from them (no second list of columns).
 */
export const REGISTER_DECLS = [
  {
    id: 'angebote',
    table: 'offer',
    label: 'Angebote und Einrichtungen',
    singular: 'Angebot',
    description: 'Pflege-, Beratungs-, Wohn- und Unterstützungsangebote mit Kapazität, Belegung und Personal.',
    titleKey: 'name',
    naturalKey: ['name', 'street', 'postcode'],
    fieldIds: ['hf06', 'hf07', 'hf09'],
    gemeindeKey: 'gemeinde_id',
    hasExampleFlag: true,
    gapNoun: 'Angebot',
    summarise: offerSummary,
    rules: (v): Record<string, string> => ({
      ...(typeof v.capacity === 'number' && typeof v.occupancy === 'number' && v.occupancy > v.capacity * 1.5
        ? { occupancy: '„Belegung“ ist deutlich höher als die Kapazität. Bitte prüfen Sie beide Angaben.' }
        : {}),
      ...((v.lat === null) !== (v.lon === null) ? { [v.lat === null ? 'lat' : 'lon']: 'Bitte Breiten- und Längengrad zusammen angeben (oder beide leer lassen).' } : {}),
    }),
    // An empty capacity unit means "the unit of the offer type", stored explicitly.
    fillDefaults: (v, lookups) => {
      if (v.capacity_unit === null && typeof v.type_id === 'string') v.capacity_unit = lookups.capacityUnitOf(v.type_id);
    },
    fields: [
      { key: 'type_id', label: 'Angebotsart', type: 'offerType', required: true, inTable: true },
      { key: 'name', label: 'Name', type: 'text', required: true, maxLength: 200, inTable: true },
      { key: 'provider', label: 'Träger', type: 'text', maxLength: 200 },
      { key: 'provider_kind', label: 'Trägerart', type: 'enum', options: PROVIDER_KINDS },
      { key: 'street', label: 'Straße und Hausnummer', type: 'text', maxLength: 200 },
      { key: 'postcode', label: 'Postleitzahl', type: 'text', maxLength: 5, hint: 'Fünf Ziffern.' },
      { key: 'city', label: 'Ort', type: 'text', maxLength: 100 },
      { key: 'gemeinde_id', label: 'Gemeinde', type: 'gemeinde', inTable: true },
      { key: 'lat', label: 'Breitengrad', type: 'number', decimalPoint: true, min: 47, max: 55.1, hint: 'Dezimalgrad, z. B. 52,97.' },
      { key: 'lon', label: 'Längengrad', type: 'number', decimalPoint: true, min: 5.8, max: 15.1, hint: 'Dezimalgrad, z. B. 11,15.' },
      { key: 'capacity', label: 'Kapazität', type: 'number', min: 0, max: 100000, inTable: true, hint: 'Plätze oder Klienten, je nach Angebotsart.' },
      { key: 'capacity_unit', label: 'Einheit der Kapazität', type: 'enum', options: opts({ plaetze: 'Plätze', klienten: 'Klienten' }), hint: 'Leer lassen: Einheit der Angebotsart.' },
      { key: 'occupancy', label: 'Belegung', type: 'number', min: 0, max: 100000, inTable: true },
      { key: 'staff_fachkraft_vze', label: 'Personal Fachkräfte (VZÄ)', type: 'number', min: 0, max: 10000 },
      { key: 'staff_hilfskraft_vze', label: 'Personal Hilfskräfte (VZÄ)', type: 'number', min: 0, max: 10000 },
      { key: 'staff_headcount', label: 'Beschäftigte (Personen)', type: 'integer', min: 0, max: 100000, hint: 'Köpfe, wie in der Pflegestatistik.' },
      { key: 'target_groups', label: 'Zielgruppen', type: 'tags', hint: 'Durch Komma getrennt, z. B. Demenz, jüngere Pflegebedürftige.' },
      ...source,
    ],
  },
  {
    id: 'angebotsarten',
    table: 'offer_type',
    label: 'Eigene Angebotsarten',
    singular: 'Angebotsart',
    description: 'Ergänzungen der vorgegebenen Angebotsarten für Angebote, die dort nicht passen.',
    titleKey: 'label',
    fieldIds: ['hf07'],
    hasExampleFlag: false,
    inUseMessage: (n) => `Diese Angebotsart wird noch von ${plural(n, 'Angebot', 'Angeboten')} verwendet. Ordnen Sie diese zuerst einer anderen Art zu.`,
    fields: [
      { key: 'label', label: 'Bezeichnung', type: 'text', required: true, maxLength: 120, inTable: true },
      { key: 'capacity_unit', label: 'Einheit der Kapazität', type: 'enum', required: true, options: opts({ plaetze: 'Plätze', klienten: 'Klienten' }), inTable: true },
      { key: 'color', label: 'Kartenfarbe', type: 'text', maxLength: 7, hint: 'Hex-Farbwert, z. B. #6d4c41.' },
      note,
    ],
  },
  {
    id: 'akteure',
    table: 'actor',
    label: 'Akteure',
    singular: 'Akteur',
    description: 'Organisationen: Pflegeanbieter, Pflegekassen, Beratung, Ärzte, Kirchen, Vereine, Verwaltungen.',
    titleKey: 'name',
    naturalKey: ['name'],
    fieldIds: ['hf03', 'hf04', 'hf10'],
    gemeindeKey: 'gemeinde_id',
    hasExampleFlag: true,
    fields: [
      { key: 'name', label: 'Name', type: 'text', required: true, maxLength: 200, inTable: true },
      {
        key: 'kind',
        label: 'Art',
        type: 'enum',
        required: true,
        inTable: true,
        options: opts({
          pflegeanbieter: 'Pflegeanbieter',
          pflegekasse: 'Pflegekasse',
          beratung: 'Beratungsstelle',
          aerzte: 'Ärzte/Gesundheit',
          ehrenamt: 'Ehrenamt/Verein',
          kirche: 'Kirche',
          wohnungswirtschaft: 'Wohnungswirtschaft',
          verwaltung: 'Verwaltung',
          politik: 'Politik',
          sonstig: 'Sonstige',
        }),
      },
      { key: 'gemeinde_id', label: 'Gemeinde', type: 'gemeinde', inTable: true },
      { key: 'address', label: 'Anschrift', type: 'text', maxLength: 300 },
      { key: 'website', label: 'Website', type: 'url', maxLength: 300 },
      note,
    ],
  },
  {
    id: 'ansprechpersonen',
    table: 'contact_person',
    label: 'Ansprechpersonen',
    singular: 'Ansprechperson',
    description: 'Kontaktpersonen der Akteure. Personenbezogene Daten (DSGVO): Name, Telefon und E-Mail.',
    titleKey: 'name',
    fieldIds: ['hf03'],
    hasExampleFlag: true,
    fields: [
      { key: 'actor_id', label: 'Akteur', type: 'actor', required: true, inTable: true, cascade: true },
      { key: 'name', label: 'Name', type: 'text', required: true, maxLength: 200, personal: true, inTable: true },
      { key: 'role', label: 'Funktion', type: 'text', maxLength: 200, inTable: true },
      { key: 'phone', label: 'Telefon', type: 'phone', maxLength: 50, personal: true },
      { key: 'email', label: 'E-Mail', type: 'email', maxLength: 200, personal: true },
    ],
  },
  {
    id: 'netzwerke',
    table: 'network',
    label: 'Netzwerke und Gremien',
    singular: 'Netzwerk',
    description: 'Netzwerke, Gremien und Arbeitsgruppen mit Mitgliedern, Vorsitz, Sitzungsrhythmus und Themen.',
    titleKey: 'name',
    fieldIds: ['hf01', 'hf03'],
    hasExampleFlag: true,
    summarise: networkSummary,
    fields: [
      { key: 'name', label: 'Name', type: 'text', required: true, maxLength: 200, inTable: true },
      { key: 'kind', label: 'Art', type: 'enum', required: true, inTable: true, options: opts({ netzwerk: 'Netzwerk', gremium: 'Gremium', arbeitsgruppe: 'Arbeitsgruppe' }) },
      { key: 'chair_actor_id', label: 'Vorsitz/Koordination', type: 'actor', inTable: true },
      { key: 'member_actor_ids', label: 'Mitglieder', type: 'actorList' },
      { key: 'rhythm', label: 'Sitzungsrhythmus', type: 'text', maxLength: 100, inTable: true, hint: 'z. B. vierteljährlich.' },
      { key: 'topics', label: 'Themen', type: 'tags' },
      note,
    ],
  },
  {
    id: 'personalstellen',
    table: 'staff_post',
    label: 'Personalstellen',
    singular: 'Personalstelle',
    description: 'Hauptamtliche Stellen für Planung und Koordination in der Kreisverwaltung und den Gemeinden.',
    titleKey: 'title',
    fieldIds: ['hf01', 'hf04'],
    gemeindeKey: 'gemeinde_id',
    hasExampleFlag: true,
    summarise: staffPostSummary,
    rules: (v): Record<string, string> => (v.permanent === true && v.end_date ? { end_date: '„Befristet bis“: Eine unbefristete Stelle hat kein Enddatum.' } : {}),
    fields: [
      { key: 'title', label: 'Bezeichnung', type: 'text', required: true, maxLength: 200, inTable: true },
      { key: 'category', label: 'Tätigkeitsbereich', type: 'enum', required: true, options: STAFF_CATEGORIES, inTable: true, hint: 'Entscheidet, welcher Betreuungsschlüssel die Stelle als Ist zählt.' },
      { key: 'unit', label: 'Organisationseinheit', type: 'text', maxLength: 200, inTable: true },
      { key: 'gemeinde_id', label: 'Gemeinde', type: 'gemeinde', inTable: true, hint: 'Leer lassen für die Kreisverwaltung.' },
      { key: 'vze', label: 'Umfang (VZÄ)', type: 'number', required: true, min: 0, max: 100, inTable: true },
      { key: 'share_senioren_pflege', label: 'Anteil Senioren/Pflege', type: 'number', share: true, min: 0, max: 1, hint: 'In Prozent („50 %“) oder als Anteil („0,5“).' },
      { key: 'permanent', label: 'Unbefristet', type: 'boolean', inTable: true },
      { key: 'end_date', label: 'Befristet bis', type: 'date' },
      { key: 'financing', label: 'Finanzierung', type: 'enum', options: opts({ stellenplan: 'Stellenplan', foerdermittel: 'Fördermittel', gemischt: 'gemischt' }), inTable: true },
      note,
    ],
  },
  {
    id: 'kuemmerer',
    table: 'kuemmerer',
    label: 'Kümmerer',
    singular: 'Kümmerer',
    description: 'Niedrigschwellige Ansprechpersonen in den Gemeinden.',
    titleKey: 'name',
    fieldIds: ['hf02'],
    gemeindeKey: 'gemeinde_id',
    hasExampleFlag: true,
    gapNoun: 'Kümmerer',
    fields: [
      { key: 'gemeinde_id', label: 'Gemeinde', type: 'gemeinde', required: true, inTable: true },
      { key: 'name', label: 'Name', type: 'text', required: true, maxLength: 200, personal: true, inTable: true },
      { key: 'role', label: 'Rolle', type: 'text', maxLength: 200, inTable: true, hint: 'z. B. Seniorenlotse, Dorfkümmerer.' },
      { key: 'engagement', label: 'Tätigkeit', type: 'enum', required: true, inTable: true, options: opts({ ehrenamtlich: 'ehrenamtlich', hauptamtlich: 'hauptamtlich' }) },
      { key: 'organisation', label: 'Angebunden an', type: 'text', maxLength: 200 },
      { key: 'since', label: 'Seit', type: 'date' },
      { key: 'phone', label: 'Telefon', type: 'phone', maxLength: 50, personal: true },
      { key: 'email', label: 'E-Mail', type: 'email', maxLength: 200, personal: true },
    ],
  },
  {
    id: 'foerderprogramme',
    table: 'funding_programme',
    label: 'Förderprogramme',
    singular: 'Förderprogramm',
    description: 'Förderprogramme von EU, Bund, Land, Stiftungen und Pflegeversicherung mit Frist, Quote und Status.',
    titleKey: 'name',
    naturalKey: ['name'],
    fieldIds: ['hf05'],
    hasExampleFlag: true,
    summarise: fundingSummary,
    fields: [
      { key: 'name', label: 'Name', type: 'text', required: true, maxLength: 200, inTable: true },
      { key: 'funder', label: 'Fördermittelgeber', type: 'text', maxLength: 200, inTable: true },
      {
        key: 'funder_kind',
        label: 'Art des Gebers',
        type: 'enum',
        options: opts({ eu: 'EU', bund: 'Bund', land: 'Land', stiftung: 'Stiftung', pflegeversicherung: 'Pflegeversicherung', sonstig: 'sonstig' }),
      },
      { key: 'deadline', label: 'Frist', type: 'date', inTable: true },
      { key: 'rate', label: 'Förderquote', type: 'number', min: 0, max: 1, hint: 'Zwischen 0 und 1, z. B. 0,8 für 80 %.' },
      { key: 'maximum', label: 'Höchstbetrag (Euro)', type: 'number', min: 0, max: 1e10 },
      { key: 'status', label: 'Status', type: 'enum', required: true, options: FUNDING_STATUS, inTable: true },
      { key: 'fields', label: 'Passende Handlungsfelder', type: 'fieldList' },
      { key: 'follow_up', label: 'Anschlussfinanzierung', type: 'longtext', maxLength: 2000 },
      { key: 'link', label: 'Link', type: 'url', maxLength: 500 },
    ],
  },
  {
    id: 'mobilitaet',
    table: 'transport_offer',
    label: 'Mobilitätsangebote',
    singular: 'Mobilitätsangebot',
    description: 'ÖPNV-Linien, Rufbusse, Bürgerbusse und ehrenamtliche Fahrdienste mit den bedienten Gemeinden.',
    titleKey: 'name',
    fieldIds: ['hf08'],
    gemeindeListKey: 'gemeinde_ids',
    hasExampleFlag: true,
    gapNoun: 'Mobilitätsangebot',
    fields: [
      { key: 'name', label: 'Name', type: 'text', required: true, maxLength: 200, inTable: true },
      {
        key: 'kind',
        label: 'Art',
        type: 'enum',
        required: true,
        inTable: true,
        options: opts({ oepnv_linie: 'ÖPNV-Linie', rufbus: 'Rufbus', buergerbus: 'Bürgerbus', ehrenamtlicher_fahrdienst: 'ehrenamtlicher Fahrdienst', sonstig: 'sonstiges Angebot' }),
      },
      { key: 'operator', label: 'Betreiber', type: 'text', maxLength: 200, inTable: true },
      { key: 'gemeinde_ids', label: 'Bediente Gemeinden', type: 'gemeindeList' },
      { key: 'days', label: 'Verkehrstage', type: 'text', maxLength: 200 },
      { key: 'times', label: 'Zeiten', type: 'text', maxLength: 200 },
      { key: 'booking', label: 'Buchung', type: 'text', maxLength: 300, hint: 'z. B. Anruf 60 Minuten vorher.' },
      note,
    ],
  },
  {
    id: 'oepnv',
    table: 'oepnv_rating',
    label: 'ÖPNV-Anbindung der Gemeinden',
    singular: 'ÖPNV-Bewertung',
    description: 'Je Gemeinde eine Einschätzung ihrer Anbindung an den öffentlichen Nahverkehr.',
    titleKey: 'gemeinde_id',
    fieldIds: ['hf08'],
    gemeindeKey: 'gemeinde_id',
    hasExampleFlag: true,
    gapNoun: 'ÖPNV-Bewertung',
    unique: {
      key: 'gemeinde_id',
      message: (gemeinde) => `Für ${gemeinde} gibt es schon eine ÖPNV-Bewertung. Bitte bearbeiten Sie die vorhandene.`,
      importMessage: (line) => `Doppelt: für diese Gemeinde steht schon in Zeile ${line} eine Bewertung.`,
    },
    fields: [
      { key: 'gemeinde_id', label: 'Gemeinde', type: 'gemeinde', required: true, inTable: true },
      { key: 'rating', label: 'Bewertung', type: 'enum', required: true, inTable: true, options: opts({ gut: 'gut', ausreichend: 'ausreichend', mangelhaft: 'mangelhaft', keine: 'keine Anbindung' }) },
      { key: 'trips_per_day', label: 'Fahrten je Werktag', type: 'integer', min: 0, max: 1000, inTable: true },
      note,
    ],
  },
  {
    id: 'ehrenamt',
    table: 'initiative',
    label: 'Ehrenamt und Angehörige',
    singular: 'Initiative',
    description: 'Ehrenamtliche Initiativen, Selbsthilfegruppen, Angebote für pflegende Angehörige und Multiplikatoren.',
    titleKey: 'name',
    fieldIds: ['hf09'],
    gemeindeKey: 'gemeinde_id',
    hasExampleFlag: true,
    fields: [
      { key: 'name', label: 'Name', type: 'text', required: true, maxLength: 200, inTable: true },
      {
        key: 'kind',
        label: 'Art',
        type: 'enum',
        required: true,
        inTable: true,
        options: opts({ initiative: 'Ehrenamtliche Initiative', selbsthilfegruppe: 'Selbsthilfegruppe', angehoerigenangebot: 'Angebot für pflegende Angehörige', multiplikator: 'Multiplikator' }),
      },
      { key: 'provider', label: 'Träger', type: 'text', maxLength: 200, inTable: true },
      { key: 'gemeinde_id', label: 'Gemeinde', type: 'gemeinde', inTable: true },
      { key: 'volunteers', label: 'Aktive Ehrenamtliche', type: 'integer', min: 0, max: 100000 },
      { key: 'target_groups', label: 'Zielgruppen', type: 'tags' },
      note,
    ],
  },
  {
    id: 'digitalisierung',
    table: 'digital_need',
    label: 'Digitalisierungsbedarf',
    singular: 'Bedarf',
    description: 'Bedarfsmatrix des Leitfadens je Akteur: Netze/Kabel, Immobilien, Technische Gebäudeausstattung, Pflege, Schnittstellen.',
    titleKey: 'description',
    fieldIds: ['hf10'],
    hasExampleFlag: true,
    summarise: digitalNeedSummary,
    fields: [
      { key: 'actor_id', label: 'Akteur', type: 'actor', required: true, inTable: true },
      { key: 'area', label: 'Bereich', type: 'enum', required: true, options: DIGITAL_AREAS, inTable: true },
      { key: 'description', label: 'Bedarf', type: 'text', required: true, maxLength: 300, inTable: true },
      { key: 'status', label: 'Status', type: 'enum', required: true, inTable: true, options: opts({ offen: 'offen', geplant: 'geplant', in_umsetzung: 'in Umsetzung', umgesetzt: 'umgesetzt' }) },
      { key: 'priority', label: 'Priorität', type: 'enum', inTable: true, options: opts({ hoch: 'hoch', mittel: 'mittel', niedrig: 'niedrig' }) },
      { key: 'cost', label: 'Geschätzte Kosten (Euro)', type: 'number', min: 0, max: 1e10 },
      { key: 'months', label: 'Geschätzte Dauer (Monate)', type: 'number', min: 0, max: 240 },
    ],
  },
  {
    id: 'planungsgrundlagen',
    table: 'planning_document',
    label: 'Planungsgrundlagen',
    singular: 'Planungsgrundlage',
    description: 'Vorhandene Pläne, Konzepte, Berichte und Datenquellen mit Jahr und Link.',
    titleKey: 'title',
    fieldIds: ['hf04'],
    hasExampleFlag: true,
    fields: [
      { key: 'title', label: 'Titel', type: 'text', required: true, maxLength: 300, inTable: true },
      { key: 'kind', label: 'Art', type: 'enum', required: true, inTable: true, options: opts({ plan: 'Plan', konzept: 'Konzept', bericht: 'Bericht', datenquelle: 'Datenquelle', sonstig: 'Sonstiges' }) },
      { key: 'publisher', label: 'Herausgeber', type: 'text', maxLength: 200, inTable: true },
      { key: 'year', label: 'Jahr', type: 'integer', min: 1950, max: 2100, inTable: true },
      { key: 'link', label: 'Link', type: 'url', maxLength: 500 },
      { key: 'fields', label: 'Betroffene Handlungsfelder', type: 'fieldList' },
      note,
    ],
  },
] as const satisfies readonly RegisterDef[];

export const REGISTERS: readonly RegisterDef[] = REGISTER_DECLS;

export const REGISTER_IDS = REGISTERS.map((r) => r.id) as [RegisterId, ...RegisterId[]];

const registerById = new Map(REGISTERS.map((r) => [r.id, r]));

export function registerDef(id: RegisterId): RegisterDef {
  const def = registerById.get(id);
  if (!def) throw new Error(`Unbekanntes Register ${id}`);
  return def;
}

export function isRegisterId(value: string): value is RegisterId {
  return registerById.has(value as RegisterId);
}

/** Registers shown on step 1 of an action field, in definition order. */
export function registersForField(fieldId: FieldId): RegisterDef[] {
  return REGISTERS.filter((r) => r.fieldIds.includes(fieldId));
}

export function optionLabel(field: FieldDef, value: string): string {
  return field.options?.find((o) => o.value === value)?.label ?? value;
}

export const BUILTIN_TYPE_LABELS = Object.fromEntries(BUILTIN_OFFER_TYPES.map((t) => [t.id, t.label]));

/** Array-valued (JSON) field types. */
export const LIST_TYPES: ReadonlySet<FieldType> = new Set(['tags', 'fieldList', 'gemeindeList', 'actorList']);
export const NUMBER_TYPES: ReadonlySet<FieldType> = new Set(['number', 'integer']);
