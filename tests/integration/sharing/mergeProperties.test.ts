/**
 * Property-based tests of merging with three copies of one plan (A = master, B and C shared
 * from it) and random edit sequences through the real channels and repositories.
 *  1. Non-conflicting edits (each copy owns its own records): merging in any order, followed by
 *     a full exchange, gives all three files the same data, with no conflicts, and every copy's
 *     last value of every field it owns survives.
 *  2. Overlapping edits: after merging B and C into A in any order, every value either side had
 *     written is in A's live data or in a conflict record.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostServices } from '../../../db/api/context';
import { allTaskIds } from '../../../shared/catalog';
import { expandEntries } from '../../../db/changes/entries';
import { call, testServices } from '../../helpers/services';
import { tempDir } from '../../helpers/files';
import { merge, META, snapshot } from './helpers';

let root: string;
beforeAll(() => {
  root = tempDir('psp-sharing-prop-');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const WINDOWS = ['wA', 'wB', 'wC'] as const;
const TASKS = allTaskIds().slice(0, 6);
const NAMES = ['Nord', 'Süd', 'Ost', 'West', 'Mitte'];

type Op =
  | { kind: 'create'; ags: number; name: number }
  | { kind: 'rename'; target: number; name: number; lat: number }
  | { kind: 'delete'; target: number }
  | { kind: 'restore'; target: number }
  | { kind: 'task'; task: number; state: 'offen' | 'in_arbeit' | 'erledigt' | 'nicht_relevant'; note: number }
  | { kind: 'area'; name: number; members: number[] }
  | { kind: 'areaRename'; target: number; name: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), ags: fc.nat(5), name: fc.nat(4) }),
  fc.record({ kind: fc.constant('rename' as const), target: fc.nat(20), name: fc.nat(4), lat: fc.integer({ min: 50, max: 54 }) }),
  fc.record({ kind: fc.constant('delete' as const), target: fc.nat(20) }),
  fc.record({ kind: fc.constant('restore' as const), target: fc.nat(20) }),
  fc.record({ kind: fc.constant('task' as const), task: fc.nat(TASKS.length - 1), state: fc.constantFrom('offen', 'in_arbeit', 'erledigt', 'nicht_relevant'), note: fc.nat(3) }),
  fc.record({ kind: fc.constant('area' as const), name: fc.nat(4), members: fc.array(fc.nat(20), { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('areaRename' as const), target: fc.nat(5), name: fc.nat(4) }),
);

/** Three copies of one plan, each with four Gemeinden shared from the master. */
async function setup(run: string): Promise<{ services: HostServices; files: string[]; dir: string }> {
  const dir = path.join(root, run);
  fs.mkdirSync(dir);
  const services = testServices(path.join(dir, 'userdata'));
  const files = ['A', 'B', 'C'].map((n) => path.join(dir, `${n}.sqlite`));
  await call(services, 'plan.create', { path: files[0]!, meta: META }, 'wA');
  for (let i = 0; i < 4; i++) await call(services, 'district.gemeinden.create', { ags: `033540${10 + i}`, name: `Gemeinde ${i}` }, 'wA');
  await call(services, 'sharing.share', { path: files[1]!, withoutPersonalData: false }, 'wA');
  await call(services, 'sharing.share', { path: files[2]!, withoutPersonalData: false }, 'wA');
  await call(services, 'plan.open', { path: files[1]! }, 'wB');
  await call(services, 'plan.open', { path: files[2]! }, 'wC');
  return { services, files, dir };
}

const gemeindenOf = (services: HostServices, w: string) =>
  services.sessions.require(w).sqlite.prepare('SELECT id, ags, name, deleted_at FROM gemeinde ORDER BY created_at, id').all() as { id: string; ags: string; name: string; deleted_at: string | null }[];
const areasOf = (services: HostServices, w: string) =>
  services.sessions.require(w).sqlite.prepare('SELECT id FROM planning_area WHERE deleted_at IS NULL ORDER BY created_at, id').all() as { id: string }[];

/**
 * Applies one op in copy `k`. With `own`, the copy only touches records it owns (Gemeinden
 * with its own AGS range or shared ones with index ≡ k mod 3, its own tasks and areas).
 */
