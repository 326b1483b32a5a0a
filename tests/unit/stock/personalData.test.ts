/** The erase button of a register form follows the model's personal columns and cascades. */
import { describe, expect, it } from 'vitest';
import { privacyChannels } from '../../../shared/contract/privacy';
import { hasPeople, namesPerson } from '../../../shared/stock/personalData';
import { REGISTER_DECLS } from '../../../shared/stock/registers';

describe('registers holding personal data', () => {
  it('finds the person registers and the register whose records carry people', () => {
    expect(REGISTER_DECLS.filter(namesPerson).map((d) => d.id).sort()).toEqual(['ansprechpersonen', 'kuemmerer']);
    expect(REGISTER_DECLS.filter(hasPeople).map((d) => d.id)).toEqual(['akteure']);
  });

  it('offers record erasure only for registers the contract accepts', () => {
    const accepted = privacyChannels['privacy.eraseRecord'].input.shape.register.options;
    for (const def of REGISTER_DECLS.filter(namesPerson)) expect(accepted).toContain(def.id);
  });

  it('is driven by the declarations, not the register id', () => {
    expect(namesPerson({ table: 'contact_person' })).toBe(true);
    expect(namesPerson({ table: 'actor' })).toBe(false);
    expect(hasPeople({ table: 'actor' })).toBe(true);
    expect(hasPeople({ table: 'gemeinde' })).toBe(false);
  });
});
