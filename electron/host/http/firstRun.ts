// First start of `npm run serve` on a fresh data folder: no user is created behind anyone's back.
// The screen opens on the setup wizard (setup.status says needsSetup) where the manager enters the
// outlet profile and chooses the admin PIN, or picks the demo outlet. `--demo` does the latter
// without the screen (scripts, end-to-end tests) and prints the demo PINs. Otherwise the console
// shows the one-time setup code the wizard asks for.
import { AppError } from '../../../shared/errors';
import { initializeOutlet, setupStatus } from '../../services/settings/setup';
import type { Host } from '../host';
import { setupCodeLines } from '../setupCode';

export function prepareFirstRun(host: Host, options: { demo: boolean; lan: boolean }): string[] {
  if (!setupStatus(host.core).needsSetup) return [];
  // The wizard is public until an admin exists: never offer it to the whole network.
  if (options.lan && !options.demo) throw new AppError('SETUP_NOT_ON_LAN');
  if (!options.demo) {
    const setup = setupCodeLines(host);
    return [
      'Gerai belum disiapkan: buka alamat di atas untuk mengisi profil gerai dan PIN admin. / Not set up yet: open the address above to run the setup wizard.',
      ...(setup ? [setup.id, setup.en] : []),
    ];
  }
  const { demoUsers } = initializeOutlet(host.core, { mode: 'demo' });
  return [`Gerai demo dibuat / demo outlet created: ${demoUsers.map((u) => `${u.username} PIN ${u.pin} (${u.role})`).join(', ')}`];
}
