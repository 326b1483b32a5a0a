/**
 * Source documents of the method catalog. The catalog texts are our own paraphrases;
 * these references are shown next to them in the app.
 */
import type { SourceRef } from './types';

/**
 * The BBSR guide the ten action fields are taken from (research project of the programme
 * „Region gestalten“, carried out by KPMG AG WPG). The guide itself carries no year in the
 * text; it was presented by BMI and BBSR on 20 May 2022.
 */
export const BBSR_GUIDE: SourceRef = Object.freeze({
  title:
    'Stärkung von bedarfsorientierten Pflegestrukturen in ländlichen strukturschwachen Regionen – strategischer Leitfaden für kommunale Akteure (Programm „Region gestalten“)',
  publisher:
    'Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR) im Bundesamt für Bauwesen und Raumordnung',
  year: 2022,
});

/** The guide with a location, e.g. `bbsrGuideAt('Handlungsfeld 7, S. 18–19')`. */
export function bbsrGuideAt(location: string): SourceRef {
  return { ...BBSR_GUIDE, location };
}
