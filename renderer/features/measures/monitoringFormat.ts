/** How the monitoring screens write shares and measured values; "–" stands for "not known yet". */
import { formatNumber } from '../../../shared/format';

export const pct = (v: number | null) => (v === null ? '–' : `${formatNumber(v * 100, 0)} %`);
export const withUnit = (v: number | null, unit: string) => (v === null ? '–' : `${formatNumber(v)}${unit ? ` ${unit}` : ''}`);
/** A change with its sign, so a rise reads as "+2". */
export const signed = (n: number) => (n > 0 ? `+${n}` : n);
