import type { BackupSink } from '../../services/backup';

/**
 * The File System Access API, as far as backups need it. Chromium has it; where it is missing
 * the backup is downloaded instead. TypeScript's DOM library lacks the picker and permissions.
 */
type Permission = 'granted' | 'denied' | 'prompt';
type WithPermissions = {
  queryPermission?: (o: { mode: 'readwrite' }) => Promise<Permission>;
  requestPermission?: (o: { mode: 'readwrite' }) => Promise<Permission>;
};
type Movable = FileSystemFileHandle & { move?: (name: string) => Promise<void> };
type Picker = (o?: { id?: string; mode?: 'readwrite' }) => Promise<FileSystemDirectoryHandle>;

export const canPickFolder = (): boolean =>
  typeof (window as unknown as { showDirectoryPicker?: Picker }).showDirectoryPicker === 'function';

/** The folder chosen by the user, or null if they closed the picker. */
export async function pickFolder(): Promise<FileSystemDirectoryHandle | null> {
  const picker = (window as unknown as { showDirectoryPicker: Picker }).showDirectoryPicker;
  try {
    return await picker({ id: 'vivier-backups', mode: 'readwrite' });
  } catch (e) {
    if ((e as Error).name === 'AbortError') return null;
    throw e;
  }
}

/** Whether we may write there; `ask` must come from a click (the browser shows a prompt). */
export async function folderPermission(
  folder: FileSystemDirectoryHandle,
  ask: boolean,
): Promise<Permission> {
  const f = folder as FileSystemDirectoryHandle & WithPermissions;
  const fn = ask ? f.requestPermission : f.queryPermission;
  return fn ? fn.call(f, { mode: 'readwrite' }) : 'granted';
}

export async function fileNames(folder: FileSystemDirectoryHandle): Promise<string[]> {
  const names: string[] = [];
  const keys = (folder as unknown as { keys(): AsyncIterable<string> }).keys();
  for await (const name of keys) names.push(name);
  return names;
}

export type FolderWrite = {
  sink: BackupSink;
  /** The file as written, to read back before it counts. */
  written(): Promise<File>;
  /** Gives the verified file its backup name. */
  publish(): Promise<void>;
  /** Removes whatever was written (cancelled, failed or not verified). */
  discard(): Promise<void>;
};

/**
 * Writes under a `.partial` name and renames only once verified, so no unfinished or unverified
 * file ever carries a backup's name. Where handles cannot be renamed, writes under the final name
 * and removes it on failure.
 */
export async function writeInFolder(
  folder: FileSystemDirectoryHandle,
  name: string,
): Promise<FolderWrite> {
  const canMove = 'move' in FileSystemFileHandle.prototype;
  const temp = canMove ? `${name}.partial` : name;
  const handle = (await folder.getFileHandle(temp, { create: true })) as Movable;
  const writable = await handle.createWritable();
  const remove = () => folder.removeEntry(temp).catch(() => undefined);
  return {
    sink: {
      write: (chunk) => writable.write(chunk as Uint8Array<ArrayBuffer>),
      close: () => writable.close(),
      abort: async (reason) => {
        await writable.abort(reason).catch(() => undefined);
        await remove();
      },
    },
    written: () => handle.getFile(),
    publish: async () => {
      if (canMove) await handle.move!(name);
    },
    discard: remove,
  };
}
