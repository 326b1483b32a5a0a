/**
 * Window hardening per Electron's security checklist: the renderer is sandboxed, isolated,
 * has no Node, may not navigate away, open windows or ask for permissions.
 */
import { app, session, shell, type WebContents } from 'electron';

export { secureWebPreferences } from './webPreferences';

export const APP_ORIGIN = 'app://renderer';

export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to documentation open in the user's browser, never inside the app.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function denyPermissions(): void {
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  });
}
