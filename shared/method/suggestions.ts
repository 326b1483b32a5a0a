/**
 * Suggested progress (issue #14): what the plan's data already show to be done, e.g. "the
 * population is imported" → the task asking for it. Only suggestions: the planner confirms
 * each one, and a confirmed task gets the date the data were entered (or today). Pure.
 */
import { formatDate } from '../format';
import { plural } from '../plural';
import type { RegisterId } from '../stock/registers';

export interface PlanFacts {
  /** The newest imported population table of the Gemeinden (Bestand), if any. */
  population: { importedOn: string; label: string } | null;
  scenarios: number;
  richtwerte: number;
  staffingRatios: number;
  /** Records per register, as far as known (registers of the field shown). */
  registerCounts: Partial<Record<RegisterId, number>>;
}

export interface TaskSuggestion {
  taskId: string;
  /** German: why the data suggest the task is done. */
  reason: string;
  /** ISO date the data were entered, when known. */
  date: string | null;
}

type Rule = { taskId: string; suggest: (f: PlanFacts) => Omit<TaskSuggestion, 'taskId'> | null };

const day = (timestamp: string) => timestamp.slice(0, 10);

const populationRule = (taskId: string, extra?: (f: PlanFacts) => string | null): Rule => ({
  taskId,
  suggest: (f) => {
    if (!f.population) return null;
    const more = extra ? extra(f) : '';
    if (more === null) return null;
    return { reason: `Bevölkerung importiert am ${formatDate(day(f.population.importedOn))} (${f.population.label})${more}.`, date: day(f.population.importedOn) };
  },
});

const registerRule = (taskId: string, register: RegisterId, what: (n: number) => string): Rule => ({
  taskId,
  suggest: (f) => {
    const n = f.registerCounts[register] ?? 0;
    return n > 0 ? { reason: `${what(n)} erfasst.`, date: null } : null;
  },
});

const count = plural;

/** One rule per task the data can speak for; task ids are checked against the catalog in tests. */
export const SUGGESTION_RULES: readonly Rule[] = [
  populationRule('hf01.bedarf.ist-und-prognosedaten', (f) => (f.scenarios > 0 ? `; ${count(f.scenarios, 'Szenario', 'Szenarien')} der Vorausberechnung` : null)),
  populationRule('hf07.bedarf.nachfrageprognose', (f) => (f.scenarios > 0 ? `; Pflegebedürftige je Gemeinde in ${count(f.scenarios, 'Szenario', 'Szenarien')} berechnet` : null)),
  populationRule('hf07.bedarf.versorgungsluecken-je-gemeinde', (f) => (f.richtwerte > 0 ? `; Lücken aus ${count(f.richtwerte, 'Richtwert', 'Richtwerten')} berechnet` : null)),
  populationRule('hf06.bedarf.personalbedarf-berechnen', (f) => (f.scenarios > 0 ? '; Personalbedarf je Leistungsart berechnet' : null)),
  populationRule('hf01.bedarf.abdeckung-durch-personal', (f) => (f.staffingRatios > 0 ? `; Soll-Ist nach ${count(f.staffingRatios, 'Betreuungsschlüssel', 'Betreuungsschlüsseln')} berechnet` : null)),
  registerRule('hf01.bestand.stellen-im-stellenplan', 'personalstellen', (n) => count(n, 'Personalstelle', 'Personalstellen')),
  registerRule('hf02.bestand.anlaufstellen-je-gemeinde', 'kuemmerer', (n) => count(n, 'Kümmerer', 'Kümmerer')),
  registerRule('hf03.bestand.akteure-erfassen', 'akteure', (n) => count(n, 'Akteur', 'Akteure')),
  registerRule('hf03.bestand.bestehende-netzwerke', 'netzwerke', (n) => count(n, 'Netzwerk', 'Netzwerke')),
  registerRule('hf04.bestand.datenquellen', 'planungsgrundlagen', (n) => count(n, 'Planungsgrundlage', 'Planungsgrundlagen')),
  registerRule('hf05.bestand.laufende-foerderungen', 'foerderprogramme', (n) => count(n, 'Förderprogramm', 'Förderprogramme')),
  registerRule('hf08.bestand.ehrenamtliche-fahrdienste', 'mobilitaet', (n) => count(n, 'Mobilitätsangebot', 'Mobilitätsangebote')),
];

export function suggestTasks(facts: PlanFacts): TaskSuggestion[] {
  return SUGGESTION_RULES.flatMap((rule) => {
    const s = rule.suggest(facts);
    return s ? [{ taskId: rule.taskId, ...s }] : [];
  });
}
