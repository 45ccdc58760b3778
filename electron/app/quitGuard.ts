// Before the window closes: ask when the pusat lacks data (electron/host/desktop/quitPolicy.ts).
// Closing cannot wait for a router call, so the unsent count is kept current in the background.
import { dialog, type BrowserWindow } from 'electron';
import type { SyncUnsent } from '../../shared/api/sync';
import { QUIT_BUTTONS, quitChoice, quitQuestion } from '../host/desktop/quitPolicy';
import type { Host } from '../host/host';
import { systemCaller } from '../host/systemCallers';

export function guardQuit(host: Host, win: BrowserWindow): () => void {
  let unsent: SyncUnsent | null = null;
  let leaving = false;
  const ask = (method: 'sync.unsent' | 'sync.sendNow') =>
    host.router.callAs(systemCaller('desktop'), method, {}).then((r) => {
      if (!r.ok) return;
      const result = r.result as SyncUnsent | { unsent: SyncUnsent };
      unsent = 'unsent' in result ? result.unsent : result;
    });
  void ask('sync.unsent');
  const timer = setInterval(() => void ask('sync.unsent'), 15_000);
  win.on('close', (e) => {
    const question = quitQuestion(unsent);
    if (leaving || !question) return;
    e.preventDefault();
    void dialog
      .showMessageBox(win, { type: 'warning', title: 'Kasir KKMP', buttons: [...QUIT_BUTTONS], defaultId: 0, cancelId: 0, ...question })
      .then(async ({ response }) => {
        const choice = quitChoice(response);
        if (choice === 'send') await ask('sync.sendNow');
        if (choice === 'quit' || (choice === 'send' && !quitQuestion(unsent))) {
          leaving = true;
          win.close();
        }
      });
  });
  return () => clearInterval(timer);
}
