// A second terminal as its own process (run with tsx): logs in and tries to sell one LPG tabung per
// buyer id, round after round, printing each outcome as a JSON line. Used by the race test.
import { openHost } from '../../electron/host/host';
import { uuidv7 } from '../../shared/ids';

const [dbFile, productId, buyersJson, rounds] = process.argv.slice(2) as [string, string, string, string];
const host = openHost({ dbFile });
const login = await host.router.call('auth.login', { username: 'sari', pin: '1111' }, null);
if (!login.ok) throw new Error(JSON.stringify(login.error));
const token = (login.result as { token: string }).token;
// Both workers start selling at the same moment (the test passes a start time).
const startAt = Number(process.env.START_AT ?? 0);
while (Date.now() < startAt) await new Promise((r) => setTimeout(r, 2));
for (let i = 0; i < Number(rounds); i++) {
  for (const buyerId of JSON.parse(buyersJson) as string[]) {
    const r = await host.router.call(
      'sales.commit',
      {
        id: uuidv7(),
        lines: [{ productId, qtyMilli: 1000, extra: { lpgBuyerId: buyerId, emptyReturned: true } }],
        payments: [{ method: 'cash', amount: 19_000 }],
      },
      token,
    );
    process.stdout.write(`${JSON.stringify(r.ok ? { ok: true } : { ok: false, code: r.error.code })}\n`);
  }
}
host.close();
