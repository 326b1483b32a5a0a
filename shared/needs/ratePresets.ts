/**
 * Assumptions about how the Pflegequoten change over time, as data the scenario form offers
 * (Annahmen zur Entwicklung der Pflegequoten). A preset sets the scenario's rate trend (percent
 * per year) and the last year it applies; the population part of a scenario is separate.
 */
import { formatNumber, formatNumberUpTo } from '../format';

/** Destatis Pflegevorausberechnung (press release March 2023): people in need of care in 2035, Deutschland, rounded. */
export const DESTATIS_2035_CONSTANT_RATES = 5_600_000;
export const DESTATIS_2035_RISING_RATES = 6_300_000;
/** Destatis variant 2: the rates rise from the base year 2021 until 2027 and stay constant afterwards. */
export const DESTATIS_RISE_FROM = 2021;
export const DESTATIS_RISE_UNTIL = 2027;

/**
 * Annual rise of the rates implied by Destatis variant 2: both variants share the population of
 * 2035, so the ratio of their results is the rise of the rates, reached over 2021–2027.
 */
export function destatisRisingTrend(): number {
  const ratio = DESTATIS_2035_RISING_RATES / DESTATIS_2035_CONSTANT_RATES;
  return (Math.pow(ratio, 1 / (DESTATIS_RISE_UNTIL - DESTATIS_RISE_FROM)) - 1) * 100;
}

export interface RatePreset {
  id: 'konstant' | 'steigend-2027' | 'gesuender';
  label: string;
  /** Percent per year. */
  rateTrend: number;
  rateTrendUntil: number | null;
  /** German: what is assumed and where it comes from. */
  explanation: string;
}

export const RATE_PRESETS: readonly RatePreset[] = [
  {
    id: 'konstant',
    label: 'Konstante Pflegequoten (Status quo)',
    rateTrend: 0,
    rateTrendUntil: null,
    explanation: 'Die Pflegequoten je Alter, Geschlecht und Leistungsart bleiben auf dem Stand des Basisjahres – wie Variante 1 der Pflegevorausberechnung des Statistischen Bundesamts (2023).',
  },
  {
    id: 'steigend-2027',
    label: `Steigende Pflegequoten bis ${DESTATIS_RISE_UNTIL} (wie Destatis-Variante 2)`,
    rateTrend: Math.round(destatisRisingTrend() * 100) / 100,
    rateTrendUntil: DESTATIS_RISE_UNTIL,
    explanation: `Die Quoten steigen bis ${DESTATIS_RISE_UNTIL} jährlich und bleiben danach gleich. Abgeleitet aus der Pflegevorausberechnung des Statistischen Bundesamts (2023): ${formatNumber(DESTATIS_2035_RISING_RATES / 1e6)} statt ${formatNumber(DESTATIS_2035_CONSTANT_RATES / 1e6)} Mio. Pflegebedürftige 2035 bei steigenden Quoten ${DESTATIS_RISE_FROM}–${DESTATIS_RISE_UNTIL}, also (${DESTATIS_2035_RISING_RATES / 1e5} ÷ ${DESTATIS_2035_CONSTANT_RATES / 1e5})^(1/${DESTATIS_RISE_UNTIL - DESTATIS_RISE_FROM}) − 1 = ${formatNumberUpTo(destatisRisingTrend(), 2)} % pro Jahr. Hier ab dem Basisjahr gerechnet.`,
  },
  {
    id: 'gesuender',
    label: 'Gesünder älter werden (sinkende Quoten)',
    rateTrend: -0.5,
    rateTrendUntil: null,
    explanation: 'Annahme, keine amtliche Variante: Pflegebedürftigkeit tritt später im Leben ein, die Quoten sinken um 0,5 % pro Jahr. Bitte mit dem Gremium abstimmen.',
  },
];

export const ratePreset = (id: string | null | undefined): RatePreset | undefined => RATE_PRESETS.find((p) => p.id === id);
