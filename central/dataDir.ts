// Where the pusat keeps its embedded PGlite database when no --pg is given: the app data folder
// (KKMP_DATA_DIR, else %APPDATA% / XDG data home), in a folder of its own beside the outlet's.
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The app data folder the pusat shares with the outlet (each keeps to names of its own). */
export function appDataDir(): string {
  return (
    process.env.KKMP_DATA_DIR ??
    (process.platform === 'win32'
      ? join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Kasir KKMP')
      : join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'kasir-kkmp'))
  );
}

export function defaultPgliteDir(): string {
  return join(appDataDir(), 'pusat-pglite');
}
