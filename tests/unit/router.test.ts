import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from '../../renderer/app/router';

describe('the hash router', () => {
  it.each(['#/%ff', '#/feld/%E0%A4%A', '#/bestand/%', '#/%c0%af/x'])('takes the malformed hash %s for a missing page instead of throwing', (hash) => {
    expect(parseHash(hash)).toEqual({ name: 'notFound', hash });
  });

  it('still decodes well-formed escapes', () => {
    expect(parseHash('#/bestand/gemeinde%20x')).toEqual({ name: 'page', page: 'bestand', rest: ['gemeinde x'] });
    expect(parseHash(hrefFor({ name: 'field', fieldId: 'hf07', stepId: 'bedarf' }))).toEqual({ name: 'field', fieldId: 'hf07', stepId: 'bedarf' });
  });
});
