/**
 * Tables of issue #3: Bestandserhebung registers; part of the planning file's Database type
 * (db/schema.ts). One table per register of shared/stock/registers.ts (migration 0003_stock).
 */
import type { TrackedColumns } from '../schema';

/** Angebote und Einrichtungen: Pflege-, Beratungs-, Wohn- und Unterstützungsangebote mit Kapazität, Belegung und Personal. */
export interface OfferTable extends TrackedColumns {
  type_id: string;
  name: string;
  provider: string | null;
  provider_kind: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  gemeinde_id: string | null;
  lat: number | null;
  lon: number | null;
  capacity: number | null;
  capacity_unit: string | null;
  occupancy: number | null;
  staff_fachkraft_vze: number | null;
  staff_hilfskraft_vze: number | null;
  staff_headcount: number | null;
  target_groups: string | null; // JSON array
  source: string | null;
  source_date: string | null;
  /** 1 for invented sample data ("Beispiel"). */
  is_example: number;
}

/** Eigene Angebotsarten: Ergänzungen der vorgegebenen Angebotsarten für Angebote, die dort nicht passen. */
export interface OfferTypeTable extends TrackedColumns {
  label: string;
  capacity_unit: string;
  color: string | null;
  note: string | null;
}

/** Akteure: Organisationen: Pflegeanbieter, Pflegekassen, Beratung, Ärzte, Kirchen, Vereine, Verwaltungen. */
export interface ActorTable extends TrackedColumns {
  name: string;
  kind: string;
  gemeinde_id: string | null;
  address: string | null;
  website: string | null;
  note: string | null;
  /** 1 for invented sample data ("Beispiel"). */
  is_example: number;
}

/** Ansprechpersonen: Kontaktpersonen der Akteure. Personenbezogene Daten (DSGVO): Name, Telefon und E-Mail. */
export interface ContactPersonTable extends TrackedColumns {
  actor_id: string;
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
  /** 1 for invented sample data ("Beispiel"). */
  is_example: number;
}

/** Netzwerke und Gremien: Netzwerke, Gremien und Arbeitsgruppen mit Mitgliedern, Vorsitz, Sitzungsrhythmus und Themen. */
export interface NetworkTable extends TrackedColumns {
  name: string;
  kind: string;
  chair_actor_id: string | null;
  member_actor_ids: string | null; // JSON array
  rhythm: string | null;
  topics: string | null; // JSON array
  note: string | null;
  /** 1 for invented sample data ("Beispiel"). */
  is_example: number;
}

/** Personalstellen: Hauptamtliche Stellen für Planung und Koordination in der Kreisverwaltung und den Gemeinden. */
export interface StaffPostTable extends TrackedColumns {
  title: string;
  /** Tätigkeitsbereich (STAFF_CATEGORIES): which Betreuungsschlüssel counts the post as Ist. */
  category: string;
  unit: string | null;
  gemeinde_id: string | null;
  vze: number;
  share_senioren_pflege: number | null;
  permanent: number; // 0 or 1
  end_date: string | null;
  financing: string | null;
  note: string | null;
  /** 1 for invented sample data ("Beispiel"). */
  is_example: number;
}

/** Kümmerer: Niedrigschwellige Ansprechpersonen in den Gemeinden. */
export interface KuemmererTable extends TrackedColumns {
  gemeinde_id: string;
  name: string;
  role: string | null;
  engagement: string;
  organisation: string | null;
  since: string | null;
  phone: string | null;
  email: string | null;
  /** 1 for invented sample data ("Beispiel"). */
  is_example: number;
}

/** Förderprogramme: Förderprogramme von EU, Bund, Land, Stiftungen und Pflegeversicherung mit Frist, Quote und Status. */
export interface FundingProgrammeTable extends TrackedColumns {
  name: string;
  funder: string | null;
  funder_kind: string | null;
  deadline: string | null;
  rate: number | null;
  maximum: number | null;
  status: string;
  fields: string | null; // JSON array
  follow_up: string | null;
  link: string | null;
  /** 1 for invented sample data ("Beispiel"). */
  is_example: number;
}

/** Mobilitätsangebote: ÖPNV-Linien, Rufbusse, Bürgerbusse und ehrenamtliche Fahrdienste mit den bedienten Gemeinden. */
export interface TransportOfferTable extends TrackedColumns {
  name: string;
  kind: string;
  operator: string | null;
  gemeinde_ids: string | null; // JSON array
  days: string | null;
  times: string | null;
  booking: string | null;
  note: string | null;
  /** 1 for invented sample data ("Beispiel"). */
  is_example: number;
}

/** ÖPNV-Anbindung der Gemeinden: Je Gemeinde eine Einschätzung ihrer Anbindung an den öffentlichen Nahverkehr. */
export interface OepnvRatingTable extends TrackedColumns {
  gemeinde_id: string;
  rating: string;
  trips_per_day: number | null;
  note: string | null;
  /** 1 for invented sample data ("Beispiel"). */
  is_example: number;
}

/** Ehrenamt und Angehörige: Ehrenamtliche Initiativen, Selbsthilfegruppen, Angebote für pflegende Angehörige und Multiplikatoren. */
export interface InitiativeTable extends TrackedColumns {
  name: string;
  kind: string;
  provider: string | null;
  gemeinde_id: string | null;
  volunteers: number | null;
  target_groups: string | null; // JSON array
  note: string | null;
  /** 1 for invented sample data ("Beispiel"). */
  is_example: number;
}

/** Digitalisierungsbedarf: Bedarfsmatrix des Leitfadens je Akteur: Netze/Kabel, Immobilien, Technische Gebäudeausstattung, Pflege, Schnittstellen. */
export interface DigitalNeedTable extends TrackedColumns {
  actor_id: string;
  area: string;
  description: string;
  status: string;
  priority: string | null;
  cost: number | null;
  months: number | null;
  /** 1 for invented sample data ("Beispiel"). */
  is_example: number;
}

/** Planungsgrundlagen: Vorhandene Pläne, Konzepte, Berichte und Datenquellen mit Jahr und Link. */
export interface PlanningDocumentTable extends TrackedColumns {
  title: string;
  kind: string;
  publisher: string | null;
  year: number | null;
  link: string | null;
  fields: string | null; // JSON array
  note: string | null;
  /** 1 for invented sample data ("Beispiel"). */
  is_example: number;
}

export interface StockTables {
  offer: OfferTable;
  offer_type: OfferTypeTable;
  actor: ActorTable;
  contact_person: ContactPersonTable;
  network: NetworkTable;
  staff_post: StaffPostTable;
  kuemmerer: KuemmererTable;
  funding_programme: FundingProgrammeTable;
  transport_offer: TransportOfferTable;
  oepnv_rating: OepnvRatingTable;
  initiative: InitiativeTable;
  digital_need: DigitalNeedTable;
  planning_document: PlanningDocumentTable;
}

export const STOCK_TABLES = ['offer', 'offer_type', 'actor', 'contact_person', 'network', 'staff_post', 'kuemmerer', 'funding_programme', 'transport_offer', 'oepnv_rating', 'initiative', 'digital_need', 'planning_document'] as const;

/** Tables of this feature that are local to one file (derived results, caches): not change-logged, never merged. */
export const STOCK_LOCAL_TABLES = [] as const;

/** Personal data (DSGVO) per tracked table: columns left out when sharing without personal data. */
export const STOCK_PERSONAL_COLUMNS: Record<string, readonly string[]> = {
  contact_person: ['name', 'phone', 'email'],
  kuemmerer: ['name', 'phone', 'email'],
};
