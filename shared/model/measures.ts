/** Tables of step 3 (migrations 0005, 0011): measures, milestones, monitoring and participation. */
import { FIELD_IDS } from '../catalog/fieldId';
import { integer, nullable, oneOf, real, ref, table, text } from './columns';

const PRIORITY = ['hoch', 'mittel', 'niedrig'] as const;

export const MEASURES_TABLES = {
  measure: table({
    name: 'measure',
    label: 'Maßnahme',
    naturalKey: ['field_id', 'title'],
    columns: {
      field_id: oneOf('Handlungsfeld', FIELD_IDS),
      title: text('Titel'),
      description: text('Beschreibung'),
      responsible_actor_id: nullable(ref('Verantwortlich (Akteur)', 'actor')),
      /** Free-text responsible (office or person) when no actor is linked, or in addition. */
      responsible_text: text('Verantwortlich', { personal: true }),
      /** Free-text partners in addition to linked partner actors. */
      partners: text('Partner'),
      start_date: nullable(text('Beginn')),
      end_date: nullable(text('Ende')),
      priority: oneOf('Priorität', PRIORITY),
      status: oneOf('Status', ['geplant', 'in_umsetzung', 'abgeschlossen', 'verschoben', 'verworfen']),
      cost_once: nullable(real('Einmalige Kosten')),
      cost_yearly: nullable(real('Jährliche Kosten')),
      funding_programme_id: nullable(ref('Förderprogramm', 'funding_programme')),
      financing_note: text('Finanzierung'),
    },
  }),
  measure_link: table({
    name: 'measure_link',
    label: 'Verknüpfung einer Maßnahme',
    columns: {
      measure_id: ref('Maßnahme', 'measure', true),
      kind: oneOf('Art', ['need_statement', 'gemeinde', 'planning_area', 'partner_actor']),
      /** A row of the table `kind` names: not one parent table, so not declared as a parent. */
      target_id: text('Verknüpft mit'),
    },
  }),
  measure_gap_link: table({
    name: 'measure_gap_link',
    label: 'Verknüpfte Lücke',
    columns: {
      measure_id: ref('Maßnahme', 'measure', true),
      richtwert_id: ref('Richtwert', 'needs_richtwert'),
      /** AGS of a Gemeinde, `bereich:<id>` or `kreis` (shared/needs/analysis.ts region keys). */
      region_key: text('Gebiet'),
      year: integer('Jahr'),
      scenario_id: ref('Szenario', 'needs_scenario'),
    },
  }),
  measure_precondition: table({
    name: 'measure_precondition',
    label: 'Voraussetzung einer Maßnahme',
    columns: {
      measure_id: ref('Maßnahme', 'measure', true),
      kind: oneOf('Art', ['kreistag', 'haushalt', 'partner', 'foerderung', 'custom']),
      label: text('Bezeichnung'),
      done: integer('Erfüllt'),
      note: text('Notiz'),
      sort: integer('Reihenfolge'),
    },
  }),
  measure_indicator: table({
    name: 'measure_indicator',
    label: 'Indikator',
    columns: {
      measure_id: ref('Maßnahme', 'measure', true),
      name: text('Name'),
      unit: text('Einheit'),
      baseline: nullable(real('Ausgangswert')),
      target_value: nullable(real('Zielwert')),
      target_date: nullable(text('Zieldatum')),
    },
  }),
  measure_indicator_value: table({
    name: 'measure_indicator_value',
    label: 'Messwert',
    columns: { indicator_id: ref('Indikator', 'measure_indicator', true), measured_on: text('Gemessen am'), value: real('Wert'), note: text('Notiz') },
  }),
  milestone: table({
    name: 'milestone',
    label: 'Meilenstein',
    columns: {
      measure_id: ref('Maßnahme', 'measure', true),
      title: text('Titel'),
      due_date: text('Fällig am'),
      responsible: text('Verantwortlich', { personal: true }),
      status: oneOf('Status', ['offen', 'in_arbeit', 'erledigt', 'entfallen']),
      done_on: nullable(text('Erledigt am')),
    },
  }),
  participation_event: table({
    name: 'participation_event',
    label: 'Beteiligungsveranstaltung',
    columns: {
      kind: oneOf('Art', ['workshop', 'pflegekonferenz', 'buergerdialog', 'befragung']),
      title: text('Titel'),
      event_date: nullable(text('Datum')),
      place: text('Ort'),
      /** Participating organisations, one per line. */
      organisations: text('Beteiligte Organisationen'),
      notes: text('Notizen'),
    },
  }),
  participation_group: table({
    name: 'participation_group',
    label: 'Arbeitsgruppe',
    columns: { event_id: ref('Veranstaltung', 'participation_event', true), name: text('Name'), moderators: text('Moderation', { personal: true }) },
  }),
  participation_result: table({
    name: 'participation_result',
    label: 'Ergebnis der Beteiligung',
    columns: {
      event_id: ref('Veranstaltung', 'participation_event', true),
      group_id: nullable(ref('Arbeitsgruppe', 'participation_group', true)),
      kind: oneOf('Art', ['herausforderung', 'idee']),
      text: text('Text'),
      field_id: nullable(oneOf('Handlungsfeld', FIELD_IDS)),
      /** The measure an idea has become. */
      measure_id: nullable(ref('Maßnahme', 'measure')),
    },
  }),
  measure_report: table({
    name: 'measure_report',
    label: 'Berichtsstand',
    columns: {
      title: text('Titel'),
      field_id: nullable(oneOf('Handlungsfeld', FIELD_IDS)),
      taken_on: text('Stand vom'),
      /** The monitoring summary as JSON (shared/measures/monitoring.ts). */
      summary: text('Zusammenfassung'),
    },
  }),
} as const;
