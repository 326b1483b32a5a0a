import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gemeindenFromGenesis } from '../../../shared/import/gemeindenFromGenesis';
import { gemeindenFromGeoJson } from '../../../shared/import/gemeindenFromGeoJson';
import type { GemeindeImportPreview } from '../../../shared/import/types';

const read = (name: string): string => fs.readFileSync(new URL(`../../fixtures/malformed/${name}`, import.meta.url), 'utf8');
const fehler = (preview: GemeindeImportPreview) => preview.problems.filter((p) => p.severity === 'fehler');

describe('malformed files', () => {
  it('comma-separated CSV: says what was expected', () => {
    const preview = gemeindenFromGenesis(read('gemeinden_komma.csv'), { kreisKey: '03354' });
    expect(preview.rows).toEqual([]);
    expect(preview.problems).toHaveLength(1);
    expect(preview.problems[0]!.severity).toBe('fehler');
    expect(preview.problems[0]!.message).toMatch(/^Die Datei ist durch Kommas getrennt\. Erwartet wird eine Tabelle der Regionaldatenbank/);
  });

  it('HTML page instead of the table', () => {
    const preview = gemeindenFromGenesis(read('webseite_statt_tabelle.csv'), {});
    expect(fehler(preview)).toHaveLength(1);
    expect(preview.problems[0]!.message).toMatch(/HTML/);
  });

  it('GeoJSON given to the table importer, and a table given to the GeoJSON importer', () => {
    expect(gemeindenFromGenesis(read('gemeinden_ohne_ags.geojson'), {}).problems[0]!.message).toMatch(/JSON-\/GeoJSON-Datei, keine CSV-Tabelle/);
    const csvAsGeo = gemeindenFromGeoJson(read('genesis_doppelter_ags.csv'), {});
    expect(csvAsGeo.problems).toHaveLength(1);
    expect(csvAsGeo.problems[0]!.message).toMatch(/kein gültiges JSON.*CSV-Tabelle/);
  });

  it('invalid AGS: one error per bad line, even though the rest is fine', () => {
    const preview = gemeindenFromGenesis(read('genesis_ungueltiger_ags.csv'), { kreisKey: '03354' });
    expect(fehler(preview)).toEqual([
      { line: 10, severity: 'fehler', message: '„99354010“ ist kein gültiger Gemeindeschlüssel: 99 ist kein Land (01–16).' },
      {
        line: 11,
        severity: 'fehler',
        message: '„033540l0“ ist kein gültiger Regionalschlüssel (erwartet: 5-stelliger Kreis- oder 8-stelliger Gemeindeschlüssel, z. B. 03354005).',
      },
    ]);
    expect(preview.rows.map((r) => r.value.ags)).toEqual(['03354007', '03354021']);
  });

  it('duplicate AGS (member code and 8-digit code of the same Gemeinde)', () => {
    const preview = gemeindenFromGenesis(read('genesis_doppelter_ags.csv'), {});
    expect(fehler(preview)).toEqual([{ line: 8, severity: 'fehler', message: 'Der Gemeindeschlüssel 03354007 kommt mehrfach vor (zuerst in Zeile 7).' }]);
    expect(preview.rows).toHaveLength(1);
  });

  it('GeoJSON feature without AGS and feature with a point geometry', () => {
    const preview = gemeindenFromGeoJson(read('gemeinden_ohne_ags.geojson'), { kreisKey: '03354' });
    expect(fehler(preview).map((p) => p.message)).toEqual([
      'Objekt Nr. 2 („Höhbeck“): Der Gemeindeschlüssel fehlt (Eigenschaft AGS, ags oder RS/ARS).',
      'Objekt Nr. 3 („Schnackenburg“), 03354021: Die Geometrie hat den Typ „Point“; erwartet wird eine Fläche (Polygon oder MultiPolygon).',
    ]);
    expect(preview.rows.map((r) => r.value.ags)).toEqual(['03354007']);
  });

  it('cut-off GeoJSON is not valid JSON', () => {
    const preview = gemeindenFromGeoJson(read('abgebrochen.geojson'), {});
    expect(preview.problems).toEqual([
      {
        line: null,
        severity: 'fehler',
        message: expect.stringMatching(/^Die Datei ist kein gültiges JSON und kann daher nicht als GeoJSON gelesen werden\. Erwartet wird eine GeoJSON-Datei/),
      },
    ]);
  });

  it('JSON that is not a FeatureCollection', () => {
    const preview = gemeindenFromGeoJson('{"type": "Feature", "properties": {}, "geometry": null}', {});
    expect(preview.problems[0]!.message).toMatch(/keine GeoJSON-FeatureCollection \(gefunden: „Feature“\)/);
  });
});
