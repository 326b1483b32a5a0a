/**
 * Gemeinden of one Kreis from a GeoJSON FeatureCollection of Gemeinde boundaries (VG250 of the
 * BKG or anything exported with similar properties).
 *
 * Point per Gemeinde: always our own centroid of the largest polygon (shared/geo/centroid),
 * never `destatis.center_lon/lat`. Those exist only in some files and for some features (not for
 * gemeindefreie Gebiete), and mixing two kinds of points would make distances inconsistent.
 */
import { agsFromRegionalCode, agsProblem, kreisOf } from '../district/ags';
import { geometryCentroid } from '../geo/centroid';
import { looksLikeLonLat, polygonGeometryProblem } from '../geo/polygonGeometry';
import { isGemeindefrei } from './regionCode';
import { selectKreis, type ScopedProblem } from './kreisSelection';
import type { GemeindeCandidate, GemeindeImportPreview, ImportProblem, ImportSourceInfo } from './types';

type Props = Record<string, unknown>;

const EXPECTED = 'Erwartet wird eine GeoJSON-Datei (FeatureCollection) mit den Gemeindegrenzen, z. B. aus den Verwaltungsgebieten VG250 des BKG, mit den Eigenschaften AGS und GEN.';
const CRS_HINT = 'Bitte die Datei im Koordinatensystem WGS 84 (EPSG:4326, Längen-/Breitengrad) speichern, z. B. in QGIS über „Exportieren – Objekte speichern als“.';

export function gemeindenFromGeoJson(text: string, opts: { kreisKey?: string } = {}): GemeindeImportPreview {
  const parsed = parseJson(text);
  if ('message' in parsed) return failed(parsed.message, sourceInfo(null));
  const collection = parsed.value;
  if (!isObject(collection) || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    const type = isObject(collection) && typeof collection.type === 'string' ? ` (gefunden: „${collection.type}“)` : '';
    return failed(`Die Datei ist keine GeoJSON-FeatureCollection${type}. ${EXPECTED}`, sourceInfo(null));
  }
  const source = sourceInfo(collection);
  const crsProblem = unsupportedCrs(collection.crs);
  if (crsProblem) return failed(crsProblem, source);

  const problems: ScopedProblem[] = [];
  const rows: Array<{ line: number | null; value: GemeindeCandidate }> = [];
  const firstIndex = new Map<string, number>();
  let projectedReported = false;

  collection.features.forEach((feature: unknown, index: number) => {
    const no = index + 1;
    if (!isObject(feature) || feature.type !== 'Feature') {
      problems.push({ kreisKey: null, problem: fehler(`Objekt Nr. ${no} ist kein GeoJSON-Feature.`) });
      return;
    }
    const props: Props = isObject(feature.properties) ? feature.properties : {};
    const name = firstString(props, ['GEN', 'gen', 'name', 'NAME', 'Name']) ?? '';
    const label = name ? `Objekt Nr. ${no} („${name}“)` : `Objekt Nr. ${no}`;
    const ags = agsOf(props);
    if (ags === null) {
      problems.push({ kreisKey: null, problem: fehler(`${label}: Der Gemeindeschlüssel fehlt (Eigenschaft AGS, ags oder RS/ARS).`) });
      return;
    }
    const agsInvalid = agsProblem(ags);
    if (agsInvalid) {
      problems.push({ kreisKey: null, problem: fehler(`${label}: ${agsInvalid}`) });
      return;
    }
    const kreisKey = kreisOf(ags);
    const scoped = (problem: ImportProblem): void => void problems.push({ kreisKey, problem });
    const gf = Number(props.GF);
    if (gf === 1 || gf === 2) {
      // VG250 stores water areas (Geofaktor 1/2, e.g. Bodensee, Wattenmeer) as extra features with the same AGS.
      scoped(hinweis(`übersprungen: ${label}, ${ags} ist eine Wasserfläche (VG250-Geofaktor ${gf}).`));
      return;
    }
    if (!name) scoped(fehler(`Objekt Nr. ${no} (${ags}): Der Name fehlt (Eigenschaft GEN oder name).`));
    const geometryProblem = polygonGeometryProblem(feature.geometry);
    if (geometryProblem) {
      scoped(fehler(`${label}, ${ags}: ${geometryProblem}`));
      return;
    }
    const geometry = feature.geometry as { type: string; coordinates: unknown };
    if (!looksLikeLonLat(geometry)) {
      if (!projectedReported) problems.push({ kreisKey: null, problem: fehler(`Die Koordinaten sind keine Längen-/Breitengrade (vermutlich UTM in Metern). ${CRS_HINT}`) });
      projectedReported = true;
      return;
    }
    const earlier = firstIndex.get(ags);
    if (earlier !== undefined) {
      scoped(fehler(`${label}: Der Gemeindeschlüssel ${ags} kommt mehrfach vor (zuerst in Objekt Nr. ${earlier}).`));
      return;
    }
    firstIndex.set(ags, no);
    const centroid = geometryCentroid(geometry);
    const bez = firstString(props, ['BEZ', 'bez']);
    const kind = (bez !== null ? /gemeindefrei/i.test(bez) : isGemeindefrei(ags, name)) ? 'gemeindefrei' : 'gemeinde';
    rows.push({
      line: null,
      value: { ags, name, kind, lat: centroid?.lat ?? null, lon: centroid?.lon ?? null, geometry, population: populationOf(props) },
    });
  });

  // GeoJSON carries no Kreis names.
  const selection = selectKreis({ rows, problems, kreisNames: new Map(), requestedKey: opts.kreisKey });
  return { ...selection, source };
}

