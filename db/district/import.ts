/**
 * Gemeinden from a GENESIS table or a GeoJSON of boundaries: preview first (with per-row
 * problems and what would change), then an all-or-nothing write in one transaction.
 */
import { randomUUID } from 'node:crypto';
import { UserError } from '../../shared/contract/errors';
import type { ImportPreview } from '../../shared/contract/schemas';
import type { GemeindeCandidate } from '../../shared/import/types';
import { parseInWorker } from '../import/parseInWorker';
import type { PlanSession } from '../session';

export interface ImportFile {
  format: 'genesis' | 'geojson';
  fileName: string;
  bytes: Uint8Array;
  kreisKey: string | null;
  createAreas?: boolean | undefined;
}

/** Read in a worker (db/import/parseInWorker.ts): the file is untrusted. */
function parse(file: ImportFile) {
  return parseInWorker({ kind: 'gemeinden', format: file.format, fileName: file.fileName, bytes: file.bytes, kreisKey: file.kreisKey }, { handOver: true });
}

async function liveAreaNames(session: PlanSession): Promise<Set<string>> {
  const rows = await session.db.selectFrom('planning_area').select('name').where('deleted_at', 'is', null).execute();
  return new Set(rows.map((r) => r.name));
}

type Status = 'neu' | 'aktualisiert' | 'unveraendert';

interface Existing {
  id: string;
  ags: string;
  name: string;
  kind: string;
  lat: number | null;
  lon: number | null;
  geometry: string | null;
}

/**
 * The columns an import sets. An existing Gemeinde keeps its name and kind: sources spell
 * names differently (GENESIS "Gartow, Elbe", VG250 "Gartow") and the planner may have
 * corrected one, so an import only adds what is missing: coordinates and boundary.
 */
function patchFor(candidate: GemeindeCandidate, isNew: boolean): Record<string, unknown> {
  const patch: Record<string, unknown> = isNew ? { name: candidate.name, kind: candidate.kind } : {};
  if (candidate.lat !== null && candidate.lon !== null) Object.assign(patch, { lat: candidate.lat, lon: candidate.lon });
  if (candidate.geometry !== null) patch.geometry = JSON.stringify(candidate.geometry);
  return patch;
}

function statusOf(candidate: GemeindeCandidate, existing: Existing | undefined): Status {
  if (!existing) return 'neu';
  const patch = patchFor(candidate, false);
  const differs = Object.entries(patch).some(([key, value]) => (existing as unknown as Record<string, unknown>)[key] !== value);
  return differs ? 'aktualisiert' : 'unveraendert';
}

async function existingByAgs(session: PlanSession): Promise<Map<string, Existing>> {
  const rows = await session.db.selectFrom('gemeinde').select(['id', 'ags', 'name', 'kind', 'lat', 'lon', 'geometry']).where('deleted_at', 'is', null).execute();
  return new Map(rows.map((r) => [r.ags, r]));
}

async function planKreisKey(session: PlanSession): Promise<string> {
  const plan = await session.db.selectFrom('plan').select('kreis_key').where('deleted_at', 'is', null).executeTakeFirst();
  return plan?.kreis_key ?? '';
}

export async function previewGemeindeImport(session: PlanSession, file: ImportFile): Promise<ImportPreview> {
  return (await previewAndParsed(session, file)).preview;
}

