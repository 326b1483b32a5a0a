/** Kapitel Ziel, Auftrag und Rechtsgrundlagen: the method (BBSR guide) and the laws of Bund and Land. */
import { ACTION_FIELDS, BBSR_GUIDE } from '../../catalog';
import { legalBases } from '../legal';
import type { Block } from '../model';
import type { ReportView } from '../view';

export function auftrag(v: ReportView): Block[] {
  const { meta } = v.data;
  const legal = legalBases(meta.kreisKey);
  return [
    { kind: 'heading', level: 2, text: 'Ziel und Auftrag' },
    {
      kind: 'paragraph',
      text: `Ziel der Planung ist eine bedarfsgerechte, wohnortnahe und aufeinander abgestimmte Pflege- und Unterstützungsstruktur im ${meta.districtName || 'Landkreis'}${meta.periodFrom && meta.periodTo ? ` im Planungszeitraum ${meta.periodFrom}–${meta.periodTo}` : ''}. Sie folgt dem Leitfaden „${BBSR_GUIDE.title}“ (${BBSR_GUIDE.publisher}, ${BBSR_GUIDE.year}): In zehn Handlungsfeldern werden jeweils der Bestand erhoben, der Bedarf ermittelt und die Voraussetzungen für die Umsetzung geklärt.`,
    },
    { kind: 'bullets', items: ACTION_FIELDS.map((f) => `Handlungsfeld ${f.number}: ${f.title}`) },
    { kind: 'heading', level: 2, text: 'Rechtsgrundlagen' },
    { kind: 'bullets', items: legal.federal.map((l) => `${l.citation}: ${l.summary}`) },
    ...(legal.land
      ? ([
          { kind: 'paragraph', text: `Landesrecht ${legal.land}:` },
          { kind: 'bullets', items: legal.landLaws.map((l) => `${l.citation}: ${l.summary}`) },
        ] satisfies Block[])
      : [{ kind: 'paragraph', text: 'Für den Kreisschlüssel des Plans ist kein Land hinterlegt; bitte das Landesrecht ergänzen.' } satisfies Block]),
    { kind: 'paragraph', style: 'note', text: 'Die Rechtsgrundlagen sind in eigenen Worten zusammengefasst; maßgeblich ist die jeweils geltende Fassung.' },
  ];
}
