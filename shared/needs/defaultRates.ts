/**
 * The default rate set (Standard-Pflegequoten) shipped with the program, derived from published
 * Destatis figures. The raw figures are kept here exactly as published (percent and counts; a
 * copy of the source rows with URLs is db/sample/data/needs/destatis_pflege_rows.csv, checked by
 * tests/unit/needs/defaultRates.test.ts), and the derivation is spelled out so it can be shown.
 *
 * rate(band, sex, setting) = Pflegequote(band, sex, Deutschland 2023) × share of the setting among
 * the Leistungsempfänger of that band (NRW 2021: nur Pflegegeld / ambulant / vollstationär).
 * Destatis publishes the quotes by sex (Tab. 22421-02) but the setting shares only for both
 * sexes, so men and women get their own quote and the same split; the per-setting calibration
 * to the Kreis's Pflegestatistik corrects the split. 'insgesamt' rows are kept for populations
 * without a sex split.
 */
import { type RateSet, type RateValue, UNCALIBRATED } from './careRates';

/** Pflegequote in percent, Destatis Pflegestatistik 2023 (Tab. 22421-02), Deutschland. */
export const DESTATIS_QUOTES_2023: Record<string, number> = {
  '65-70': 6.56,
  '70-75': 10.69,
  '75-80': 18.84,
  '80-85': 34.52,
  '85-90': 58.34,
  '90-95': 84.4,
  '95+': 94.75,
};

/** Pflegequote in percent by sex, same table (men / women), as published beside the totals. */
export const DESTATIS_QUOTES_2023_BY_SEX: Record<string, { maennlich: number; weiblich: number }> = {
  '65-70': { maennlich: 6.57, weiblich: 6.55 },
  '70-75': { maennlich: 10.2, weiblich: 11.11 },
  '75-80': { maennlich: 16.48, weiblich: 20.75 },
  '80-85': { maennlich: 28.24, weiblich: 39.07 },
  '85-90': { maennlich: 47.45, weiblich: 65.01 },
  '90-95': { maennlich: 73.43, weiblich: 89.42 },
  '95+': { maennlich: 84.74, weiblich: 97.81 },
};

/** Year the default rates describe (Pflegestatistik 2023, after the 2017 reform). */
export const DEFAULT_RATE_YEAR = 2023;

/** Pflegequote under 75 years, Deutschland 2021 (GBE-Bund): the only published figure for the young ages (men and women both 2.3 %). */
export const DESTATIS_QUOTE_UNDER_75_2021 = 2.3;

/** Leistungsempfänger by age band and setting, NRW 2021 (IT.NRW Pflegestatistik). */
export const NRW_RECIPIENTS_2021: Record<string, Record<'pflegegeld' | 'ambulant' | 'vollstationaer', number>> = {
  '0-65': { pflegegeld: 186907, ambulant: 27223, vollstationaer: 12116 },
  '65-70': { pflegegeld: 41295, ambulant: 11392, vollstationaer: 7515 },
  '70-75': { pflegegeld: 55547, ambulant: 16604, vollstationaer: 10161 },
  '75-80': { pflegegeld: 71831, ambulant: 25749, vollstationaer: 15475 },
  '80-85': { pflegegeld: 129620, ambulant: 56069, vollstationaer: 34654 },
  '85-90': { pflegegeld: 106771, ambulant: 56436, vollstationaer: 41147 },
  '90-95': { pflegegeld: 51404, ambulant: 32323, vollstationaer: 32173 },
  '95+': { pflegegeld: 11879, ambulant: 9269, vollstationaer: 13853 },
};

export const DEFAULT_RATE_SOURCE =
  'Destatis Pflegestatistik 2023 (Pflegequoten ab 65 Jahren, Tab. 22421-02), GBE-Bund 2021 (Quote unter 75 Jahren), IT.NRW Pflegestatistik 2021 (Anteile der Leistungsarten je Altersgruppe); Statistisches Bundesamt / Statistische Ämter, dl-de/by-2-0';

