import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agsProblem } from '../../../shared/district/ags';
import { gemeindenFromGenesis } from '../../../shared/import/gemeindenFromGenesis';
import { gemeindenFromGeoJson } from '../../../shared/import/gemeindenFromGeoJson';

const read = (name: string): string => fs.readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const geojsonText = read('geo/LK03354_gemeinden_vg250_simplify200.geojson');

// Extent of all coordinates in the fixture (see tests/fixtures/geo/SOURCES.md), slightly widened.
const BBOX = { minLon: 10.75, maxLon: 11.6, minLat: 52.84, maxLat: 53.26 };

/** Rough distance in km; good enough at this latitude and scale. */
const km = (a: { lon: number; lat: number }, b: { lon: number; lat: number }): number =>
  Math.hypot((a.lon - b.lon) * 111.32 * Math.cos((a.lat * Math.PI) / 180), (a.lat - b.lat) * 110.57);

describe('gemeindenFromGeoJson – Lüchow-Dannenberg, VG250', () => {
  const preview = gemeindenFromGeoJson(geojsonText, { kreisKey: '03354' });

  it('takes all 29 features without problems', () => {
    expect(preview.rows).toHaveLength(29);
    expect(preview.problems).toEqual([]);
    expect(preview.kreisKey).toBe('03354');
    expect(preview.kreisName).toBeNull(); // GeoJSON of Gemeinden has no Kreis name
    expect(preview.kreise).toEqual([{ key: '03354', name: '', count: 29 }]);
    expect(preview.source).toEqual({ format: 'GeoJSON', table: null, referenceDate: null, stand: null, licence: '© GeoBasis-DE / BKG 2013 (Daten verändert)' });
  });

  it('keeps geometry and puts the centroid inside the Kreis', () => {
    for (const { value } of preview.rows) {
      expect(agsProblem(value.ags)).toBeNull();
      expect(['Polygon', 'MultiPolygon']).toContain((value.geometry as { type: string }).type);
      expect(value.lon).toBeGreaterThan(BBOX.minLon);
      expect(value.lon).toBeLessThan(BBOX.maxLon);
      expect(value.lat).toBeGreaterThan(BBOX.minLat);
      expect(value.lat).toBeLessThan(BBOX.maxLat);
      // rounded to 6 decimals
      expect(Math.abs(value.lon! * 1e6 - Math.round(value.lon! * 1e6))).toBeLessThan(1e-6);
      expect(Math.abs(value.lat! * 1e6 - Math.round(value.lat! * 1e6))).toBeLessThan(1e-6);
    }
  });

  it('computes its own centroid, close to the Gemeindeverzeichnis centre where that exists', () => {
    const features = (JSON.parse(geojsonText) as { features: Array<{ properties: { AGS: string; destatis?: { center_lon: string; center_lat: string } } }> }).features;
    let compared = 0;
    for (const f of features) {
      if (!f.properties.destatis) continue;
      const centre = { lon: Number(f.properties.destatis.center_lon.replace(',', '.')), lat: Number(f.properties.destatis.center_lat.replace(',', '.')) };
      const row = preview.rows.find((r) => r.value.ags === f.properties.AGS)!;
      expect(km({ lon: row.value.lon!, lat: row.value.lat! }, centre)).toBeLessThan(8);
      compared++;
    }
    expect(compared).toBe(27);
  });

  it('flags the gemeindefreie Gebiete from BEZ and takes the population from the destatis block', () => {
    expect(preview.rows.filter((r) => r.value.kind === 'gemeindefrei').map((r) => [r.value.ags, r.value.name, r.value.population])).toEqual([
      ['03354501', 'Gartow', null],
      ['03354502', 'Göhrde', null],
    ]);
    expect(preview.rows[0]).toMatchObject({ line: null, value: { ags: '03354005', name: 'Gartow', kind: 'gemeinde', population: 1425 } });
    // destatis populations are of a later year than the Regionalstatistik file (48 424 vs 50 128).
    expect(preview.rows.reduce((s, r) => s + (r.value.population ?? 0), 0)).toBe(48424);
  });

  it('covers exactly the AGS of the GENESIS table', () => {
    const genesis = gemeindenFromGenesis(read('regionalstatistik/LK03354_12411-02-03-5_2015.csv'), { kreisKey: '03354' });
    const fromGeo = preview.rows.map((r) => r.value.ags).sort();
    expect(fromGeo).toEqual(genesis.rows.map((r) => r.value.ags).sort());
    // Same Gemeinden, but names differ in spelling: GENESIS disambiguates ("Gartow, Elbe",
    // "Woltersdorf, Niedersachs", "Gartow, gem.fr. Geb."), VG250 has the plain name.
    const genesisNames = new Map(genesis.rows.map((r) => [r.value.ags, r.value.name]));
    const differing = preview.rows.filter((r) => genesisNames.get(r.value.ags) !== r.value.name).map((r) => r.value.ags);
    expect(differing.sort()).toEqual(['03354005', '03354014', '03354025', '03354501', '03354502']);
  });

  it('derives the AGS from RS when AGS is missing, and reads lowercase properties', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { RS: '033545403005', GEN: 'Gartow' }, geometry: square(11.4, 53.0) },
        { type: 'Feature', properties: { ags: '03354007', name: 'Gorleben' }, geometry: square(11.3, 53.0) },
        { type: 'Feature', properties: { AGS: 3354010, GEN: 'Höhbeck' }, geometry: square(11.5, 53.0) },
      ],
    });
    const preview2 = gemeindenFromGeoJson(text, {});
    expect(preview2.problems).toEqual([]);
    expect(preview2.rows.map((r) => [r.value.ags, r.value.name, r.value.lon, r.value.lat])).toEqual([
      ['03354005', 'Gartow', 11.45, 53.05],
      ['03354007', 'Gorleben', 11.35, 53.05],
      ['03354010', 'Höhbeck', 11.55, 53.05],
    ]);
  });

  it('skips VG250 water areas and reports duplicate AGS', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { AGS: '03354005', GEN: 'Gartow', GF: 4 }, geometry: square(11.4, 53.0) },
        { type: 'Feature', properties: { AGS: '03354005', GEN: 'Gartow', GF: 2 }, geometry: square(11.5, 53.0) },
        { type: 'Feature', properties: { AGS: '03354005', GEN: 'Gartow' }, geometry: square(11.6, 53.0) },
      ],
    });
    const result = gemeindenFromGeoJson(text, { kreisKey: '03354' });
    expect(result.rows).toHaveLength(1);
    expect(result.problems.map((p) => p.severity)).toEqual(['hinweis', 'fehler']);
    expect(result.problems[1]!.message).toBe('Objekt Nr. 3 („Gartow“): Der Gemeindeschlüssel 03354005 kommt mehrfach vor (zuerst in Objekt Nr. 1).');
  });

  it('refuses projected coordinates and foreign CRS', () => {
    const utm = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { AGS: '03354005', GEN: 'Gartow' }, geometry: square(640000, 5877000) }] });
    expect(gemeindenFromGeoJson(utm, {}).problems).toContainEqual({ line: null, severity: 'fehler', message: expect.stringMatching(/keine Längen-\/Breitengrade/) });
    const crs = JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } }, features: [] });
    expect(gemeindenFromGeoJson(crs, {}).problems[0]!.message).toMatch(/^Das Koordinatensystem „urn:ogc:def:crs:EPSG::25832“ wird nicht unterstützt/);
  });
});

function square(lon: number, lat: number): { type: 'Polygon'; coordinates: number[][][] } {
  const d = lon > 1000 ? 1000 : 0.1;
  return { type: 'Polygon', coordinates: [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]] };
}
