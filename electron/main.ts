/**
 * Electron main process: lifecycle, windows, the app:// protocol for the renderer, native
 * dialogs and the IPC wiring to the plain-Node handlers in db/api. No business logic here.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dispatch } from '../db/api/dispatch';
import { createServices } from '../db/api/services';
import type { Dialogs } from '../db/api/context';
import { safeDecodePath } from '../db/host/requestBody';
import { CSP } from '../db/host/webHost';
import { APP_ORIGIN, denyPermissions, isOwnRendererFrame, lockDownContents, queueOpenFiles, secureWebPreferences } from './security';
import { buildMenu } from './menu';

// German UI locale for date inputs and number formats, whatever the system says.
app.commandLine.appendSwitch('lang', 'de-DE');

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const rendererDir = path.join(app.getAppPath(), 'dist', 'renderer');
const windows = new Map<string, BrowserWindow>();

const dialogs: Dialogs = {
  async choosePlanToOpen(windowId) {
    const win = windows.get(windowId);
    const options = { title: 'Planungsdatei öffnen', filters: [{ name: 'Planungsdatei', extensions: ['sqlite'] }], properties: ['openFile' as const] };
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async choosePlanToSave(windowId, suggestedName) {
    const win = windows.get(windowId);
    const options = {
      title: 'Planungsdatei speichern',
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      filters: [{ name: 'Planungsdatei', extensions: ['sqlite'] }],
    };
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return result.canceled ? null : (result.filePath ?? null);
  },
};

let services: ReturnType<typeof createServices>;

function createWindow(planPath?: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Pflegestrukturplaner',
    show: false,
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  const windowId = String(win.id);
  windows.set(windowId, win);
  lockDownContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    services.sessions.close(windowId);
    windows.delete(windowId);
  });
  const open = planPath ? services.sessions.open(windowId, planPath).catch((e: Error) => dialog.showErrorBox('Datei kann nicht geöffnet werden', e.message)) : Promise.resolve();
  void open.then(() => win.loadURL(`${APP_ORIGIN}/index.html`));
  return win;
}

/** A .sqlite path passed on the command line (file association on Windows/Linux). */
const planArg = (argv: string[]) => argv.slice(1).find((a) => a.toLowerCase().endsWith('.sqlite'));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const file = planArg(argv);
    if (file) createWindow(file);
    else [...windows.values()][0]?.focus();
  });
  // A file double-clicked on macOS may arrive before `ready`; it is kept until then.
  const openFiles = queueOpenFiles(app, (file) => createWindow(file));

  app.whenReady().then(() => {
    denyPermissions();
    services = createServices({
      host: 'electron',
      version: app.getVersion(),
      userDataDir: app.getPath('userData'),
      sampleDataDir: path.join(app.getAppPath(), 'db', 'sample', 'data'),
      defaultPlanDir: app.getPath('documents'),
      dialogs,
    });
    protocol.handle('app', (request) => {
      const url = new URL(request.url);
      // A malformed escape (`app://renderer/%ff`) is a 400, never an exception in main.
      const decoded = safeDecodePath(url.pathname);
      if (decoded === null) return new Response('Ungültige Adresse', { status: 400 });
      const file = path.normalize(path.join(rendererDir, decoded));
      if (url.host !== 'renderer' || !file.startsWith(rendererDir + path.sep)) return new Response('Nicht gefunden', { status: 404 });
      return net.fetch(pathToFileURL(file).toString()).then((response) => {
        const headers = new Headers(response.headers);
        headers.set('Content-Security-Policy', CSP);
        return new Response(response.body, { status: response.status, headers });
      });
    });
    ipcMain.handle('api', (event, channel: unknown, input: unknown) => {
      // Only our own renderer may call the API; a frame from anywhere else is refused.
      const win = BrowserWindow.fromWebContents(event.sender);
      if (!win || !isOwnRendererFrame(event.senderFrame?.url)) {
        return { ok: false, error: { message: 'Zugriff verweigert.', code: 'sender' } };
      }
      return dispatch(channel, input, { windowId: String(win.id), services });
    });
    Menu.setApplicationMenu(buildMenu(() => createWindow()));
    const early = openFiles.ready();
    if (early.length > 0) for (const file of early) createWindow(file);
    else createWindow(planArg(process.argv));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    services?.sessions.closeAll();
    if (process.platform !== 'darwin') app.quit();
  });
}
