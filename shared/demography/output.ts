/** Rows of a projection in the bands of the Gemeinde table, for files and the app. */
import { AGES, type Band, GEMEINDE_BANDS, OPEN, SEX_CODES, sumBand } from './ages';

export const PROJECTION_CSV_HEADER = 'kreis;ags;jahr;geschlecht;alter_von;alter_bis;bevoelkerung';

/** Sums a population grid into bands per sex: result[sex][band]. */
export function toBands(pop: Float64Array, bands: readonly Band[] = GEMEINDE_BANDS): number[][] {
  return [0, 1].map((sex) => bands.map((b) => sumBand(pop, sex, b)));
}

/** CSV lines `kreis;ags;jahr;geschlecht;alter_von;alter_bis;bevoelkerung` (alter_bis exclusive, empty = open). */
export function csvLines(kreis: string, ags: string, year: number, pop: Float64Array, bands: readonly Band[] = GEMEINDE_BANDS): string {
  const byBand = toBands(pop, bands);
  let out = '';
  for (let sex = 0; sex < 2; sex++) {
    for (let j = 0; j < bands.length; j++) {
      const b = bands[j]!;
      out += `${kreis};${ags};${year};${SEX_CODES[sex]};${b.from};${b.to ?? ''};${round(byBand[sex]![j]!)}\n`;
    }
  }
  return out;
}

/** Three decimals, no exponent, '.' as decimal point (a machine-readable file). */
const round = (v: number): string => String(Math.round(v * 1000) / 1000);

/** Single years 0 … 89 and 90+ as bands (for `--alter einzeln`). */
export const SINGLE_YEAR_BANDS: readonly Band[] = Array.from({ length: AGES }, (_, a) => (a === OPEN ? { from: OPEN, to: null } : { from: a, to: a + 1 }));
