// Where the pusat keeps its embedded PGlite database when no --pg is given: the app data folder
// (KKMP_DATA_DIR, else %APPDATA% / XDG data home), in a folder of its own beside the outlet's.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultPgliteDir(): string {
  const base =
    process.env.KKMP_DATA_DIR ??
    (process.platform === 'win32'
      ? join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Kasir KKMP')
      : join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'kasir-kkmp'));
  return join(base, 'pusat-pglite');
}
