/**
 * The demographic assumptions of a scenario with method 'kohorte', as the planner sets them
 * (stored as JSON in needs_scenario.cohort), and their German description for "Wie berechnet?".
 */
import { formatNumberUpTo } from '../format';
import { DEFAULT_MIGRATION_DAMPING, DEFAULT_SCENARIO, type DemographicScenario } from '../demography/cohort';

export type CohortMigration = 'keine' | 'beobachtet' | 'gedaempft' | 'eingabe';

export interface CohortSpec {
  migration: CohortMigration;
  /** 'gedaempft': factor on the observed rates below 50 years (0 … 1). */
  damping: number;
  /** 'eingabe': net migration of the Kreis, people per year. */
  netPerYear: number;
  /** Yearly decline of the death rates in percent (1 = 1 % a year). */
  mortalityDecline: number;
}

export const DEFAULT_COHORT_SPEC: CohortSpec = { migration: 'gedaempft', damping: DEFAULT_MIGRATION_DAMPING, netPerYear: 0, mortalityDecline: DEFAULT_SCENARIO.mortalityDecline * 100 };

export function parseCohortSpec(json: string | null): CohortSpec {
  if (!json) return DEFAULT_COHORT_SPEC;
  try {
    return { ...DEFAULT_COHORT_SPEC, ...(JSON.parse(json) as Partial<CohortSpec>) };
  } catch {
    return DEFAULT_COHORT_SPEC;
  }
}

export function toDemographicScenario(spec: CohortSpec): DemographicScenario {
  const mortalityDecline = spec.mortalityDecline / 100;
  switch (spec.migration) {
    case 'keine':
    case 'beobachtet':
      return { migration: { kind: spec.migration }, mortalityDecline };
    case 'eingabe':
      return { migration: { kind: 'eingabe', netPerYear: spec.netPerYear }, mortalityDecline };
    default:
      return { migration: { kind: 'gedaempft', factor: spec.damping, fromAge: 50 }, mortalityDecline };
  }
}

const de = (n: number, digits = 2): string => formatNumberUpTo(n, digits);

export function describeCohortSpec(spec: CohortSpec, baseYear: number): string[] {
  const migration: Record<CohortMigration, string> = {
    keine: 'Wanderung: keine (nur Geburten und Sterbefälle).',
    beobachtet: `Wanderung: Zu- und Fortzüge je Person nach Alter und Geschlecht wie ${baseYear} beobachtet, für jedes Jahr.`,
    gedaempft: `Wanderung: ab 50 Jahren wie ${baseYear} beobachtet; unter 50 Jahren die beobachteten Raten × ${de(spec.damping)} (${baseYear} war ein Ausnahmejahr der Zuwanderung).`,
    eingabe: `Wanderung: Saldo des Kreises ${de(spec.netPerYear, 0)} Personen pro Jahr, verteilt wie die beobachteten ${spec.netPerYear >= 0 ? 'Zuzüge' : 'Fortzüge'} nach Alter und Geschlecht.`,
  };
  return [
    migration[spec.migration],
    spec.mortalityDecline === 0 ? 'Sterblichkeit: konstant auf dem Stand des Basisjahres.' : `Sterblichkeit: sinkt um ${de(spec.mortalityDecline)} % pro Jahr (steigende Lebenserwartung).`,
  ];
}
