/** Core tables of the plan (migrations 0001, 0002): plan, Gemeinden, Planungsbereiche, task states, imports. */
import { integer, nullable, oneOf, real, ref, table, text } from './columns';

export const CORE_TABLES = {
  plan: table({
    name: 'plan',
    label: 'Plan',
    columns: {
      title: text('Titel'),
      district_name: text('Kreis'),
      kreis_key: text('Kreisschlüssel'),
      period_from: nullable(integer('Planungszeitraum von')),
      period_to: nullable(integer('Planungszeitraum bis')),
      organisation: text('Organisation'),
      author: text('Verfasser', { personal: true }),
    },
  }),
  gemeinde: table({
    name: 'gemeinde',
    label: 'Gemeinde',
    naturalKey: ['ags'],
    columns: {
      ags: text('Gemeindeschlüssel'),
      name: text('Name'),
      kind: oneOf('Art', ['gemeinde', 'gemeindefrei']),
      lat: nullable(real('Breite')),
      lon: nullable(real('Länge')),
      /** GeoJSON geometry (Polygon/MultiPolygon, lon/lat) as JSON text. */
      geometry: nullable(text('Gemeindegrenze')),
    },
  }),
  planning_area: table({
    name: 'planning_area',
    label: 'Planungsbereich',
    naturalKey: ['name'],
    columns: { name: text('Name'), description: text('Beschreibung') },
  }),
  planning_area_member: table({
    name: 'planning_area_member',
    label: 'Gemeinde im Planungsbereich',
    columns: { planning_area_id: ref('Planungsbereich', 'planning_area', true), gemeinde_id: ref('Gemeinde', 'gemeinde', true) },
  }),
  task_state: table({
    name: 'task_state',
    label: 'Bearbeitungsstand',
    naturalKey: ['task_id'],
    columns: {
      task_id: text('Aufgabe'),
      state: oneOf('Stand', ['offen', 'in_arbeit', 'erledigt', 'nicht_relevant']),
      note: text('Notiz'),
      date: nullable(text('Datum')),
    },
  }),
  import_record: table({
    name: 'import_record',
    label: 'Import',
    columns: {
      kind: text('Art'),
      file_name: text('Dateiname'),
      format: text('Format'),
      table_code: nullable(text('Tabelle')),
      reference_date: nullable(text('Stichtag')),
      stand: nullable(text('Stand')),
      licence: nullable(text('Lizenz')),
      encoding: text('Zeichenkodierung'),
      row_count: integer('Zeilen'),
    },
  }),
} as const;
