/** Form values of a Gemeinde and their checks (German decimal comma accepted). */
import type { Gemeinde, GemeindeInput } from '../../../shared/contract/schemas';
import { agsProblem } from '../../../shared/district/ags';
import { formatNumberUpTo } from '../../../shared/format';
import { readGermanNumber } from '../../../shared/germanNumber';
import { districtTexts } from './texts';

export interface GemeindeFormValues {
  ags: string;
  name: string;
  kind: 'gemeinde' | 'gemeindefrei';
  lat: string;
  lon: string;
}

export type GemeindeFormErrors = Partial<Record<keyof GemeindeFormValues, string>>;

export const emptyGemeindeValues = (agsPrefix = ''): GemeindeFormValues => ({ ags: agsPrefix, name: '', kind: 'gemeinde', lat: '', lon: '' });

export function gemeindeValuesFrom(g: Gemeinde): GemeindeFormValues {
  const coord = (n: number | null) => (n === null ? '' : formatNumberUpTo(n, 6));
  return { ags: g.ags, name: g.name, kind: g.kind, lat: coord(g.lat), lon: coord(g.lon) };
}

export function checkGemeindeValues(v: GemeindeFormValues): { input: GemeindeInput; errors: null } | { input: null; errors: GemeindeFormErrors } {
  const e = districtTexts.gemeindeForm.errors;
  const errors: GemeindeFormErrors = {};
  const ags = v.ags.trim();
  const agsError = agsProblem(ags);
  if (agsError) errors.ags = agsError;
  const name = v.name.trim();
  if (!name) errors.name = e.name;
  else if (name.length > 200) errors.name = e.nameTooLong;

  // Coordinates are pasted from web maps with a decimal point, and are never grouped in thousands.
  const coordinate = (text: string) => {
    const r = readGermanNumber(text, { decimalPoint: true });
    return r.ok ? r.value : null;
  };
  const lat = coordinate(v.lat);
  const lon = coordinate(v.lon);
  if (v.lat.trim() !== '' && lat === null) errors.lat = e.number;
  else if (lat !== null && (lat < -90 || lat > 90)) errors.lat = e.lat;
  if (v.lon.trim() !== '' && lon === null) errors.lon = e.number;
  else if (lon !== null && (lon < -180 || lon > 180)) errors.lon = e.lon;
  if (!errors.lat && !errors.lon && (v.lat.trim() === '') !== (v.lon.trim() === '')) {
    if (v.lat.trim() === '') errors.lat = e.both;
    else errors.lon = e.both;
  }
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return { input: { ags, name, kind: v.kind, lat, lon }, errors: null };
}
