/**
 * Everything the report builders read, gathered once from the plan by db/report/load.ts.
 * Plain data: the builders are pure, so the same plan always gives the same report.
 */
import type { FieldId } from '../catalog/fieldId';
import type { Indicator, Measure, ParticipationEvent } from '../contract/measuresSchemas';
import type { Analysis } from '../contract/needsSchemas';
import type { PlanMeta } from '../contract/schemas';
import type { OfferTypeDef } from '../stock/offerTypes';
import type { ChapterSetting } from './chapters';

export interface ReportGemeinde {
  id: string;
  ags: string;
  name: string;
  kind: 'gemeinde' | 'gemeindefrei';
  lat: number | null;
  lon: number | null;
  /** GeoJSON geometry (lon/lat) or null. */
  geometry: unknown;
}

export interface ReportOffer {
  id: string;
  typeId: string;
  name: string;
  provider: string;
  gemeindeId: string | null;
  lat: number | null;
  lon: number | null;
  capacity: number | null;
  staffFachkraftVze: number | null;
  staffHilfskraftVze: number | null;
}

/** A row of one of the smaller step-1 registers, reduced to what the report prints. */
export interface RegisterItem {
  name: string;
  kind: string;
  gemeindeId: string | null;
  detail: string;
  fieldIds: string[];
}

export interface ReportData {
  meta: PlanMeta;
  /** ISO date of the report (Stand). */
  today: string;
  gemeinden: ReportGemeinde[];
  areas: Array<{ id: string; name: string; gemeindeIds: string[] }>;
  /** The needs analysis exactly as `needs.analysis` returns it. */
  analysis: Analysis;
  /**
   * Base-year population of each Gemeinde by sex in the bands of the official table (open
   * "75+"), per AGS, for the small pyramids of the profiles; empty where the table has no sexes.
   */
  gemeindePyramids: Record<string, Array<{ band: string; maennlich: number; weiblich: number }>>;
  offerTypes: OfferTypeDef[];
  offers: ReportOffer[];
  kuemmerer: RegisterItem[];
  networks: RegisterItem[];
  initiatives: RegisterItem[];
  transport: RegisterItem[];
  staffPosts: Array<{ title: string; category: string; unit: string; gemeindeId: string | null; vze: number; permanent: boolean }>;
  fundingProgrammes: Array<{ id: string; name: string; funder: string; status: string }>;
  planningDocuments: RegisterItem[];
  /** Live rows per step-1 register id (shared/stock/registers.ts), for the findings per field. */
  registerCounts: Record<string, number>;
  statements: Array<{ fieldId: FieldId; title: string; description: string; gemeindeId: string | null; priority: string; source: string }>;
  /** Bearbeitungsstand and notes of the method tasks (`hf07.bedarf.<slug>`). */
  tasks: Array<{ taskId: string; state: string; note: string }>;
  measures: Measure[];
  indicators: Indicator[];
  events: ParticipationEvent[];
  /** Saved monitoring states (Berichtsstände). */
  monitoringReports: Array<{ title: string; takenOn: string }>;
  /** Imports with their official table, reference date and licence (Anhang: Datenquellen). */
  imports: Array<{ kind: string; fileName: string; tableCode: string | null; referenceDate: string | null; licence: string | null }>;
  chapterSettings: ChapterSetting[];
}
