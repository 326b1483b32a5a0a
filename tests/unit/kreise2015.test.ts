import { describe, expect, it } from 'vitest';
import { districtDisplayName, KREISE_2015, landOf } from '../../shared/district/kreise2015';

describe('Kreise 2015', () => {
  it('lists every Kreis once with its key, so a Kreis and a city of the same name are told apart', () => {
    expect(KREISE_2015.length).toBe(400);
    expect(new Set(KREISE_2015.map(([k]) => k)).size).toBe(KREISE_2015.length);
    const munich = KREISE_2015.filter(([, name]) => name.startsWith('München'));
    expect(munich).toEqual([
      ['09162', 'München, Landeshauptstadt'],
      ['09184', 'München, Landkreis'],
    ]);
    expect(KREISE_2015.find(([k]) => k === '03354')).toEqual(['03354', 'Lüchow-Dannenberg, Landkreis']);
  });
  it('writes names the way planners do and knows the Land', () => {
    expect(districtDisplayName('Lüchow-Dannenberg, Landkreis')).toBe('Landkreis Lüchow-Dannenberg');
    expect(districtDisplayName('Flensburg, Kreisfreie Stadt')).toBe('Flensburg, Kreisfreie Stadt');
    expect(landOf('03354')).toBe('Niedersachsen');
  });
});