export const DEFAULT_RATE_ASSUMPTIONS = [
  'Quote 0 bis unter 65 Jahre: veröffentlicht ist nur die Quote der unter 75-Jährigen (2,3 %, 2021); sie wird für die unter 65-Jährigen verwendet und überschätzt diese eher. Eine Kalibrierung auf die Zahl des Kreises gleicht das aus.',
  'Quote 90 Jahre und mehr: aus den Quoten 90–95 und 95+ (2023), gewichtet mit der Zahl der Leistungsempfänger dieser Altersgruppen in NRW 2021.',
  'Quoten nach Geschlecht: Destatis 2023 (Tab. 22421-02) für Männer und Frauen je Altersgruppe ab 65; unter 65 Jahren für beide 2,3 % (GBE-Bund 2021, Männer und Frauen gleich). Die Aufteilung auf Leistungsarten ist nur für beide Geschlechter zusammen veröffentlicht und wird für Männer und Frauen gleich angenommen.',
  'Aufteilung auf Leistungsarten: Anteile von nur Pflegegeld, ambulant und vollstationär an den Leistungsempfängern der Altersgruppe in NRW 2021. Pflegebedürftige des Pflegegrads 1 ohne Leistungen eines Dienstes oder Heims sind darin dem Pflegegeld zugeschlagen.',
];

const sum3 = (r: { pflegegeld: number; ambulant: number; vollstationaer: number }): number => r.pflegegeld + r.ambulant + r.vollstationaer;

/**
 * Combined quote of 90+ (fraction), weighted by recipients: Σ recipients ÷ Σ (recipients ÷ quote).
 * By sex with the same NRW weights (recipients by age and sex are not published with the quotes).
 */
export function combinedQuote90Plus(sex: 'insgesamt' | 'maennlich' | 'weiblich' = 'insgesamt'): number {
  const r1 = sum3(NRW_RECIPIENTS_2021['90-95']!);
  const r2 = sum3(NRW_RECIPIENTS_2021['95+']!);
  const q = (band: '90-95' | '95+') => (sex === 'insgesamt' ? DESTATIS_QUOTES_2023[band]! : DESTATIS_QUOTES_2023_BY_SEX[band]![sex]) / 100;
  return (r1 + r2) / (r1 / q('90-95') + r2 / q('95+'));
}

function sharesOf(recipients: { pflegegeld: number; ambulant: number; vollstationaer: number }): Record<'pflegegeld' | 'ambulant' | 'vollstationaer', number> {
  const t = sum3(recipients);
  return { pflegegeld: recipients.pflegegeld / t, ambulant: recipients.ambulant / t, vollstationaer: recipients.vollstationaer / t };
}

/** Quote (fraction) per rate band for one sex ('insgesamt' = both). */
function quotesOf(sex: 'insgesamt' | 'maennlich' | 'weiblich'): Record<string, number> {
  const q = (band: string) => (sex === 'insgesamt' ? DESTATIS_QUOTES_2023[band]! : DESTATIS_QUOTES_2023_BY_SEX[band]![sex]) / 100;
  return {
    '0-65': DESTATIS_QUOTE_UNDER_75_2021 / 100,
    '65-70': q('65-70'),
    '70-75': q('70-75'),
    '75-80': q('75-80'),
    '80-85': q('80-85'),
    '85-90': q('85-90'),
    '90+': combinedQuote90Plus(sex),
  };
}

export function defaultRateValues(): RateValue[] {
  const n90 = NRW_RECIPIENTS_2021['90-95']!;
  const n95 = NRW_RECIPIENTS_2021['95+']!;
  const recipients: Record<string, { pflegegeld: number; ambulant: number; vollstationaer: number }> = {
    ...NRW_RECIPIENTS_2021,
    '90+': { pflegegeld: n90.pflegegeld + n95.pflegegeld, ambulant: n90.ambulant + n95.ambulant, vollstationaer: n90.vollstationaer + n95.vollstationaer },
  };
  const values: RateValue[] = [];
  for (const sex of ['insgesamt', 'maennlich', 'weiblich'] as const) {
    for (const [band, quote] of Object.entries(quotesOf(sex))) {
      const shares = sharesOf(recipients[band]!);
      for (const setting of ['pflegegeld', 'ambulant', 'vollstationaer'] as const) {
        values.push({ ageBand: band, sex, setting, rate: quote * shares[setting] });
      }
    }
  }
  return values;
}

export function defaultRateSet(): RateSet {
  return { name: 'Standard (Destatis 2023 nach Geschlecht, Leistungsarten NRW 2021)', source: DEFAULT_RATE_SOURCE, values: defaultRateValues(), factors: { ...UNCALIBRATED }, rateYear: DEFAULT_RATE_YEAR };
}
