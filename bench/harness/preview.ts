import { createServer } from 'node:net';
import {
  freePort,
  startPreview as startVitePreview,
  type Preview,
} from '../../e2e/support/preview';

export type { Preview };

/** IndexedDB belongs to an origin, port included: cached profiles need the same port again. */
export const preferredPort = 41_731;

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });

/** The e2e preview server of the served folder, on the preferred port when it is free. */
export async function startPreview(outDir: string): Promise<Preview> {
  const port = (await portFree(preferredPort)) ? preferredPort : await freePort();
  return startVitePreview(outDir, { port, readyPath: '/__bench/index.html' });
}
