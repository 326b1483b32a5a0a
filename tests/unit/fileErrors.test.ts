/** Issue #12, finding 9: technical errors become German sentences in one place (db/file/errors.ts). */
import { describe, expect, it } from 'vitest';
import { toUserError } from '../../db/file/errors';

const cases: Array<[string, object, RegExp]> = [
  ['a full disk (SQLite)', { code: 'SQLITE_FULL', message: 'database or disk is full' }, /Datenträger ist voll/],
  ['a full disk (Node)', { code: 'ENOSPC', message: 'ENOSPC: no space left on device, write' }, /Datenträger ist voll/],
  ['a folder where a file was expected', { code: 'EISDIR', message: 'EISDIR: illegal operation on a directory, read' }, /Ordner, keine Datei/],
  ['a read-only file system', { code: 'EROFS', message: 'EROFS: read-only file system' }, /schreibgeschützt/],
  ['a read-only database', { code: 'SQLITE_READONLY', message: 'attempt to write a readonly database' }, /Keine Schreibberechtigung/],
  ['a locked file', { code: 'SQLITE_BUSY', message: 'database is locked' }, /anderen Programm benutzt/],
  ['VACUUM during a running job', { code: 'SQLITE_ERROR', message: 'cannot VACUUM from within a transaction' }, /andere Arbeit an diesem Plan/],
  ['a damaged file', { code: 'SQLITE_CORRUPT', message: 'database disk image is malformed' }, /beschädigt/],
  ['a disk I/O error', { code: 'SQLITE_IOERR_WRITE', message: 'disk I/O error' }, /Lesefehler oder Schreibfehler/],
  ['something unknown', { message: 'TypeError: x is not a function' }, /unerwarteter technischer Fehler/],
];

describe('toUserError', () => {
  for (const [label, error, message] of cases) {
    it(`says ${label} in German, without the technical text`, () => {
      const result = toUserError(Object.assign(new Error((error as { message: string }).message), error), 'Speichern fehlgeschlagen');
      expect(result.message).toMatch(/^Speichern fehlgeschlagen: /);
      expect(result.message).toMatch(message);
      expect(result.message).not.toMatch(/SQLITE|EISDIR|ENOSPC|EROFS|VACUUM|TypeError|database|disk/);
    });
  }
});
