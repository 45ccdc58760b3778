// Indonesian everywhere (issue 15, item 11), in real Chromium whose own locale is en-US in New
// York: every screen of the kasir, the manajer and the admin on the demo outlet (tests/e2e/support/
// screenWalk.ts) is read, and no stored code ("posted", "cash", RUMAH_TANGGA), no English count
// ("1 items · 1 lines"), no dot-decimal percent, no mm/dd or ISO date may show.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './support/browser';
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

/** What must never be on an Indonesian screen, each with why. */
const FORBIDDEN: [RegExp, string][] = [
  [
    /\b(posted|counting|draft|cancelled|completed|voided|pending|recorded|rejected|blocked|active|cash|qris|partial|native|raster|refill|full_new|piece|weight)\b/,
    'a stored code',
  ],
  [/\b[A-Z][A-Z0-9]+_[A-Z0-9_]+\b/, 'a raw code in capitals'],
  [/\b\d+ (items?|lines?)\b/, 'an English count'],
  [/Too small|Too big|Invalid input|expected \w+, received/, "zod's English"],
  [/\d\.\d+ ?%/, 'a dot-decimal percent'],
  [/\b(0?[1-9]|1[0-2])\/(1[3-9]|2\d|3[01])\/\d{4}\b/, 'an mm/dd date'],
  [/\b\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/, 'an ISO date instead of dd/mm/yyyy'],
  [/(^|[^\d-])\d{4}-(0[1-9]|1[0-2])(?![\d-])/, 'an ISO month'],
  [/\b(January|February|March|May|June|July|August|October|December)\b/, 'an English month'],
];

async function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = Array.from(document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select'))
      .filter((el) => !['date', 'month', 'hidden', 'password'].includes((el as HTMLInputElement).type))
      .map((el) => (el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.textContent ?? '') : el.value));
    // Chromium draws its own date and month fields in the browser's language (12/01/2026 in en-US).
    const native = document.querySelectorAll('input[type="date"], input[type="month"]').length;
    // A setting's key (`lpg3.max_qty_per_transaction.USAHA_MIKRO`) is shown in <code> as the name
    // `kkmp settings set` takes: an identifier to type, not words.
    const codes = Array.from(document.querySelectorAll('code'), (c) => c.textContent ?? '')
      .filter(Boolean)
      .sort((a, b) => b.length - a.length);
    const body = codes.reduce((text, code) => text.split(code).join('⟨code⟩'), document.body.innerText);
    return [body, ...values, ...(native ? [`NATIVE_DATE_FIELD x${native}`] : [])].join('\n');
  });
}

/** The journal anchor on the Z report (`812:3f9a… GI/2026-11-20/37`) is a code typed back into
 * `kkmp verify --anchor` exactly as printed; the date inside it is part of the code, not a date shown. */
const ANCHOR_CODE = /\b\d+:[0-9a-f]{16} [A-Z0-9]+\/\d{4}-\d{2}-\d{2}\/\d+\b/g;

function findings(stop: string, text: string): string[] {
  const out: string[] = [];
  for (const line of text.replace(ANCHOR_CODE, '⟨anchor⟩').split('\n')) {
    for (const [re, why] of FORBIDDEN) {
      const m = re.exec(line);
      if (m) out.push(`${stop}: ${why} "${m[0].trim()}" in "${line.trim().slice(0, 120)}"`);
    }
  }
  return out;
}

describe('Indonesian on every screen, whatever the browser locale (en-US, New York time)', () => {
  it('the kasir: counter, every dialog, closing the shift and the Z report', async () => {
    const page = await browser.newPage({ terminal: 'E2E-ID', locale: 'en-US', timezoneId: 'America/New_York' });
    page.setDefaultTimeout(15_000);
    const found: string[] = [];
    const stops: string[] = [];
    await walkCounter(page, host.url, async (stop) => {
      stops.push(stop);
      found.push(...findings(stop, await screenText(page)));
    });
    expect(stops).toContain('kasir-laporan-z');
    expect(found).toEqual([]);
    await page.close();
  });

  it('the manajer and the admin: every back-office screen with a document open', async () => {
    const found: string[] = [];
    const stops: string[] = [];
    for (const who of ['manajer', 'admin'] as const) {
      const page = await browser.newPage({ locale: 'en-US', timezoneId: 'America/New_York' });
      page.setDefaultTimeout(15_000);
      await walkOffice(page, host.url, who, async (stop) => {
        stops.push(stop);
        found.push(...findings(stop, await screenText(page)));
      });
      await page.close();
    }
    expect(stops).toEqual(expect.arrayContaining(['kantor-anggota-rincian', 'kantor-penerimaan', 'kantor-opname', 'kantor-laporan', 'kantor-pengaturan']));
    expect(found).toEqual([]);
  });
});
