// Can the host write where its data lives? A read-only filesystem, a folder or file without write
// permission, or an immutable file all let SQLite open the database and read it, and then every
// login and sale fails. Asked at start (serve, CLI) and by the login page, so the shop is told.
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** 'dir': the folder takes no new files (nor the -wal/-shm); 'file': the database file refuses writes. */
export function storageProblem(dbFile: string): 'dir' | 'file' | null {
  if (!writable(dirname(dbFile))) return 'dir';
  if (existsSync(dbFile) && !writable(dbFile)) return 'file';
  return null;
}
