// The first-run setup code, for the faces that show it: serve prints it on the console, the
// desktop app shows it in a dialog. Both read it from here so neither reaches into services.
import { issueSetupCode } from '../services/settings/setupCode';
import type { Host } from './host';

export function setupCodeLines(host: Host): { code: string; id: string; en: string } | null {
  const code = issueSetupCode(host.core);
  if (!code) return null;
  return {
    code,
    id: `Kode penyiapan (sekali pakai, hanya untuk wizard penyiapan): ${code}`,
    en: `Setup code (one-time, for the setup wizard only): ${code}`,
  };
}
