/**
 * What the planner must be told before relying on projected care need: rates that were not
 * calibrated to the Kreis, and rates and population on different sides of the 2017 reform
 * (Pflegestärkungsgesetz II: Pflegegrade instead of Pflegestufen, about +70 % people counted
 * nationally). Pure; German sentences.
 */
import { isCalibrated, type RateSet } from './careRates';

/** First Stichtag counted under the new definition of need (in force 1 January 2017). */
export const REFORM_YEAR = 2017;
const side = (year: number): 'before' | 'after' => (year >= REFORM_YEAR ? 'after' : 'before');
const REFORM_TEXT = 'Reform des Pflegebedürftigkeitsbegriffs 2017 (Pflegestärkungsgesetz II: Pflegegrade statt Pflegestufen; bundesweit rund 70 % mehr Pflegebedürftige)';
const REFORM = `die ${REFORM_TEXT}`;

export function rateSetWarnings(set: RateSet & { calibrationYear?: number | null }, baseYear: number, lastYear: number): string[] {
  const out: string[] = [];
  const name = `„${set.name}“`;
  if (!isCalibrated(set.factors)) {
    out.push(`Die Pflegequoten ${name} sind nicht auf den Kreis kalibriert: die Ergebnisse können deutlich zu hoch oder zu niedrig sein. Bitte die Pflegestatistik des Kreises (Tabelle 22411-02-03-4) importieren und unter „Quoten und Szenarien“ kalibrieren.`);
    if (set.rateYear != null && side(set.rateYear) !== side(baseYear)) {
      out.push(`Die Pflegequoten ${name} beschreiben ${set.rateYear}, die Bevölkerung ist vom 31.12.${baseYear}: dazwischen liegt ${REFORM}. Ohne Kalibrierung auf die Pflegestatistik ${baseYear} des Kreises passen Quoten und Bevölkerung nicht zusammen.`);
    }
  } else if (set.calibrationYear != null && side(set.calibrationYear) !== side(baseYear)) {
    out.push(`Die Pflegequoten ${name} sind auf Zahlen von ${set.calibrationYear} kalibriert, die Bevölkerung ist vom 31.12.${baseYear}: dazwischen liegt ${REFORM}. Bitte auf die Pflegestatistik ${baseYear} kalibrieren.`);
  }
  if (isCalibrated(set.factors) && side(set.calibrationYear ?? baseYear) === 'before' && lastYear >= REFORM_YEAR) {
    out.push(`Die Quoten ${name} sind auf die Zeit vor 2017 kalibriert: auch die vorausberechneten Jahre ab ${REFORM_YEAR} zählen Pflegebedürftige nach dem alten Begriff (Pflegestufen). Nach der ${REFORM_TEXT} liegen die tatsächlichen Zahlen höher; für Planungen ab ${REFORM_YEAR} eine Bevölkerung und Pflegestatistik ab ${REFORM_YEAR} verwenden.`);
  }
  return out;
}
