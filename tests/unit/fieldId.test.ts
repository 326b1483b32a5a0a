/** The action-field id is one fact: `hf01` … `hf10`, one type, one schema, one list. */
import { describe, expect, it } from 'vitest';
import { parseHash } from '../../renderer/app/router';
import { ACTION_FIELDS } from '../../shared/catalog';
import { FIELD_IDS, fieldIdSchema, isFieldId } from '../../shared/catalog/fieldId';
import { needStatementInputSchema } from '../../shared/contract/needsSchemas';
import { channels } from '../../shared/contract/channels';
import { REGISTERS } from '../../shared/stock/registers';

describe('action-field id', () => {
  it('accepts exactly hf01 … hf10', () => {
    expect(FIELD_IDS).toHaveLength(10);
    for (const id of FIELD_IDS) expect(fieldIdSchema.parse(id)).toBe(id);
    expect(ACTION_FIELDS.map((f) => f.id)).toEqual([...FIELD_IDS]);
  });

  it.each(['hf00', 'hf99', 'hf11', 'hf1', 'HF01', 'hf010', ''])('refuses %j with a German message', (id) => {
    expect(isFieldId(id)).toBe(false);
    const result = fieldIdSchema.safeParse(id);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/Handlungsfeld/);
  });

  it('every channel and form that names a field uses the one schema', () => {
    expect(channels['stock.summary'].input.safeParse({ fieldId: 'hf99' }).success).toBe(false);
    expect(channels['needs.statements.list'].input.safeParse({ fieldId: 'hf00' }).success).toBe(false);
    expect(channels['measures.list'].input.safeParse({ fieldId: 'hf00' }).success).toBe(false);
    const statement = { id: null, fieldId: 'hf00', title: 'x', description: null, gemeindeId: null, priority: 'hoch', source: null, sourceDate: null };
    expect(needStatementInputSchema.safeParse(statement).success).toBe(false);
    expect(needStatementInputSchema.safeParse({ ...statement, fieldId: 'hf10' }).success).toBe(true);
    for (const r of REGISTERS) for (const id of r.fieldIds) expect(isFieldId(id), `${r.id} ${id}`).toBe(true);
  });

  it('an address of an unknown field is „Seite nicht gefunden“, not a field page', () => {
    expect(parseHash('#/feld/hf07/bedarf')).toEqual({ name: 'field', fieldId: 'hf07', stepId: 'bedarf' });
    expect(parseHash('#/feld/hf00').name).toBe('notFound');
    expect(parseHash('#/feld/hf99/bestand').name).toBe('notFound');
  });
});
