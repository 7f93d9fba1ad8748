/* global self, ReadableStream, Response, URL */
// Imported by the app's service worker (vite.config.ts, workbox.importScripts): streams a
// download that the page produces chunk by chunk, so a backup is saved without being held whole
// in memory where the File System Access API is missing (src/features/backup/download-stream.ts).
const downloads = new Map();

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'vivier-download' || !event.ports[0]) return;
  const port = event.ports[0];
  let next = null;
  port.onmessage = ({ data: msg }) => {
    const settle = next;
    next = null;
    if (settle) settle(msg);
  };
  const stream = new ReadableStream(
    {
      pull(controller) {
        return new Promise((resolve) => {
          next = (msg) => {
            if (msg.done) controller.close();
            else if (msg.error) controller.error(new Error('backup failed'));
            else controller.enqueue(new Uint8Array(msg.chunk));
            resolve();
          };
          port.postMessage('pull');
        });
      },
      cancel() {
        port.postMessage('cancel');
      },
    },
    { highWaterMark: 1 },
  );
  downloads.set(data.id, { stream, name: String(data.name).replace(/[^\w.-]/g, '_') });
  port.postMessage('ready');
});

// Under the worker's own scope, so the app may be served under any base path (`/vivier/`).
const downloadPrefix = new URL('__download/', self.registration.scope).pathname;

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(downloadPrefix)) return;
  const id = url.pathname.slice(downloadPrefix.length);
  const download = downloads.get(id);
  if (!download) return;
  downloads.delete(id);
  event.respondWith(
    new Response(download.stream, {
      headers: {
        'Content-Type': 'application/octet-stream',
        'Content-Disposition': `attachment; filename="${download.name}"`,
      },
    }),
  );
});
