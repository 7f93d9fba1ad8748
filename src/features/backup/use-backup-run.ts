import { useCallback, useRef, useState } from 'react';
import { useServiceContext } from '../../components/db-context';
import { backupsToDelete } from '../../domain/backup-status';
import type { BackupReadReason, BackupWriteReason } from '../../domain/backup-reasons';
import type { AgeSecret } from '../../lib/age';
import { recordVerifiedBackup } from '../../services/backup';
import { backupFileName } from '../../services/backup';
import { makeBackup } from '../../services/backup';
import { verifyBackup } from '../../services/backup';
import type { BackupKey, BackupSink } from '../../services/backup';
import { saveBlob } from '../../components/download';
import { streamingDownload } from './download-stream';
import { fileNames, writeInFolder } from './fs-access';

export type RunState =
  | { step: 'idle' }
  | { step: 'writing'; bytes: number; total: number; startedAt: number }
  | { step: 'verifying' }
  | { step: 'done'; fileName: string; bytes: number; rotated: number; keep: number }
  | { step: 'downloaded'; fileName: string; verifyWith: AgeSecret }
  | { step: 'failed'; reason: BackupWriteReason | BackupReadReason };

/** Last resort (no folder access, no service worker yet): the file is assembled in memory. */
function memoryDownload(fileName: string): BackupSink {
  const parts: BlobPart[] = [];
  return {
    write: async (chunk) => void parts.push(chunk.slice()),
    close: async () => saveBlob(new Blob(parts), fileName),
    abort: async () => void parts.splice(0),
  };
}

/**
 * One backup: written to the folder (or downloaded), read back and verified, only then named as
 * a backup and counted; older backups rotated out only after that (they hold people since erased).
 */
export function useBackupRun() {
  const makeContext = useServiceContext();
  const [state, setState] = useState<RunState>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const run = useCallback(
    async (key: BackupKey, folder: FileSystemDirectoryHandle | null, keep: number) => {
      const ctx = makeContext();
      const fileName = backupFileName(ctx.now);
      const controller = new AbortController();
      abort.current = controller;
      const startedAt = performance.now();
      setState({ step: 'writing', bytes: 0, total: 0, startedAt });
      let shown = 0;
      // a 64 KiB chunk at a time: the screen is told a few times a second, not thousands
      const progress = (p: { bytesWritten: number; estimatedBytes: number }) => {
        if (performance.now() - shown < 200) return;
        shown = performance.now();
        setState({ step: 'writing', bytes: p.bytesWritten, total: p.estimatedBytes, startedAt });
      };

      // null: the folder went away or the permission was withdrawn
      const target = folder ? await writeInFolder(folder, fileName).catch(() => null) : null;
      if (folder && !target) return setState({ step: 'failed', reason: 'sink-failed' });
      const sink = target?.sink ?? (await streamingDownload(fileName)) ?? memoryDownload(fileName);
      const made = await makeBackup(
        ctx.db,
        ctx.now,
        ctx.actor,
        sink,
        key,
        progress,
        controller.signal,
      );
      abort.current = null;
      if (!made.ok) return setState({ step: 'failed', reason: made.error.reason });
      if (!target) {
        return setState({ step: 'downloaded', fileName, verifyWith: made.value.verifyWith });
      }

      setState({ step: 'verifying' });
      const verified = await verifyBackup(await target.written(), made.value.verifyWith);
      if (!verified.ok) {
        await target.discard();
        return setState({ step: 'failed', reason: verified.error.reason });
      }
      await target.publish();
      await recordVerifiedBackup(makeContext(), {
        at: ctx.now.toISOString(),
        fileName,
        bytes: made.value.written.bytes,
      });
      const old = backupsToDelete(await fileNames(folder!), keep);
      // a file another program holds open stays; the next backup tries again
      for (const name of old) await folder!.removeEntry(name).catch(() => undefined);
      setState({
        step: 'done',
        fileName,
        bytes: made.value.written.bytes,
        rotated: old.length,
        keep,
      });
    },
    [makeContext],
  );

  /** A downloaded backup counts once the file saved on disk is chosen and verified. */
  const checkDownloaded = useCallback(
    async (file: File) => {
      if (state.step !== 'downloaded') return;
      setState({ step: 'verifying' });
      const verified = await verifyBackup(file, state.verifyWith);
      if (!verified.ok) return setState({ step: 'failed', reason: verified.error.reason });
      const ctx = makeContext();
      await recordVerifiedBackup(ctx, {
        at: verified.value.manifest.createdAt,
        fileName: file.name,
        bytes: file.size,
      });
      setState({ step: 'done', fileName: file.name, bytes: file.size, rotated: 0, keep: 0 });
    },
    [makeContext, state],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  const reset = useCallback(() => setState({ step: 'idle' }), []);
  return { state, run, cancel, checkDownloaded, reset };
}
