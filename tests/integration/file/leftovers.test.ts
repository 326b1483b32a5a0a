/**
 * Issue #12, finding 7: crash leftovers — whole copies of plans beside Save-as/Share targets and
 * in the backup folder — are removed on start and on open; the work of live processes is not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLeftoversIn, tempSibling } from '../../../db/file/leftovers';
import { useScratchDir } from '../../helpers/files';
import { call, testServices } from '../../helpers/services';
import { newPlan } from './helpers';

/** A scratch folder for this file (tests/helpers/files.ts). */
const { dir } = useScratchDir('psp-leftovers-');

const DEAD = 999999999;

describe('crash leftovers', () => {
  it('beside a plan are removed when it is opened; those of a live process stay', async () => {
    const file = await newPlan(dir, 'plan.sqlite');
    const dead = [`plan.sqlite.psp-${DEAD}-0a0b0c0d.tmp`, `plan.sqlite.psp-${DEAD}-0a0b0c0d.tmp-journal`, `andere.sqlite.psp-${DEAD}-11223344.tmp`];
    for (const f of dead) fs.writeFileSync(path.join(dir, f), 'Kopie eines Plans');
    const live = path.basename(tempSibling(file));
    fs.writeFileSync(path.join(dir, live), 'wird gerade geschrieben');
    const services = testServices(path.join(dir, 'userdata'));
    await call(services, 'plan.open', { path: file });
    services.sessions.closeAll();
    expect(fs.readdirSync(dir).sort()).toEqual(['plan.sqlite', live, 'userdata'].sort());
  });

  it('beside a Save-as/Share target in another folder are removed on the next start', async () => {
    const userData = path.join(dir, 'userdata2');
    const elsewhere = path.join(dir, 'Ziel');
    fs.mkdirSync(elsewhere);
    fs.mkdirSync(userData);
    // What a crashed process left: its note and the copy it was writing.
    const copy = path.join(elsewhere, `geteilt.sqlite.psp-${DEAD}-deadbeef.tmp`);
    fs.writeFileSync(copy, 'ganze Kopie mit personenbezogenen Daten');
    fs.writeFileSync(path.join(userData, `psp-${DEAD}.tmp-list`), `${copy}\n/etc/passwd\n`);
    testServices(userData);
    expect(fs.existsSync(copy)).toBe(false);
    expect(fs.existsSync('/etc/passwd')).toBe(true);
    expect(fs.readdirSync(userData).filter((f) => f.endsWith('.tmp-list'))).toEqual([]);
  });

  it('of earlier versions (no process id) are removed only when old', () => {
    const sub = path.join(dir, 'legacy');
    fs.mkdirSync(sub);
    const fresh = path.join(sub, 'a.sqlite.1a2b3c4d.tmp');
    const old = path.join(sub, 'b.sqlite.5e6f7a8b.tmp');
    fs.writeFileSync(fresh, '');
    fs.writeFileSync(old, '');
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000);
    fs.utimesSync(old, yesterday, yesterday);
    expect(cleanLeftoversIn(sub)).toEqual(['b.sqlite.5e6f7a8b.tmp']);
  });
});
