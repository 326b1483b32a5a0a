/**
 * Window hardening per Electron's security checklist, wired to the real electron modules. The
 * decisions themselves live in ./hardening.ts (tested under plain Node with fakes).
 */
import { dialog, session, shell, BrowserWindow, type WebContents } from 'electron';
import { denyAllPermissions, lockDownContents as lockDown, type LinkActions } from './hardening';

export { secureWebPreferences } from './webPreferences';
export { APP_ORIGIN, isOwnRendererFrame, queueOpenFiles } from './hardening';

function linkActions(contents: WebContents): LinkActions {
  return {
    openExternal: (url) => shell.openExternal(url),
    async confirmOpen(url) {
      const options = {
        type: 'question' as const,
        buttons: ['Im Browser öffnen', 'Abbrechen'],
        defaultId: 1,
        cancelId: 1,
        title: 'Link öffnen?',
        message: 'Dieser Link führt zu einer Seite, die nicht zu den bekannten Quellen des Leitfadens gehört. Im Browser öffnen?',
        detail: url,
      };
      const win = BrowserWindow.fromWebContents(contents);
      const result = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
      return result.response === 0;
    },
  };
}

export function lockDownContents(contents: WebContents): void {
  lockDown(contents, linkActions(contents));
}

/** Call once the app is ready (the default session exists then). */
export function denyPermissions(): void {
  denyAllPermissions(session.defaultSession);
}
