// One headless Debian Chromium per test file (flags of docs/decisions/0004-platform-facts.md; Playwright gives every launch a
// fresh temporary profile and refuses an explicit --user-data-dir), pages at the
// cashier's screen size, and typing a barcode exactly as a keyboard-wedge scanner does.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export interface TestBrowser {
  browser: Browser;
  /**
   * `terminal`: the counter's terminal name (a shift is per terminal; the demo data keeps POS-1 busy).
   * `locale`/`timezoneId`: the browser's own, to prove the screens do not follow them.
   */
  newPage(options?: { width?: number; height?: number; terminal?: string; locale?: string; timezoneId?: string }): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const contexts: BrowserContext[] = [];
  return {
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1366, height: options.height ?? 768 },
        locale: options.locale ?? 'id-ID',
        timezoneId: options.timezoneId ?? 'Asia/Makassar',
      });
      contexts.push(context);
      const page = await context.newPage();
      if (options.terminal) await page.addInitScript((name) => localStorage.setItem('kkmp.terminal', name), options.terminal);
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}

/** A keyboard-wedge scan: the digits in a fast burst, then Enter. */
export async function scan(page: Page, code: string): Promise<void> {
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

/** Logs in through the login screen. */
export async function loginAs(page: Page, url: string, username: string, pin: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel(/Nama pengguna|User name/).fill(username);
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByRole('button', { name: /^(Masuk|Log in)$/ }).click();
  await page.getByRole('button', { name: /^(Keluar|Log out)$/ }).waitFor();
}
