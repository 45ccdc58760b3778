// The cashier's and the office's screens at 1366×768, the common laptop of a gerai (issue 15,
// item 12), in real Chromium on the demo outlet: at every stop of the walk (tests/e2e/support/
// screenWalk.ts) the boxes are measured. The office menu is one row inside the window, every
// dialog and its action buttons are inside the window, the field being typed in is in view (not
// under a dialog's buttons), every table ends inside its card, a large
// change fits its box, a screen opens at its top and a chosen member's details are in view.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './support/browser';
import { docScreenshot } from './support/screens';
import { startServeHost, type ServeHost } from './support/serveHost';
import { walkCounter, walkOffice } from './support/screenWalk';

vi.setConfig({ testTimeout: 240_000 });

let host: ServeHost;
let browser: TestBrowser;

beforeAll(async () => {
  [host, browser] = await Promise.all([startServeHost(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

/** Every box that does not fit, in words: "<what> <edge> by <n> px". Runs in the page. */
function misfits(): string[] {
  const out: string[] = [];
  const W = window.innerWidth;
  const H = window.innerHeight;
  const name = (el: Element) =>
    el.getAttribute('aria-label') || el.querySelector('h2, caption')?.textContent || el.textContent?.trim().slice(0, 40) || el.tagName;
  const inside = (what: string, r: DOMRect, box: { left: number; top: number; right: number; bottom: number }) => {
    if (r.width === 0 && r.height === 0) return;
    if (r.left < box.left - 1) out.push(`${what}: left by ${Math.round(box.left - r.left)} px`);
    if (r.right > box.right + 1) out.push(`${what}: right by ${Math.round(r.right - box.right)} px`);
    if (r.top < box.top - 1) out.push(`${what}: top by ${Math.round(box.top - r.top)} px`);
    if (r.bottom > box.bottom + 1) out.push(`${what}: bottom by ${Math.round(r.bottom - box.bottom)} px`);
  };
  const screen = { left: 0, top: 0, right: W, bottom: H };

  const links = Array.from(document.querySelectorAll('nav[aria-label="Menu utama"] a'));
  const tops = new Set(links.map((a) => Math.round(a.getBoundingClientRect().top)));
  if (tops.size > 1) out.push(`menu: ${tops.size} rows`);
  for (const a of links) inside(`menu link "${a.textContent}"`, a.getBoundingClientRect(), screen);

  for (const d of Array.from(document.querySelectorAll('[role="dialog"]'))) {
    const box = d.getBoundingClientRect();
    inside(`dialog "${name(d)}"`, box, screen);
    for (const b of Array.from(d.querySelectorAll('.modal-actions button'))) {
      const r = b.getBoundingClientRect();
      inside(`button "${b.textContent?.trim()}" of dialog "${name(d)}"`, r, screen);
      inside(`button "${b.textContent?.trim()}" in the dialog box "${name(d)}"`, r, box);
    }
  }

  // The field the kasir is typing in is in view, not hidden under the dialog's sticky buttons.
  const typing = document.activeElement;
  const typingIn = typing?.matches('input, select, textarea') ? typing.closest('[role="dialog"]') : null;
  if (typing && typingIn) {
    const r = typing.getBoundingClientRect();
    const what = `focused field "${typing.closest('label')?.textContent?.trim().slice(0, 40) ?? typing.tagName}" of dialog "${name(typingIn)}"`;
    inside(what, r, typingIn.getBoundingClientRect());
    const bar = typingIn.querySelector('.modal-actions')?.getBoundingClientRect();
    if (bar && r.bottom > bar.top + 1 && r.top < bar.bottom - 1) out.push(`${what}: under the dialog's buttons`);
  }

  for (const t of Array.from(document.querySelectorAll('table'))) {
    const card = t.closest('.card, .modal-box, .office-page, .cart-wrap, aside') ?? document.body;
    const c = card.getBoundingClientRect();
    const r = t.getBoundingClientRect();
    if (r.right > c.right + 1) out.push(`table "${name(t)}": right edge ${Math.round(r.right - c.right)} px past its ${card.className || card.tagName}`);
    if (r.right > W + 1) out.push(`table "${name(t)}": right edge past the window by ${Math.round(r.right - W)} px`);
  }

  for (const m of Array.from(document.querySelectorAll('.total-box strong, .pay-change strong, .change-huge strong, .pay-short'))) {
    const box = m.parentElement!.getBoundingClientRect();
    if (m.scrollWidth > m.clientWidth + 1) out.push(`figure "${m.textContent}": wider than itself by ${m.scrollWidth - m.clientWidth} px`);
    inside(`figure "${m.textContent}"`, m.getBoundingClientRect(), box);
  }
  return out;
}

async function measure(page: Page, stop: string, found: string[]): Promise<void> {
  for (const m of await page.evaluate(misfits)) found.push(`${stop}: ${m}`);
  await docScreenshot(page, stop);
}

describe('1366×768: everything fits', () => {
  it('the kasir: counter and every dialog, a Rp9.901.800 change included', async () => {
    const page = await browser.newPage({ terminal: 'E2E-1366' });
    page.setDefaultTimeout(15_000);
    const found: string[] = [];
    const stops: string[] = [];
    await walkCounter(page, host.url, async (stop) => {
      stops.push(stop);
      await measure(page, stop, found);
    });
    expect(stops).toEqual(expect.arrayContaining(['kasir-bayar', 'kasir-selesai', 'kasir-laporan-z']));
    expect(found).toEqual([]);
    await page.close();
  });

  it('the manajer and the admin: one-row menu, tables inside their cards, screens open at the top, member details in view', async () => {
    const found: string[] = [];
    const stops: string[] = [];
    for (const who of ['manajer', 'admin'] as const) {
      const page = await browser.newPage();
      page.setDefaultTimeout(15_000);
      await walkOffice(
        page,
        host.url,
        who,
        async (stop) => {
          stops.push(stop);
          await measure(page, stop, found);
          if (stop === 'kantor-anggota-rincian') {
            const r = await page.getByRole('region', { name: 'Simpanan anggota' }).getByRole('heading').boundingBox();
            if (!r || r.y < 0 || r.y + r.height > 768) found.push(`${stop}: the member's heading is out of view (y ${r?.y})`);
          }
        },
        async (link) => {
          const top = await page.locator('.content').evaluate((el) => el.scrollTop);
          if (top !== 0) found.push(`${link}: opened scrolled ${top} px down`);
        },
      );
      await page.close();
    }
    expect(stops).toEqual(expect.arrayContaining(['kantor-anggota-rincian', 'kantor-penerimaan', 'kantor-pengaturan']));
    expect(found).toEqual([]);
  });
});
