/**
 * The national population table (12411-02-03-5) with `years` Stichtage (31.12.2015, 2016, …): its
 * data block repeated under each, header and footer kept. A file that grows with the number of
 * records, for checking that the population import's memory does not (bench and tests).
 */
export function withStichtage(text: string, years: number): string {
  const lines = text.split('\n');
  const firstData = lines.findIndex((l) => l.startsWith('DG;'));
  const footer = lines.findIndex((l) => l.startsWith('__________'));
  const data = lines.slice(firstData, footer);
  const blocks = Array.from({ length: years }, (_, i) => [...(i === 0 ? [] : [`31.12.${2015 + i}`]), ...data]);
  return [...lines.slice(0, firstData), ...blocks.flat(), ...lines.slice(footer)].join('\n');
}
