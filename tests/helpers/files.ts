import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** A fresh temporary folder per test file, removed by the caller's afterAll. */
export function tempDir(prefix = 'psp-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * A scratch folder for one test file: made before the first test, removed (made writable first,
 * should a test have locked it) after the last. Read `dir` inside tests; it exists from beforeAll on.
 */
export function useScratchDir(prefix = 'psp-test-'): { readonly dir: string } {
  const state = { dir: '' };
  beforeAll(() => {
    state.dir = tempDir(prefix);
  });
  afterAll(() => {
    fs.chmodSync(state.dir, 0o755);
    fs.rmSync(state.dir, { recursive: true, force: true });
  });
  return state;
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export const fixture = (relative: string): string => path.join(import.meta.dirname, '..', 'fixtures', relative);