async function apply(services: HostServices, k: number, op: Op, own: boolean): Promise<void> {
  const w = WINDOWS[k]!;
  const pick = <T>(list: T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);
  const gemeinden = gemeindenOf(services, w).filter((g, i) => !own || (i < 4 ? i % 3 === k : g.ags.startsWith(`03354${k + 1}`)));
  const name = (i: number) => `${NAMES[i]} ${'ABC'[k]}`;
  try {
    switch (op.kind) {
      case 'create':
        await call(services, 'district.gemeinden.create', { ags: own ? `03354${k + 1}0${op.ags}` : `0335409${op.ags}`, name: name(op.name) }, w);
        break;
      case 'rename': {
        const g = pick(gemeinden, op.target);
        if (g) await call(services, 'district.gemeinden.update', { id: g.id, values: { ags: g.ags, name: name(op.name), lat: op.lat, lon: 11 } }, w);
        break;
      }
      case 'delete': {
        const g = pick(gemeinden, op.target);
        if (g) await call(services, 'district.gemeinden.delete', { id: g.id }, w);
        break;
      }
      case 'restore': {
        const g = pick(gemeinden, op.target);
        if (g) await call(services, 'district.gemeinden.restore', { id: g.id }, w);
        break;
      }
      case 'task': {
        const tasks = own ? TASKS.filter((_, i) => i % 3 === k) : TASKS;
        await call(services, 'method.setTask', { taskId: pick(tasks, op.task)!, state: op.state, note: `Notiz ${'ABC'[k]}${op.note}` }, w);
        break;
      }
      case 'area': {
        const members = [...new Set(op.members.map((i) => pick(gemeinden.filter((g) => g.deleted_at === null), i)?.id).filter((id): id is string => !!id))];
        await call(services, 'district.areas.create', { name: `${name(op.name)} ${own ? k : ''}`, description: '', gemeindeIds: own ? [] : members }, w);
        break;
      }
      case 'areaRename': {
        const areas = areasOf(services, w);
        const area = pick(own ? areas.filter((a) => ownAreas.get(w)?.has(a.id)) : areas, op.target);
        if (area) await call(services, 'district.areas.update', { id: area.id, values: { name: `${name(op.name)} ${op.target}`, description: 'x', gemeindeIds: [] } }, w);
        break;
      }
    }
  } catch (error) {
    // Refused by the repository (duplicate AGS, name taken, …): a planner would see the message.
    if (!(error instanceof Error) || !/bereits|gibt es nicht|vergeben|schon/i.test(error.message)) throw error;
  }
  if (own && op.kind === 'area') {
    const mine = ownAreas.get(w) ?? new Set<string>();
    const created = services.sessions.require(w).sqlite.prepare('SELECT id FROM planning_area ORDER BY rowid DESC LIMIT 1').get() as { id: string } | undefined;
    if (created) mine.add(created.id);
    ownAreas.set(w, mine);
  }
}
const ownAreas = new Map<string, Set<string>>();

const editsArb = fc.array(fc.tuple(fc.nat(2), opArb), { minLength: 1, maxLength: 14 });
const mergesArb = fc.array(fc.tuple(fc.nat(2), fc.nat(2)).filter(([a, b]) => a !== b), { maxLength: 5 });

let runNo = 0;

