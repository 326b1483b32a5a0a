/**
 * Pflegebedürftige and population of Germany and the Länder at 31.12.2015, for the comparison
 * "Pflegequote Kreis – Land – Bund". Copied from the official tables (22411-02-03-4 and
 * 12411-03-03-4, as bundled in db/sample/data and tests/fixtures); Länder not listed here are
 * shown as "nicht hinterlegt" rather than guessed.
 */
export interface CareReference {
  region: string;
  year: number;
  population: number;
  total: number;
  ambulant: number;
  vollstationaer: number;
  pflegegeld: number;
  source: string;
}

const SOURCE = 'Pflegestatistik, Stichtag 31.12.2015 (GENESIS 22411-02-03-4) und Bevölkerungsstand 31.12.2015 (12411-03-03-4); © Statistische Ämter des Bundes und der Länder, Deutschland, 2017, dl-de/by-2-0';

export const BUND_2015: CareReference = { region: 'Deutschland', year: 2015, population: 82_175_684, total: 2_860_293, ambulant: 692_273, vollstationaer: 783_416, pflegegeld: 1_384_604, source: SOURCE };

const LAENDER_2015: Record<string, CareReference> = {
  '03': { region: 'Niedersachsen', year: 2015, population: 7_926_599, total: 317_568, ambulant: 79_651, vollstationaer: 91_540, pflegegeld: 146_377, source: SOURCE },
};

export function landReference(kreisKey: string): CareReference | null {
  return LAENDER_2015[kreisKey.slice(0, 2)] ?? null;
}
