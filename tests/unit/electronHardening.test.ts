/**
 * The Electron security decisions, run against small fakes of WebContents, Session and App
 * (the Electron runtime cannot run here): what the renderer may navigate to and open, which
 * permissions it gets, and that a file opened before `ready` is not lost.
 */
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, isOwnRendererFrame, linkDecision, lockDownContents, openLink, queueOpenFiles, type LinkActions } from '../../electron/hardening';

type Handler = (...args: any[]) => unknown;

function fakeContents() {
  const handlers = new Map<string, Handler>();
  let windowOpen: Handler | null = null;
  return {
    on(event: string, handler: Handler) {
      handlers.set(event, handler);
      return this;
    },
    setWindowOpenHandler(handler: Handler) {
      windowOpen = handler;
    },
    /** Fires an event like Electron does; returns whether the default was prevented. */
    emit(event: string, ...args: unknown[]): boolean {
      let prevented = false;
      handlers.get(event)?.({ preventDefault: () => (prevented = true) }, ...args);
      return prevented;
    },
    openWindow: (url: string) => windowOpen!({ url }),
  };
}

function fakeLinks(confirm: boolean): LinkActions & { opened: string[]; asked: string[] } {
  const opened: string[] = [];
  const asked: string[] = [];
  return {
    opened,
    asked,
    openExternal: async (url) => void opened.push(url),
    confirmOpen: async (url) => {
      asked.push(url);
      return confirm;
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('links and navigation', () => {
  it.each([
    ['https://www.bbsr.bund.de/BBSR/DE/veroeffentlichungen/x.html', 'open'],
    ['https://www.regionalstatistik.de/genesis/online', 'open'],
    ['https://example.org/anything', 'ask'],
    ['https://www.bbsr.bund.de@evil.example/', 'deny'],
    ['http://www.bbsr.bund.de/', 'deny'],
    ['file:///etc/passwd', 'deny'],
    ['javascript:alert(1)', 'deny'],
    ['smb://server/share', 'deny'],
    ['kaputt', 'deny'],
  ])('%s → %s', (url, decision) => {
    expect(linkDecision(url)).toBe(decision);
  });

  it('opens known hosts at once, asks for others and opens them only after yes', async () => {
    const yes = fakeLinks(true);
    const no = fakeLinks(false);
    expect(await openLink('https://www.destatis.de/x', no)).toBe(true);
    expect(no.asked).toEqual([]);
    expect(await openLink('https://tracker.example/x', no)).toBe(false);
    expect(no.asked).toEqual(['https://tracker.example/x']);
    expect(no.opened).toEqual(['https://www.destatis.de/x']);
    expect(await openLink('https://tracker.example/x', yes)).toBe(true);
    expect(yes.opened).toEqual(['https://tracker.example/x']);
    expect(await openLink('file:///C:/Windows/system32/calc.exe', yes)).toBe(false);
    expect(yes.asked).toEqual(['https://tracker.example/x']);
  });

  it('keeps the window on the app, denies new windows and webviews, and sends links to the browser', async () => {
    const contents = fakeContents();
    const links = fakeLinks(false);
    lockDownContents(contents as never, links);
    expect(contents.emit('will-navigate', 'app://renderer/index.html#/plan')).toBe(false);
    expect(contents.emit('will-navigate', 'https://www.bbsr.bund.de/x')).toBe(true);
    expect(contents.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.emit('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.emit('will-attach-webview')).toBe(true);
    expect(contents.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('https://www.destatis.de/y')).toEqual({ action: 'deny' });
    await flush();
    expect(links.opened).toEqual(['https://www.bbsr.bund.de/x', 'https://www.destatis.de/y']);
    expect(links.asked).toEqual(['https://evil.example/']);
  });

  it('accepts API calls only from the app’s own frames', () => {
    expect(isOwnRendererFrame('app://renderer/index.html')).toBe(true);
    for (const url of ['app://renderer.evil/x', 'https://app://renderer/', 'file:///x', '', undefined, null]) expect(isOwnRendererFrame(url)).toBe(false);
  });
});

describe('permissions', () => {
  it('refuses every request, answers every check with no and grants no device', () => {
    const handlers: Record<string, Handler> = {};
    const session = {
      setPermissionRequestHandler: (h: Handler) => (handlers.request = h),
      setPermissionCheckHandler: (h: Handler) => (handlers.check = h),
      setDevicePermissionHandler: (h: Handler) => (handlers.device = h),
    };
    denyAllPermissions(session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'serial', 'usb']) {
      const callback = vi.fn();
      handlers.request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.check!({}, permission, 'app://renderer', {})).toBe(false);
    }
    expect(handlers.device!({ deviceType: 'usb', origin: 'app://renderer' })).toBe(false);
  });
});

describe('files opened before the app is ready (macOS)', () => {
  it('keeps them until ready, then opens later ones at once', () => {
    let openFile: Handler = () => undefined;
    const app = { on: (event: string, handler: Handler) => (event === 'open-file' ? (openFile = handler) : undefined) };
    const opened: string[] = [];
    const queue = queueOpenFiles(app as never, (file) => opened.push(file));
    const event = { preventDefault: vi.fn() };
    openFile(event, '/Users/p/Plan A.sqlite');
    openFile(event, '/Users/p/Plan B.sqlite');
    expect(event.preventDefault).toHaveBeenCalledTimes(2);
    expect(opened).toEqual([]);
    expect(queue.ready()).toEqual(['/Users/p/Plan A.sqlite', '/Users/p/Plan B.sqlite']);
    openFile(event, '/Users/p/Plan C.sqlite');
    expect(opened).toEqual(['/Users/p/Plan C.sqlite']);
  });
});
