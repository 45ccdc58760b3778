// The pusat dashboards in real Chromium, served by the pusat on real PostgreSQL: the dinas sees
// every koperasi of the kota, a pendamping only theirs, with the sales per day the outlets sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openCentral, type CentralHost } from '../../central/host';
import { startCentralHttp } from '../../central/http';
import { DASHBOARD_DIST, ensureDashboardBuilt } from '../../central/dashboardBuild';
import { createAccount } from '../../central/services/accounts';
import { ingestBatch } from '../../central/services/ingest';
import { simulateOutletDay } from '../../bench/central/outletDay';
import { freshDatabase, requirePostgres } from '../support/postgres';
import { launchBrowser, type TestBrowser } from './support/browser';

const pgReady = await requirePostgres();
const DAY = '2026-11-20';

describe.skipIf(!pgReady)('pusat dashboards in Chromium', () => {
  let central: CentralHost;
  let url: string;
  let stop: () => Promise<void>;
  let browser: TestBrowser;
  const salesOf: Record<string, number> = {};

  beforeAll(async () => {
    const [db] = await Promise.all([freshDatabase('kkmp_pusat_e2e'), ensureDashboardBuilt(() => undefined)]);
    central = await openCentral({ pg: db.url });
    const http = await startCentralHttp(central, { port: 0, staticDir: DASHBOARD_DIST });
    url = http.url;
    browser = await launchBrowser();
    stop = async () => {
      await browser.close();
      await http.app.close();
      await central.close();
      await db.drop();
    };
    await central.db.tx(async (sql) => {
      await sql.query(
        "INSERT INTO koperasi (id, name, kota, kelurahan) VALUES ('kkmp-graha-indah', 'KKMP Graha Indah', 'Balikpapan', 'Graha Indah'), ('kkmp-karang-joang', 'KKMP Karang Joang', 'Balikpapan', 'Karang Joang')",
      );
      await createAccount(sql, { username: 'dinas.bpn', password: 'rahasia-dinas-1', role: 'dinas', kota: 'Balikpapan', createdBy: null });
      await createAccount(sql, {
        username: 'pendamping.rina',
        password: 'rahasia-rina-1',
        role: 'pendamping',
        kota: 'Balikpapan',
        createdBy: null,
        koperasiIds: ['kkmp-graha-indah'],
      });
    });
    // Two generated gerai push their day through the pusat's own ingest.
    for (const [i, koperasi] of [
      [1, 'kkmp-graha-indah'],
      [2, 'kkmp-karang-joang'],
    ] as const) {
      const day = simulateOutletDay(i, { seed: 7, day: DAY, salesMin: 5, salesMax: 9, batchMax: 100 });
      await central.db.query('INSERT INTO outlets (id, koperasi_id, name, public_key) VALUES ($1, $2, $3, $4)', [
        day.outletId,
        koperasi,
        `Gerai ${koperasi}`,
        day.publicKey,
      ]);
      for (const d of day.deliveries) await ingestBatch(central.db, d.batch, new Date(d.at));
      salesOf[koperasi] = day.sales;
    }
  });
  afterAll(async () => stop?.());

  async function signIn(page: Page, username: string, password: string) {
    await page.goto(url);
    const form = page.getByRole('form', { name: 'Masuk ke Pusat KKMP' });
    await form.getByLabel('Nama pengguna').fill(username);
    await form.getByLabel('Kata sandi').fill(password);
    await form.getByRole('button', { name: 'Masuk' }).click();
    // The pusat's date fields read dd/mm/yyyy whatever the browser's language.
    const shown = DAY.split('-').reverse().join('/');
    await page.getByLabel('Dari', { exact: true }).fill(shown);
    await page.getByLabel('Sampai', { exact: true }).fill(shown);
  }

  const salesRow = (page: Page, koperasi: string) => page.getByRole('table', { name: 'Penjualan per hari' }).getByRole('row').filter({ hasText: koperasi });

  it('a wrong password is refused in words', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(url);
    const form = page.getByRole('form', { name: 'Masuk ke Pusat KKMP' });
    await form.getByLabel('Nama pengguna').fill('dinas.bpn');
    await form.getByLabel('Kata sandi').fill('bukan-sandinya');
    await form.getByRole('button', { name: 'Masuk' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toBe('Nama pengguna atau kata sandi salah.');
  });

  it('the dinas sees both koperasi of the kota with the sales their gerai sent', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, 'dinas.bpn', 'rahasia-dinas-1');
    await salesRow(page, 'KKMP Karang Joang').waitFor();
    for (const k of ['KKMP Graha Indah', 'KKMP Karang Joang']) {
      const cells = await salesRow(page, k).getByRole('cell').allTextContents();
      expect(cells[2]).toBe(String(salesOf[k === 'KKMP Graha Indah' ? 'kkmp-graha-indah' : 'kkmp-karang-joang']));
      expect(cells[3]).toMatch(/^Rp\d{1,3}(\.\d{3})*$/);
    }
    const outlets = page.getByRole('table', { name: 'Gerai dan sinkronisasi' }).getByRole('row');
    await expect(outlets.count()).resolves.toBe(3); // header + two gerai
    await page.getByRole('img', { name: 'Grafik penjualan per hari' }).locator('canvas').first().waitFor();
  });

  it('a pendamping sees only the koperasi assigned to them', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, 'pendamping.rina', 'rahasia-rina-1');
    await salesRow(page, 'KKMP Graha Indah').waitFor();
    await expect(salesRow(page, 'KKMP Karang Joang').count()).resolves.toBe(0);
    const outlets = await page.getByRole('table', { name: 'Gerai dan sinkronisasi' }).getByRole('row').allTextContents();
    expect(outlets.slice(1).every((r) => r.includes('KKMP Graha Indah'))).toBe(true);
  });
});
