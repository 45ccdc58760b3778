// Quitting the desktop app while the pusat has not acknowledged everything (issue 15 item 19): the
// window asks first, as logging out does in the screen. No central URL set: nothing is waiting.
import type { SyncUnsent } from '../../../shared/api/sync';

export const QUIT_BUTTONS = ['Tunggu / Wait', 'Kirim sekarang / Send now', 'Tetap keluar / Quit anyway'] as const;
export type QuitChoice = 'wait' | 'send' | 'quit';

/** The question to ask before quitting, or null when the app may just quit. */
export function quitQuestion(unsent: SyncUnsent | null): { message: string; detail: string } | null {
  if (!unsent || !unsent.configured || unsent.pending === 0) return null;
  const what = unsent.sales > 0 ? `${unsent.sales} penjualan` : `${unsent.pending} data`;
  const whatEn = unsent.sales > 0 ? `${unsent.sales} sale(s)` : `${unsent.pending} record(s)`;
  return {
    message: `${what} belum diterima pusat. / ${whatEn} not yet received by the pusat.`,
    detail:
      'Data tetap aman di komputer ini; pusat melihatnya setelah terkirim. Kirim sekarang lalu tunggu, atau tetap keluar.\n' +
      'The data is safe on this PC; the pusat sees it once sent. Send now and wait, or quit anyway.',
  };
}

export function quitChoice(buttonIndex: number): QuitChoice {
  return buttonIndex === 2 ? 'quit' : buttonIndex === 1 ? 'send' : 'wait';
}