function parseJson(text: string): { value: unknown } | { message: string } {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return { message: `Die Datei ist leer. ${EXPECTED}` };
  if (body.startsWith('<')) return { message: `Die Datei ist eine HTML- oder XML-Seite, keine GeoJSON-Datei. ${EXPECTED}` };
  try {
    return { value: JSON.parse(body) };
  } catch {
    const csv = body.split('\n', 10).some((l) => l.includes(';')) ? ' Sie sieht wie eine CSV-Tabelle aus.' : '';
    return { message: `Die Datei ist kein gültiges JSON und kann daher nicht als GeoJSON gelesen werden.${csv} ${EXPECTED}` };
  }
}

/** 8-digit AGS, or derived from the 12-digit Regionalschlüssel (Kreis 5 + Gemeinde 3 digits). */
function agsOf(props: Props): string | null {
  const ags = firstCode(props, ['AGS', 'ags', 'AGS_0'], 8);
  if (ags !== null) return ags;
  const rs = firstCode(props, ['RS', 'ARS', 'rs', 'ars', 'RS_0'], 12);
  if (rs === null) return null;
  return agsFromRegionalCode(rs) ?? rs;
}

/** Numbers lose the leading zero of Länder 01–09 (spreadsheet or shapefile round trips): pad them back. */
function firstCode(props: Props, keys: string[], digits: number): string | null {
  for (const key of keys) {
    const v = props[key];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (typeof v === 'number' && Number.isInteger(v) && v > 0) return String(v).padStart(digits, '0');
  }
  return null;
}

function firstString(props: Props, keys: string[]): string | null {
  for (const key of keys) {
    const v = props[key];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return null;
}

function populationOf(props: Props): number | null {
  const destatis = props.destatis;
  if (!isObject(destatis)) return null;
  const p = destatis.population;
  const n = typeof p === 'number' ? p : typeof p === 'string' ? Number(p.replace(/\./g, '')) : NaN;
  return Number.isFinite(n) ? n : null;
}

function unsupportedCrs(crs: unknown): string | null {
  if (!isObject(crs) || !isObject(crs.properties) || typeof crs.properties.name !== 'string') return null;
  const name = crs.properties.name;
  if (/CRS84$/i.test(name) || /EPSG:+4326$/i.test(name)) return null;
  return `Das Koordinatensystem „${name}“ wird nicht unterstützt. ${CRS_HINT}`;
}

function sourceInfo(collection: Props | null): ImportSourceInfo {
  const attribution = collection ? firstString(collection, ['source', 'attribution', 'licence', 'license']) : null;
  return { format: 'GeoJSON', table: null, referenceDate: null, stand: null, licence: attribution };
}

const isObject = (v: unknown): v is Props => typeof v === 'object' && v !== null && !Array.isArray(v);
const fehler = (message: string): ImportProblem => ({ line: null, severity: 'fehler', message });
const hinweis = (message: string): ImportProblem => ({ line: null, severity: 'hinweis', message });

function failed(message: string, source: ImportSourceInfo): GemeindeImportPreview {
  return { kreisKey: null, kreisName: null, kreise: [], rows: [], problems: [fehler(message)], source };
}
