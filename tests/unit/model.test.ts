/** What the table declarations derive: the same natural keys and personal columns as the lists they replaced, labels, order. */
import { describe, expect, it } from 'vitest';
import { childrenOf, columnLabel, MODEL_TABLES, NATURAL_KEYS, parentsOf, PERSONAL_DATA_COLUMNS, tableLabel } from '../../shared/model';

describe('derived from the declarations', () => {
  it('natural keys and personal columns equal the former hand-written lists', () => {
    expect(NATURAL_KEYS).toEqual({
      gemeinde: ['ags'],
      planning_area: ['name'],
      task_state: ['task_id'],
      offer: ['name', 'street', 'postcode'],
      actor: ['name'],
      funding_programme: ['name'],
      measure: ['field_id', 'title'],
      report_chapter: ['chapter_id'],
    });
    expect(PERSONAL_DATA_COLUMNS).toEqual({
      plan: ['author'],
      contact_person: ['name', 'phone', 'email'],
      kuemmerer: ['name', 'phone', 'email'],
      measure: ['responsible_text'],
      milestone: ['responsible'],
      participation_group: ['moderators'],
      personal_data_erasure: ['erased_by'],
    });
  });

  it('lists every table after the tables it points to', () => {
    for (const [i, table] of MODEL_TABLES.entries()) {
      for (const p of parentsOf(table)) if (p.parent !== table) expect(MODEL_TABLES.indexOf(p.parent as never), `${table}.${p.col}`).toBeLessThan(i);
    }
  });

  it('knows children and cascades: an actor takes its contact persons, not the networks it chairs', () => {
    expect(childrenOf('actor')).toEqual(
      expect.arrayContaining([
        { table: 'contact_person', col: 'actor_id', cascade: true },
        { table: 'network', col: 'chair_actor_id', cascade: false },
        { table: 'measure', col: 'responsible_actor_id', cascade: false },
      ]),
    );
    expect(parentsOf('offer').find((p) => p.col === 'type_id')?.builtins).toContain('tagespflege');
  });

  it('has German labels for tables and columns of every feature, including needs and measures', () => {
    expect(tableLabel('care_rate_value')).toBe('Pflegequote');
    expect(tableLabel('measure_gap_link')).toBe('Verknüpfte Lücke');
    expect(columnLabel('offer', 'capacity')).toBe('Kapazität');
    expect(columnLabel('need_statement', 'priority')).toBe('Priorität');
    expect(columnLabel('gemeinde', '*')).toBe('ganzer Datensatz');
    expect(tableLabel('merge_history')).toBe('merge_history');
  });
});
