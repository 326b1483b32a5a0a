/**
 * Rechtsgrundlagen of the care structure planning: the federal law (SGB XI) and the Land's
 * own law, chosen by the Land key (first two digits of the Kreis key). Wording in our own
 * words; the planner checks the current version of the Land law before the Kreistag.
 */
export interface LegalBasis {
  citation: string;
  summary: string;
}

const FEDERAL: LegalBasis[] = [
  { citation: '§ 8 SGB XI – Gemeinsame Verantwortung', summary: 'Die pflegerische Versorgung ist eine gesamtgesellschaftliche Aufgabe; Länder, Kommunen, Pflegeeinrichtungen und Pflegekassen wirken eng zusammen, um eine leistungsfähige, regional gegliederte, ortsnahe und aufeinander abgestimmte Versorgung zu gewährleisten.' },
  { citation: '§ 9 SGB XI – Aufgaben der Länder', summary: 'Die Länder sind verantwortlich für die Vorhaltung einer leistungsfähigen, zahlenmäßig ausreichenden und wirtschaftlichen pflegerischen Versorgungsstruktur; das Nähere zur Planung und Förderung bestimmt das Landesrecht.' },
  { citation: '§ 7a SGB XI und § 7c SGB XI', summary: 'Pflegeberatung und Pflegestützpunkte: wohnortnahe Beratung und Vernetzung, an der sich die Kommunen beteiligen können.' },
  { citation: '§ 71 SGB XII – Altenhilfe', summary: 'Die Altenhilfe soll dazu beitragen, Schwierigkeiten, die durch das Alter entstehen, zu verhüten, zu überwinden oder zu mildern, und älteren Menschen die Teilhabe am Leben in der Gemeinschaft zu ermöglichen.' },
];

const LAND: Record<string, { land: string; laws: LegalBasis[] }> = {
  '01': { land: 'Schleswig-Holstein', laws: [{ citation: 'Landespflegegesetz Schleswig-Holstein (LPflegeG), § 3', summary: 'Die Kreise und kreisfreien Städte erstellen Pflegebedarfspläne und wirken auf eine bedarfsgerechte Versorgungsstruktur hin.' }] },
  '02': { land: 'Hamburg', laws: [{ citation: 'Hamburgisches Landespflegegesetz (HmbLPG)', summary: 'Rahmenplanung der pflegerischen Versorgungsstruktur durch die zuständige Behörde.' }] },
  '03': { land: 'Niedersachsen', laws: [{ citation: 'Niedersächsisches Pflegegesetz (NPflegeG), § 3', summary: 'Die Landkreise und kreisfreien Städte erstellen örtliche Pflegeberichte über den Stand und die voraussichtliche Entwicklung der pflegerischen Versorgung und schreiben sie fort; örtliche Pflegekonferenzen beraten sie.' }] },
  '04': { land: 'Bremen', laws: [{ citation: 'Bremisches Ausführungsgesetz zum Pflege-Versicherungsgesetz (BremAGPflegeVG)', summary: 'Planung der pflegerischen Versorgungsstruktur im Land Bremen.' }] },
  '05': { land: 'Nordrhein-Westfalen', laws: [{ citation: '§ 7 Alten- und Pflegegesetz Nordrhein-Westfalen (APG NRW)', summary: 'Die Kreise und kreisfreien Städte erstellen alle zwei Jahre eine örtliche Planung zur Sicherstellung der pflegerischen Angebotsstruktur; sie kann als verbindliche Bedarfsplanung beschlossen werden.' }, { citation: '§ 8 APG NRW – Kommunale Konferenz Alter und Pflege', summary: 'Die Konferenz wirkt an der örtlichen Planung mit.' }] },
  '06': { land: 'Hessen', laws: [{ citation: 'Hessisches Ausführungsgesetz zum Pflege-Versicherungsgesetz', summary: 'Mitwirkung der Landkreise und kreisfreien Städte an der Sicherstellung der pflegerischen Versorgung.' }] },
  '07': { land: 'Rheinland-Pfalz', laws: [{ citation: 'Landesgesetz zur Sicherstellung und Weiterentwicklung der pflegerischen Angebotsstruktur (LPflegeASG), §§ 3 und 4', summary: 'Die Landkreise und kreisfreien Städte erstellen Pflegestrukturpläne und richten regionale Pflegekonferenzen ein.' }] },
  '08': { land: 'Baden-Württemberg', laws: [{ citation: 'Landespflegestrukturgesetz Baden-Württemberg (LPSG), § 4', summary: 'Die Stadt- und Landkreise erstellen Kreispflegepläne und können kommunale Pflegekonferenzen einrichten.' }] },
  '09': { land: 'Bayern', laws: [{ citation: 'Art. 69 Gesetz zur Ausführung der Sozialgesetze (AGSG) Bayern', summary: 'Die Landkreise und kreisfreien Gemeinden stellen im Rahmen eines integrativen, regionalen seniorenpolitischen Gesamtkonzeptes den für ihren Bereich erforderlichen längerfristigen Bedarf an Pflegeeinrichtungen fest.' }] },
  '10': { land: 'Saarland', laws: [{ citation: 'Saarländisches Pflegegesetz', summary: 'Landespflegeplanung unter Mitwirkung der Landkreise und des Regionalverbands.' }] },
  '11': { land: 'Berlin', laws: [{ citation: 'Landespflegeeinrichtungsgesetz Berlin (LPflegEG)', summary: 'Planung und Förderung der pflegerischen Versorgungsstruktur.' }] },
  '12': { land: 'Brandenburg', laws: [{ citation: 'Landespflegegesetz Brandenburg (LPflegeG), § 4', summary: 'Die Landkreise und kreisfreien Städte wirken auf eine bedarfsgerechte pflegerische Versorgungsstruktur hin und erstellen Pflegeplanungen.' }] },
  '13': { land: 'Mecklenburg-Vorpommern', laws: [{ citation: 'Landespflegegesetz Mecklenburg-Vorpommern (LPflegeG M-V), § 5', summary: 'Die Landkreise und kreisfreien Städte erstellen Pflegesozialplanungen.' }] },
  '14': { land: 'Sachsen', laws: [{ citation: 'Sächsisches Pflegegesetz (SächsPflegeG)', summary: 'Mitwirkung der Landkreise und kreisfreien Städte an der pflegerischen Versorgungsstruktur.' }] },
  '15': { land: 'Sachsen-Anhalt', laws: [{ citation: 'Ausführungsgesetz zum SGB XI Sachsen-Anhalt', summary: 'Planung und Sicherstellung der pflegerischen Versorgungsstruktur.' }] },
  '16': { land: 'Thüringen', laws: [{ citation: 'Thüringer Gesetz zur Ausführung des Pflege-Versicherungsgesetzes (ThürAGPflegeVG)', summary: 'Pflegestrukturplanung der Landkreise und kreisfreien Städte.' }] },
};

/** The Land of a Kreis key ("03354" bis Niedersachsen) or null. */
export function landOf(kreisKey: string): string | null {
  return LAND[kreisKey.slice(0, 2)]?.land ?? null;
}

export function legalBases(kreisKey: string): { federal: LegalBasis[]; land: string | null; landLaws: LegalBasis[] } {
  const entry = LAND[kreisKey.slice(0, 2)];
  return { federal: FEDERAL, land: entry?.land ?? null, landLaws: entry?.laws ?? [] };
}
