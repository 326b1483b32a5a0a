/** Form values of the plan metadata and their checks (the same rules the host applies). */
import type { PlanMeta, PlanMetaInput } from '../../../shared/contract/schemas';
import { kreisKeyProblem } from '../../../shared/district/ags';
import { planTexts } from './texts';

export interface MetaFormValues {
  title: string;
  districtName: string;
  kreisKey: string;
  periodFrom: string;
  periodTo: string;
  organisation: string;
  author: string;
}

export type MetaFormErrors = Partial<Record<keyof MetaFormValues, string>>;

export function defaultMetaValues(now = new Date()): MetaFormValues {
  const year = now.getFullYear();
  return { title: '', districtName: '', kreisKey: '', periodFrom: String(year), periodTo: String(year + 4), organisation: '', author: '' };
}

export function metaValuesFrom(meta: PlanMeta): MetaFormValues {
  const defaults = defaultMetaValues();
  return {
    title: meta.title,
    districtName: meta.districtName,
    kreisKey: meta.kreisKey,
    periodFrom: meta.periodFrom === null ? defaults.periodFrom : String(meta.periodFrom),
    periodTo: meta.periodTo === null ? defaults.periodTo : String(meta.periodTo),
    organisation: meta.organisation,
    author: meta.author,
  };
}

function parseYear(text: string): number | null | 'invalid' {
  const t = text.trim();
  if (t === '') return null;
  if (!/^\d{4}$/.test(t)) return 'invalid';
  const y = Number(t);
  return y >= 1990 && y <= 2100 ? y : 'invalid';
}

/** Either the input for `plan.create` / `plan.updateMeta`, or German messages per field. */
export function checkMetaValues(v: MetaFormValues): { input: PlanMetaInput; errors: null } | { input: null; errors: MetaFormErrors } {
  const errors: MetaFormErrors = {};
  const e = planTexts.errors;
  if (!v.title.trim()) errors.title = e.title;
  else if (v.title.trim().length > 200) errors.title = e.tooLong;
  if (!v.districtName.trim()) errors.districtName = e.districtName;
  else if (v.districtName.trim().length > 200) errors.districtName = e.tooLong;
  const key = v.kreisKey.trim();
  if (key !== '') {
    const problem = kreisKeyProblem(key);
    if (problem) errors.kreisKey = problem;
  }
  const from = parseYear(v.periodFrom);
  const to = parseYear(v.periodTo);
  if (from === 'invalid') errors.periodFrom = e.year;
  if (to === 'invalid') errors.periodTo = e.year;
  if (typeof from === 'number' && typeof to === 'number' && from > to) errors.periodTo = e.periodOrder;
  if (v.organisation.trim().length > 200) errors.organisation = e.tooLong;
  if (v.author.trim().length > 200) errors.author = e.tooLong;
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    input: {
      title: v.title.trim(),
      districtName: v.districtName.trim(),
      kreisKey: key,
      periodFrom: from === 'invalid' ? null : from,
      periodTo: to === 'invalid' ? null : to,
      organisation: v.organisation.trim(),
      author: v.author.trim(),
    },
    errors: null,
  };
}
