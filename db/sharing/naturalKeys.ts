/**
 * Natural keys: the columns that identify "the same real thing" when both copies created it
 * under different ids (e.g. the same Gemeinde by its AGS). Keyed by table name, so tables of
 * features that do not exist yet can be listed; tables without an entry have none.
 */
export const NATURAL_KEYS: Record<string, readonly string[]> = {
  gemeinde: ['ags'],
  planning_area: ['name'],
  task_state: ['task_id'],
  offer: ['name', 'street', 'postcode'],
  actor: ['name'],
  funding_programme: ['name'],
  measure: ['field_id', 'title'],
  report_chapter: ['chapter_id'],
};
