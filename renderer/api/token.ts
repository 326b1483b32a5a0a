/**
 * The loopback host protects its API with a per-start token it puts into the URL it
 * prints. We read it once, keep it in sessionStorage (so a reload still works) and remove
 * it from the visible address so it does not end up in screenshots or bookmarks.
 */
const STORAGE_KEY = 'pflegestrukturplaner.token';

let token: string | null = null;

export function planToken(): string {
  if (token !== null) return token;
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    try {
      sessionStorage.setItem(STORAGE_KEY, fromUrl);
    } catch {
      // storage may be disabled; the token then lives for this page only
    }
    params.delete('token');
    const query = params.toString();
    history.replaceState(history.state, '', location.pathname + (query ? `?${query}` : '') + location.hash);
    token = fromUrl;
    return token;
  }
  try {
    token = sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    token = '';
  }
  return token;
}
