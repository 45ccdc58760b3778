// Where the data lives when no --db is given: the same folder the desktop app uses.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { AppError } from '../../shared/errors';

export function defaultDataDir(): string {
  const base =
    process.env.KKMP_DATA_DIR ??
    (process.platform === 'win32'
      ? join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Kasir KKMP')
      : join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'kasir-kkmp'));
  try {
    mkdirSync(base, { recursive: true });
  } catch {
    // a read-only filesystem or a folder of another user: words, not a stack trace
    throw new AppError('DATA_DIR_READ_ONLY', { dir: base });
  }
  return base;
}

export function defaultDbFile(): string {
  return join(defaultDataDir(), 'kasir-kkmp.sqlite');
}
