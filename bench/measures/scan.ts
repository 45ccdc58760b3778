// (f) Scan → visible line on the cashier screen in Chromium, with the outlet's whole catalog
// (50,000 products at full scale) behind `npm run serve`. Barcodes are typed like a keyboard-wedge
// scanner (digits 5 ms apart, then Enter). Measured in the page: from the Enter keydown's event
// time to (1) the new cart row in the DOM (MutationObserver) and (2) the next animation frame
// after it (the row on screen). Carts of 25 lines (then F7 holds the cart), distinct products.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { copyOutlet, ean13For, openOutlet, USERS } from '../generate';
import type { BenchContext } from '../lib/context';
import { notMeasured, verdict, type Figure } from '../lib/figures';
import { chromiumMissing, spawnTracked, stopGroup, waitForOutput } from '../lib/children';
import { ms, summarize } from '../lib/stats';
import { launchBrowser, loginAs, scan } from '../../tests/e2e/support/browser';
import { freePort } from '../../tests/e2e/support/serveHost';
import { seededRng } from '../lib/random';

const CART_LINES = 25;

export async function scanLatency(ctx: BenchContext): Promise<Figure[]> {
  const missing = chromiumMissing();
  if (missing) return [notMeasured('f.scan', 'scan → line visible, Chromium', 'p95 ≤ 16 ms', missing)];
  const scans = ctx.mode === 'full' ? 500 : 100;
  const dbFile = join(ctx.workDir, 'scan.sqlite');
  copyOutlet(ctx.outlet.fullDb, dbFile);
  const host = openOutlet(dbFile);
  const skus = new Set(
    (host.core.db.prepare("SELECT sku FROM products WHERE sold_by = 'piece' AND subsidy_program = 'NONE'").all() as { sku: string }[]).map((r) => r.sku),
  );
  const catalogSize = (host.core.db.prepare('SELECT COUNT(*) AS n FROM products').get() as { n: number }).n;
  host.close();
  // Distinct products, spread over the whole catalog, each found by its EAN-13.
  const rng = seededRng(99);
  const codes: string[] = [];
  const chosen = new Set<number>();
  while (codes.length < scans) {
    const i = rng.int(0, ctx.outlet.stats.products - 1);
    if (chosen.has(i) || !skus.has(`P${String(i + 1).padStart(6, '0')}`)) continue;
    chosen.add(i);
    codes.push(ean13For(i));
  }

  const port = await freePort();
  const child = spawnTracked(
    join(ctx.root, 'node_modules', '.bin', 'tsx'),
    [join(ctx.root, 'electron/host/http/serveMain.ts'), '--db', dbFile, '--port', String(port)],
    { cwd: ctx.root },
  );
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  try {
    const url = await waitForOutput(child, /(http:\/\/127\.0\.0\.1:\d+)/, 60_000);
    browser = await launchBrowser();
    const page = await browser.newPage();
    await loginAs(page, url, USERS.kasir.username, USERS.kasir.pin);
    await page.getByLabel('Modal awal (Rp)').fill('200000');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'scan-input');
    const rows = page.getByRole('table', { name: 'Daftar belanja' }).locator('tbody tr');
    // Warm-up: the first scan waits for the catalog cache; it is not counted.
    await scan(page, codes[0]!);
    await rows.first().waitFor();
    await page.keyboard.press('F7');
    await page.waitForFunction(() => document.querySelectorAll('table.cart tbody tr').length === 0);
    await page.evaluate(() => {
      const w = window as unknown as { __scan: { pending: number | null; rows: number; samples: [number, number][] } };
      w.__scan = { pending: null, rows: 0, samples: [] };
      window.addEventListener(
        'keydown',
        (e) => {
          if (e.key === 'Enter') w.__scan.pending = e.timeStamp;
        },
        true,
      );
      new MutationObserver(() => {
        const n = document.querySelectorAll('table.cart tbody tr').length;
        const t0 = w.__scan.pending;
        if (n > w.__scan.rows && t0 !== null) {
          const tDom = performance.now();
          w.__scan.pending = null;
          requestAnimationFrame(() => w.__scan.samples.push([tDom - t0, performance.now() - t0]));
        }
        w.__scan.rows = n;
      }).observe(document.body, { childList: true, subtree: true });
    });
    for (let i = 1; i <= scans; i++) {
      await scan(page, codes[i % codes.length]!);
      await page.waitForFunction((n) => (window as unknown as { __scan: { samples: unknown[] } }).__scan.samples.length >= n, i);
      if (i % CART_LINES === 0) {
        await page.keyboard.press('F7');
        await page.waitForFunction(() => document.querySelectorAll('table.cart tbody tr').length === 0);
      }
    }
    const samples = await page.evaluate(() => (window as unknown as { __scan: { samples: [number, number][] } }).__scan.samples);
    const dom = summarize(samples.map((x) => x[0]));
    const frame = summarize(samples.map((x) => x[1]));
    return [
      {
        id: 'f.scan',
        what: `scan → line visible, ${catalogSize.toLocaleString('en-US')}-product catalog, Chromium`,
        value: `p95 ${ms(dom.p95, 1)}`,
        floor: 'none (one frame, 16 ms)',
        target: 'p95 ≤ 16 ms',
        verdict: verdict(dom.p95 <= 16),
        runs: `${dom.n} scans, carts of ${CART_LINES} lines`,
        detail: `Enter → row in DOM p50 ${ms(dom.p50, 1)} p95 ${ms(dom.p95, 1)} p99 ${ms(dom.p99, 1)}; → next frame p50 ${ms(frame.p50, 1)} p95 ${ms(frame.p95, 1)} p99 ${ms(frame.p99, 1)} (headless, no GPU)`,
        load: loadavg()[0],
        raw: { domP50: dom.p50, domP95: dom.p95, domP99: dom.p99, frameP50: frame.p50, frameP95: frame.p95, frameP99: frame.p99, catalogSize },
      },
    ];
  } finally {
    await browser?.close();
    await stopGroup(child);
  }
}
