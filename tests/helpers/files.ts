import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh temporary folder per test file, removed by the caller's afterAll. */
export function tempDir(prefix = 'psp-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export const fixture = (relative: string): string => path.join(import.meta.dirname, '..', 'fixtures', relative);