describe('merge properties', () => {
  it('converges to the same state, without conflicts, for non-conflicting edits in any merge order', async () => {
    await fc.assert(
      fc.asyncProperty(editsArb, mergesArb, editsArb, async (edits, merges, later) => {
        ownAreas.clear();
        const { services, files } = await setup(`conv-${runNo++}`);
        try {
          for (const [k, op] of edits) await apply(services, k, op, true);
          for (const [to, from] of merges) await merge(services, files[from]!, WINDOWS[to]!);
          for (const [k, op] of later) await apply(services, k, op, true);
          // Expected: every copy's live values of what it owns.
          const expected = new Map<string, unknown>();
          for (let k = 0; k < 3; k++) {
            const s = snapshot(services.sessions.require(WINDOWS[k]!).sqlite);
            gemeindenOf(services, WINDOWS[k]!).forEach((g, i) => {
              if (i < 4 ? i % 3 === k : g.ags.startsWith(`03354${k + 1}`)) expected.set(g.id, s.gemeinde!.find((r) => r.id === g.id));
            });
          }
          // A full exchange in a fixed pattern after the random one.
          const results = [];
          for (const [to, from] of [[0, 1], [0, 2], [1, 0], [2, 0]] as const) results.push(await merge(services, files[from]!, WINDOWS[to]!));
          const conflicts = services.sessions.require('wA').sqlite.prepare('SELECT * FROM merge_conflict').all();
          const conflictsB = services.sessions.require('wB').sqlite.prepare('SELECT * FROM merge_conflict').all();
          expect(conflicts).toEqual([]);
          expect(conflictsB).toEqual([]);
          const [a, b, c] = WINDOWS.map((w) => snapshot(services.sessions.require(w).sqlite));
          expect(b).toEqual(a);
          expect(c).toEqual(a);
          for (const [id, row] of expected) expect(a!.gemeinde!.find((r) => r.id === id)).toEqual(row);
          for (const w of WINDOWS) expect(services.sessions.require(w).sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        } finally {
          services.sessions.closeAll();
        }
      }),
      { numRuns: 12 },
    );
  }, 240_000);

  it('loses nothing: every value written on either side is live or in a conflict record', async () => {
    await fc.assert(
      fc.asyncProperty(editsArb, fc.boolean(), async (edits, bFirst) => {
        ownAreas.clear();
        const { services, files } = await setup(`lose-${runNo++}`);
        try {
          const seqAtShare = WINDOWS.map((w) => (services.sessions.require(w).sqlite.prepare('SELECT max(seq) AS s FROM change_log').get() as { s: number }).s);
          for (const [k, op] of edits) await apply(services, k, op, false);
          // What each copy wrote since the share: its live value of every field it changed.
          const written: { copy: number; tbl: string; rowId: string; col: string; value: unknown }[] = [];
          WINDOWS.forEach((w, k) => {
            const db = services.sessions.require(w).sqlite;
            const entries = db
              .prepare('SELECT tbl, row_id, col, new_value, op FROM change_log WHERE seq > ? AND replica_id = ?')
              .all(seqAtShare[k], services.sessions.require(w).replicaId) as { tbl: string; row_id: string; col: string; new_value: string | null; op: string }[];
            const fields = new Map(expandEntries(entries).map((f) => [`${f.tbl}|${f.row_id}|${f.col}`, f]));
            for (const f of fields.values()) {
              const row = db.prepare(`SELECT * FROM ${f.tbl} WHERE id = ?`).get(f.row_id) as Record<string, unknown>;
              written.push({ copy: k, tbl: f.tbl, rowId: f.row_id, col: f.col, value: row[f.col] });
            }
          });
          const order = bFirst ? [1, 2] : [2, 1];
          for (const from of order) await merge(services, files[from]!, 'wA');

          const db = services.sessions.require('wA').sqlite;
          const conflicts = db.prepare('SELECT * FROM merge_conflict').all() as { tbl: string; row_id: string; col: string; mine_value: string | null; theirs_value: string | null; other_row_id: string | null }[];
          const same = (col: string, a: unknown, b: unknown) => (col === 'deleted_at' ? (a === null) === (b === null) : (a ?? null) === (b ?? null));
          for (const v of written) {
            const row = db.prepare(`SELECT * FROM ${v.tbl} WHERE id = ?`).get(v.rowId) as Record<string, unknown> | undefined;
            if (row && same(v.col, row[v.col], v.value)) continue;
            const recorded = conflicts.some((c) => {
              if (c.tbl !== v.tbl || c.row_id !== v.rowId) return false;
              if (c.col === '*') return same(v.col, (JSON.parse(c.theirs_value!) as Record<string, unknown>)[v.col], v.value);
              return c.col === v.col && [c.mine_value, c.theirs_value].some((x) => same(v.col, x === null ? null : JSON.parse(x), v.value));
            });
            expect(recorded, `${'ABC'[v.copy]}: ${v.tbl}.${v.col} = ${JSON.stringify(v.value)} (${v.rowId}) is neither live nor in a conflict`).toBe(true);
          }
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        } finally {
          services.sessions.closeAll();
        }
      }),
      { numRuns: 20 },
    );
  }, 240_000);
});
