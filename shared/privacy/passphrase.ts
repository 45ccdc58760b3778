// What a passphrase protecting the exported NIK key must be. The wrapped file may sit on a USB
// stick in a drawer, so the passphrase alone stands between a finder and every member's NIK:
// long, and either a few words or letters mixed with digits. Checked on the screen as the manager
// types and again by the host.
export const PASSPHRASE_MIN_LENGTH = 12;
export const PASSPHRASE_MIN_WORDS = 3;

export function passphraseAcceptable(passphrase: string): boolean {
  const p = passphrase.trim();
  if (p.length < PASSPHRASE_MIN_LENGTH) return false;
  if (new Set(p.replace(/\s/g, '')).size < 5) return false; // "aaaaaaaaaaaa", "121212121212"
  const words = p.split(/\s+/).filter((w) => w.length >= 2).length;
  return words >= PASSPHRASE_MIN_WORDS || (/\p{L}/u.test(p) && /\d/.test(p));
}