/** The preview and the parse behind it: a commit writes exactly what it previewed, from one read. */
async function previewAndParsed(session: PlanSession, file: ImportFile) {
  const planKreis = await planKreisKey(session);
  const parsed = await parse({ ...file, kreisKey: file.kreisKey ?? (planKreis || null) });
  const { preview, encoding, areas } = parsed;
  const areaNames = await liveAreaNames(session);
  const existing = await existingByAgs(session);
  const problems = [...preview.problems];
  for (const { line, value } of preview.rows) {
    const current = existing.get(value.ags);
    if (current && current.name !== value.name) {
      problems.push({ line, severity: 'hinweis', message: `${value.ags}: Der Name in der Datei („${value.name}“) weicht ab; der erfasste Name „${current.name}“ bleibt.` });
    }
  }
  if (planKreis && preview.kreisKey && preview.kreisKey !== planKreis) {
    problems.push({ line: null, severity: 'fehler', message: `Die Datei enthält den Kreis ${preview.kreisKey}, dieser Plan gilt aber für den Kreis ${planKreis}.` });
  }
  const rows = preview.rows.map(({ line, value }) => ({
    line,
    ags: value.ags,
    name: value.name,
    kind: value.kind,
    lat: value.lat,
    lon: value.lon,
    hasGeometry: value.geometry !== null,
    population: value.population,
    status: statusOf(value, existing.get(value.ags)),
  }));
  const result: ImportPreview = {
    areas: areas.map((a) => ({ name: a.name, members: a.memberAgs.length, exists: areaNames.has(a.name) })),
    kreisKey: preview.kreisKey,
    kreisName: preview.kreisName,
    kreise: preview.kreise,
    encoding,
    rows,
    problems,
    source: preview.source,
    canCommit: rows.length > 0 && !problems.some((p) => p.severity === 'fehler'),
  };
  return { preview: result, parsed };
}

/** Writes every row the preview read in one transaction, or nothing at all. */
export async function commitGemeindeImport(session: PlanSession, file: ImportFile) {
  const { preview, parsed: read } = await previewAndParsed(session, file);
  if (!preview.canCommit) {
    const first = preview.problems.find((p) => p.severity === 'fehler');
    throw new UserError(`Import abgebrochen, es wurde nichts geschrieben: ${first?.message ?? 'Die Datei enthält keine Gemeinden.'}`, 'import-invalid');
  }
  const planKreis = await planKreisKey(session);
  const { preview: parsed, areas } = read;
  const existing = await existingByAgs(session);
  const areaNames = await liveAreaNames(session);
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  let areasCreated = 0;
  const idOf = new Map([...existing.entries()].map(([ags, g]) => [ags, g.id]));
  session.backup('vor-import');
  await session.write(async (w, trx) => {
    for (const { value } of parsed.rows) {
      const current = existing.get(value.ags);
      if (!current) {
        const id = randomUUID();
        await w.insert('gemeinde', { id, ags: value.ags, lat: null, lon: null, geometry: null, ...patchFor(value, true) });
        idOf.set(value.ags, id);
        counts.inserted++;
      } else if (await w.update('gemeinde', current.id, patchFor(value, false))) counts.updated++;
      else counts.unchanged++;
    }
    // Samt-/Verbandsgemeinden as Planungsbereiche, in the same transaction; an area of the same
    // name is left as the planner made it.
    if (file.createAreas) {
      for (const area of areas) {
        const members = area.memberAgs.map((ags) => idOf.get(ags)).filter((id): id is string => id !== undefined);
        if (areaNames.has(area.name) || members.length === 0) continue;
        const areaId = randomUUID();
        await w.insert('planning_area', { id: areaId, name: area.name, description: `Aus ${file.fileName} (${area.code})` });
        for (const gemeindeId of members) await w.insert('planning_area_member', { id: randomUUID(), planning_area_id: areaId, gemeinde_id: gemeindeId });
        areasCreated++;
      }
    }
    await w.insert('import_record', {
      id: randomUUID(),
      kind: 'gemeinden',
      file_name: file.fileName,
      format: parsed.source.format,
      table_code: parsed.source.table,
      reference_date: parsed.source.referenceDate,
      stand: parsed.source.stand,
      licence: parsed.source.licence,
      encoding: preview.encoding,
      row_count: parsed.rows.length,
    });
    if (!planKreis && parsed.kreisKey) {
      const plan = await trx.selectFrom('plan').select('id').where('deleted_at', 'is', null).executeTakeFirstOrThrow();
      await w.update('plan', plan.id, { kreis_key: parsed.kreisKey });
    }
  });
  // The number of new areas only when they were asked for, so plain imports answer as before.
  return file.createAreas ? { ...counts, areas: areasCreated } : counts;
}
