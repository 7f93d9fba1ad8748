import type { BrowserContext, Page } from 'playwright-core';

declare global {
  interface Window {
    __benchReadyAt?: number;
  }
}

/**
 * Stamps `window.__benchReadyAt` (ms since navigation start) at the first animation frame in
 * which `selector` matches: the moment the screen is drawn, not when a poll noticed it.
 * Installed as an init script, which CSP does not govern.
 */
export async function installReadyMarker(context: BrowserContext, selector: string) {
  await context.addInitScript((sel: string) => {
    const check = () => {
      if (window.__benchReadyAt !== undefined) return;
      if (document.querySelector(sel)) {
        window.__benchReadyAt = performance.now();
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, selector);
}

export async function waitReady(page: Page, timeout = 60_000): Promise<number> {
  await page.waitForFunction(() => window.__benchReadyAt !== undefined, null, { timeout });
  return page.evaluate(() => window.__benchReadyAt!);
}
