import { useSyncExternalStore } from 'react';
import { stripBase, withBase } from '../lib/base-path';

/**
 * A tiny history-based router: paths are real URLs, so deep links work (navigateFallback). The
 * app is written with paths from `/`; the base it is served under (Vite's BASE_URL, from
 * `VIVIER_BASE` at build time) is added when a URL is made and removed when one is read.
 */
const base = import.meta.env.BASE_URL;

/** The URL path of an app path, for an `<a href>` or the history. */
export const hrefOf = (appPath: string): string => withBase(appPath, base);

/** A path no route matches: what a URL outside the base shows (the not-found screen). */
const outsideBase = '/\u0000';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

export function navigate(path: string, { replace = false } = {}): void {
  const href = hrefOf(path);
  if (href === location.pathname + location.search) return;
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  notify();
  window.scrollTo(0, 0);
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function useLocation(): { path: string; search: URLSearchParams } {
  const href = useSyncExternalStore(subscribe, () => location.pathname + location.search);
  const url = new URL(href, 'http://local');
  return { path: stripBase(url.pathname, base) ?? outsideBase, search: url.searchParams };
}

/** Matches `/candidates/:id` against a path; returns the params or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const part = p[i]!;
    const seg = s[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(seg);
    else if (part !== seg) return null;
  }
  return params;
}
