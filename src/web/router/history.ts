/**
 * A tiny router over the History API: one store of the current location that React reads with
 * useSyncExternalStore, and `navigate()` that any module (the API client too) may call.
 */
export interface Location {
  pathname: string;
  search: string;
  /** How many in-app navigations happened; 0 on the first page load (used to move focus). */
  navigations: number;
}

type Listener = () => void;

const listeners = new Set<Listener>();
let current: Location = read(0);

function read(navigations: number): Location {
  return { navigations, pathname: window.location.pathname, search: window.location.search };
}

function publish(): void {
  current = read(current.navigations + 1);
  for (const listener of listeners) listener();
}

window.addEventListener('popstate', publish);

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getLocation(): Location {
  return current;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const target = new URL(to, window.location.origin);
  if (target.origin !== window.location.origin) throw new Error(`navigate() stays inside the app: ${to}`);
  const href = target.pathname + target.search + target.hash;
  if (href === window.location.pathname + window.location.search + window.location.hash) return;
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.scrollTo(0, 0);
  publish();
}

/**
 * A path the sign-in page may send the user back to: only a path of this app, never another site
 * (`//evil.example` and `/\evil.example` are read by browsers as other origins).
 */
export function isSafeReturnPath(path: string | null): path is string {
  return !!path && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}
