/**
 * The one place where technical errors (Node file system, SQLite) become messages for people.
 * Every path that touches a file ends in `toUserError`, so no English text like "EISDIR" or
 * "SqliteError: database or disk is full" reaches a planner.
 */
import { UserError } from '../../shared/contract/errors';

interface Known {
  code: string;
  text: string;
}

/** Node error codes (errno names) and SQLite result codes (better-sqlite3 `code`, extended codes included). */
function classify(code: string, message: string): Known | null {
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || /disk is full|ENOSPC/i.test(message)) {
    return { code: 'disk-full', text: 'Der Datenträger ist voll. Schaffen Sie Platz (z. B. alte Dateien löschen) und versuchen Sie es erneut.' };
  }
  if (code === 'EISDIR') return { code: 'not-file', text: 'Dort liegt ein Ordner, keine Datei. Wählen Sie eine Datei oder einen anderen Namen.' };
  if (code === 'ENOTDIR' || code === 'ENOENT') return { code: 'missing', text: 'Die Datei oder der Ordner wurde nicht gefunden.' };
  if (code === 'EROFS') return { code: 'read-only', text: 'Der Datenträger ist schreibgeschützt (z. B. eine CD oder ein gesperrter USB-Stick).' };
  if (code === 'EACCES' || code === 'EPERM' || code.startsWith('SQLITE_READONLY')) {
    return { code: 'permission', text: 'Keine Schreibberechtigung für diese Datei oder diesen Ordner.' };
  }
  if (code === 'EBUSY' || code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return { code: 'busy', text: 'Die Datei wird gerade von einem anderen Programm benutzt. Schließen Sie es und versuchen Sie es erneut.' };
  }
  if (code === 'EMFILE' || code === 'ENFILE') return { code: 'busy', text: 'Es sind zu viele Dateien geöffnet. Schließen Sie andere Programme und versuchen Sie es erneut.' };
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return { code: 'corrupt', text: 'Die Datei ist beschädigt. Öffnen Sie eine Sicherung oder bitten Sie um eine neue Kopie.' };
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return { code: 'io', text: 'Der Datenträger hat einen Lesefehler oder Schreibfehler gemeldet (z. B. Netzlaufwerk getrennt, USB-Stick entfernt).' };
  }
  if (/cannot VACUUM from within a transaction|cannot (start|commit|rollback)/i.test(message)) {
    return { code: 'busy', text: 'Gerade läuft noch eine andere Arbeit an diesem Plan (z. B. ein Import). Warten Sie, bis sie fertig ist, und versuchen Sie es erneut.' };
  }
  if (/Maximum call stack size exceeded/.test(message) || code === 'ERR_OUT_OF_MEMORY' || /out of memory/i.test(message)) {
    return { code: 'too-large', text: 'Die Daten sind zu umfangreich, um sie in einem Schritt zu verarbeiten.' };
  }
  return null;
}

/**
 * Keeps German messages (UserError) as they are; turns known technical errors into a German
 * sentence after `context` ("Die Änderung konnte nicht gespeichert werden: …"). Unknown errors
 * get a German sentence too; their technical text goes to the log, not to the person.
 */
export function toUserError(error: unknown, context: string): UserError {
  if (error instanceof UserError) return error;
  const code = String((error as { code?: unknown })?.code ?? '');
  const message = String((error as Error)?.message ?? error);
  const known = classify(code, message);
  if (known) return new UserError(`${context}: ${known.text}`, known.code);
  console.error('[file] unexpected error:', error);
  return new UserError(`${context}: Ein unerwarteter technischer Fehler ist aufgetreten (Details im Protokoll).`, 'unexpected');
}
