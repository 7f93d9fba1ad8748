import type { BackupSink } from '../../services/backup';

/**
 * A download the page produces chunk by chunk, without holding the file: the service worker
 * (public/download-sw.js) answers a request for <base>__download/<id> with a stream that pulls each
 * chunk from this page through a MessageChannel. Null when no service worker controls the page.
 */
export async function streamingDownload(fileName: string): Promise<BackupSink | null> {
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return null;
  const channel = new MessageChannel();
  const id = crypto.randomUUID();
  const waiting: (() => void)[] = [];
  let pulls = 0;
  let cancelled = false;
  const ready = new Promise<boolean>((resolve) => {
    channel.port1.onmessage = ({ data }) => {
      if (data === 'ready') resolve(true);
      else if (data === 'pull') {
        pulls += 1;
        waiting.shift()?.();
      } else if (data === 'cancel') {
        cancelled = true;
        waiting.splice(0).forEach((go) => go());
      }
    };
  });
  worker.postMessage({ type: 'vivier-download', id, name: fileName }, [channel.port2]);
  const answered = await Promise.race([
    ready,
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000)),
  ]);
  if (!answered) return null;

  const a = document.createElement('a');
  a.href = `${import.meta.env.BASE_URL}__download/${id}`;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();

  const pull = async () => {
    if (pulls === 0 && !cancelled) await new Promise<void>((go) => waiting.push(go));
    if (cancelled) throw new Error('download cancelled in the browser');
    pulls -= 1;
  };
  return {
    async write(chunk) {
      await pull();
      const copy = chunk.slice();
      channel.port1.postMessage({ chunk: copy }, [copy.buffer]);
    },
    async close() {
      await pull();
      channel.port1.postMessage({ done: true });
    },
    async abort() {
      // the browser keeps no file: an errored stream fails the download
      channel.port1.postMessage({ error: true });
    },
  };
}
