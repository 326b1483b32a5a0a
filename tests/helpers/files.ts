import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** A fresh temporary folder per test file, removed by the caller's afterAll. */
export function tempDir(prefix = 'psp-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * A scratch folder for one test file, removed (made writable first, should a test have locked
 * it) after the last test. Made at once, while the file's tests are collected, so a file can
 * write `const { dir } = useScratchDir()` at its top.
 */
export function useScratchDir(prefix = 'psp-test-'): { readonly dir: string } {
  const dir = tempDir(prefix);
  afterAll(() => {
    fs.chmodSync(dir, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { dir };
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export const fixture = (relative: string): string => path.join(import.meta.dirname, '..', 'fixtures', relative);
