import os from 'node:os';
import path from 'node:path';

/**
 * Where the browser mode keeps recent files, backups and sample copies. PSP_USER_DATA
 * overrides it (tests use a temporary folder so they never touch a real profile).
 */
export function defaultUserDataDir(): string {
  if (process.env.PSP_USER_DATA) return path.resolve(process.env.PSP_USER_DATA);
  const base = process.env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'pflegestrukturplaner');
}
