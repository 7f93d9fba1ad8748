/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';

afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
  vi.resetModules();
  history.replaceState(null, '', '/');
});

/** The router and link as a build with `VIVIER_BASE=base` loads them. */
async function routerUnder(base: string) {
  vi.stubEnv('BASE_URL', base);
  vi.resetModules();
  const nav = await import('./navigation');
  const { Link } = await import('./link');
  function Where() {
    const { path, search } = nav.useLocation();
    return <output aria-label="where">{`${path}|${search.get('q') ?? ''}`}</output>;
  }
  return { ...nav, Link, Where };
}

describe('router under a base path', () => {
  it('links carry the base, a click moves the history under it, the screen sees app paths', async () => {
    history.replaceState(null, '', '/vivier/');
    const { Link, Where } = await routerUnder('/vivier/');
    render(
      <>
        <Link href="/candidates?q=muller">Candidates</Link>
        <Where />
      </>,
    );
    expect(screen.getByLabelText('where').textContent).toBe('/|');
    const link = screen.getByRole('link', { name: 'Candidates' });
    expect(link.getAttribute('href')).toBe('/vivier/candidates?q=muller');
    fireEvent.click(link);
    expect(location.pathname).toBe('/vivier/candidates');
    expect(screen.getByLabelText('where').textContent).toBe('/candidates|muller');
  });

  it('a deep link under the base opens its screen; back and navigate follow the base', async () => {
    history.replaceState(null, '', '/vivier/audit');
    const { navigate, Where } = await routerUnder('/vivier/');
    render(<Where />);
    expect(screen.getByLabelText('where').textContent).toBe('/audit|');
    act(() => navigate('/settings'));
    expect(location.pathname).toBe('/vivier/settings');
    expect(screen.getByLabelText('where').textContent).toBe('/settings|');
    act(() => navigate('/', { replace: true }));
    expect(location.pathname).toBe('/vivier/');
    expect(screen.getByLabelText('where').textContent).toBe('/|');
  });

  it('a URL outside the base matches no route', async () => {
    history.replaceState(null, '', '/candidates');
    const { matchPath, useLocation } = await routerUnder('/vivier/');
    let seen = '';
    function Probe() {
      seen = useLocation().path;
      return null;
    }
    render(<Probe />);
    for (const pattern of ['/', '/candidates', '/candidates/:id', '/rights/:id/letter/:kind'])
      expect(matchPath(pattern, seen), pattern).toBeNull();
  });

  it('with the default base, paths are unchanged', async () => {
    history.replaceState(null, '', '/missions');
    const { Link, Where } = await routerUnder('/');
    render(
      <>
        <Link href="/missions/new">New</Link>
        <Where />
      </>,
    );
    expect(screen.getByRole('link', { name: 'New' }).getAttribute('href')).toBe('/missions/new');
    expect(screen.getByLabelText('where').textContent).toBe('/missions|');
  });
});
