/** The national GENESIS tables of tests/fixtures (gzip), decoded once per test file. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..', 'fixtures');

export const NATIONAL_CODES = ['12411-04-02-4', '12613-02-02-4', '12612-02-01-4', '12711-04-02-4', '12711-01-03-5', '12411-03-03-4', '22411-02-03-4', '22411-01-01-4'] as const;

export function nationalFile(code: (typeof NATIONAL_CODES)[number] | '12411-02-03-5'): { name: string; text: string } {
  if (code === '12411-02-03-5') {
    const name = 'genesis_12411-02-03-5_00.csv';
    return { name, text: fs.readFileSync(path.join(root, 'needs', name), 'utf8') };
  }
  const name = `genesis_${code}_00.csv`;
  return { name, text: zlib.gunzipSync(fs.readFileSync(path.join(root, 'regionalstatistik', 'national', `${name}.gz`))).toString('utf8') };
}

/** Every table a cohort projection reads. */
export const componentFiles = (): Array<{ name: string; text: string }> =>
  (['12411-04-02-4', '12613-02-02-4', '12612-02-01-4', '12711-04-02-4', '12711-01-03-5', '12411-02-03-5'] as const).map(nationalFile);
