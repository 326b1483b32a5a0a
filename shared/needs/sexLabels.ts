/**
 * German labels of the sex codes stored in the file ('maennlich' is an identifier, not a word a
 * planner should read). Every message and table that shows a sex goes through here.
 */
export type SexCode = 'insgesamt' | 'maennlich' | 'weiblich';

export const SEX_LABELS: Readonly<Record<SexCode, string>> = { insgesamt: 'insgesamt', maennlich: 'männlich', weiblich: 'weiblich' };

/** The label of a code; an unknown code (from a newer build) is shown as it is. */
export const sexLabel = (code: string): string => SEX_LABELS[code as SexCode] ?? code;
