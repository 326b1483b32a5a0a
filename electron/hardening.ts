/**
 * The security decisions of the Electron main process, free of the electron import (which
 * throws under plain Node), so tests/unit/electronHardening.test.ts can run them against small
 * fakes of WebContents, Session and App. electron/security.ts wires them to the real ones.
 */
import type { App, Session, WebContents } from 'electron';

export const APP_ORIGIN = 'app://renderer';

/** Only our own renderer may call the API; a frame from anywhere else is refused. */
export function isOwnRendererFrame(frameUrl: string | undefined | null): boolean {
  return typeof frameUrl === 'string' && frameUrl.startsWith(`${APP_ORIGIN}/`);
}

/**
 * Hosts of the sources the method texts refer to (BBSR guide, official statistics, boundaries,
 * licences, laws). A link to one of them opens in the browser at once; any other https link
 * is opened only after the planner confirmed it; everything else is never opened.
 */
export const KNOWN_LINK_HOSTS: readonly string[] = [
  'www.bbsr.bund.de',
  'www.bmwsb.bund.de',
  'www.destatis.de',
  'www-genesis.destatis.de',
  'www.regionalstatistik.de',
  'www.statistikportal.de',
  'gdz.bkg.bund.de',
  'www.bkg.bund.de',
  'www.govdata.de',
  'www.gesetze-im-internet.de',
  'www.bundesgesundheitsministerium.de',
];

export type LinkDecision = 'open' | 'ask' | 'deny';

export function linkDecision(url: string): LinkDecision {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'deny';
  }
  // Credentials in a link are a classic disguise ("https://www.bbsr.bund.de@evil.example").
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return 'deny';
  return KNOWN_LINK_HOSTS.includes(parsed.hostname) ? 'open' : 'ask';
}

export interface LinkActions {
  openExternal(url: string): Promise<void>;
  /** Asks the planner (German dialog) whether to open a link to an unknown host. */
  confirmOpen(url: string): Promise<boolean>;
}

/** Opens a link in the user's browser if the decision allows it; returns whether it did. */
export async function openLink(url: string, links: LinkActions): Promise<boolean> {
  const decision = linkDecision(url);
  if (decision === 'deny') return false;
  if (decision === 'ask' && !(await links.confirmOpen(url))) return false;
  await links.openExternal(url);
  return true;
}

type Contents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** The renderer never navigates away, never opens windows or webviews; links go to the browser. */
export function lockDownContents(contents: Contents, links: LinkActions): void {
  contents.on('will-navigate', (event, url) => {
    if (isOwnRendererFrame(url)) return;
    event.preventDefault();
    void openLink(url, links);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnRendererFrame(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openLink(url, links);
    return { action: 'deny' };
  });
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

/**
 * The app needs no permission at all (no camera, microphone, notifications, USB, HID, serial,
 * geolocation): every request is refused, every check answers "no", no device is granted.
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * macOS sends `open-file` (double-click on a .sqlite file that starts the app) before `ready`,
 * when no window can be made yet. The paths are kept until `ready` and then handed over.
 */
export function queueOpenFiles(app: Pick<App, 'on'>, openWhenReady: (file: string) => void): { ready(): string[] } {
  const queued: string[] = [];
  let isReady = false;
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (isReady) openWhenReady(file);
    else queued.push(file);
  });
  return {
    /** Marks the app ready and returns the files that arrived before; later ones open at once. */
    ready() {
      isReady = true;
      return queued.splice(0);
    },
  };
}
