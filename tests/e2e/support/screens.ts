// Screenshots of the cashier screens for docs/screenshots (docs/cashier.md shows them): taken
// by the e2e run when KKMP_SCREENSHOTS=1, so the pictures always show the real screen.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

const DIR = resolve(import.meta.dirname, '..', '..', '..', 'docs', 'screenshots');

export async function docScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.KKMP_SCREENSHOTS !== '1') return;
  mkdirSync(DIR, { recursive: true });
  await page.waitForTimeout(150); // let the last frame settle
  await page.screenshot({ path: join(DIR, `${name}.png`) });
}
