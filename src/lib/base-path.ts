/**
 * The path the app is served under (`VIVIER_BASE` at build time: `/` or `/vivier/`…). Routes
 * inside the app are written from `/`; these two functions are the only place that adds or
 * removes the base, so links, deep links and history entries all follow it.
 */

/** `/vivier` or `/vivier/` → `/vivier/`; `` or `/` → `/`. Throws on anything not a plain path. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim();
  if (trimmed === '' || trimmed === '/') return '/';
  if (
    !/^\/[A-Za-z0-9._~\-/]*$/.test(trimmed) ||
    trimmed.includes('//') ||
    /(^|\/)\.\.?(\/|$)/.test(trimmed)
  )
    throw new Error(
      `base path must be a plain absolute path such as /vivier/, not ${JSON.stringify(base)}`,
    );
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/** An app path (`/candidates?q=x`) as a URL path under the base (`/vivier/candidates?q=x`). */
export function withBase(appPath: string, base: string): string {
  if (!appPath.startsWith('/')) throw new Error(`app paths start with /: ${appPath}`);
  return base.slice(0, -1) + appPath;
}

/**
 * A URL path (`/vivier/candidates`) as the app path (`/candidates`); the base itself, with or
 * without its trailing slash, is `/`. A path outside the base is null (no screen matches it).
 */
export function stripBase(urlPath: string, base: string): string | null {
  if (base === '/') return urlPath;
  if (urlPath === base.slice(0, -1) || urlPath === base) return '/';
  return urlPath.startsWith(base) ? urlPath.slice(base.length - 1) : null;
}
