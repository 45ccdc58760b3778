// A walk through every screen of the demo outlet as its people use them: the kasir's counter and
// its dialogs (shift, cart, search, member, LPG, QRIS, payment with a large change, sale done, held
// carts, void, drawer, buku kas, closing the shift, Z report), then the manajer's and the admin's
// office screens with a document opened on each. At every stop `visit(name)` runs: the i18n test reads the words, the
// 1366×768 test measures the boxes, and with KKMP_SCREENSHOTS=1 the docs get their pictures.
import type { Page } from 'playwright-core';
import { apiAs } from './api';
import { loginAs, scan } from './browser';
import { DEMO, PUBLISHED_QRIS } from './demo';

export type Visit = (name: string) => Promise<void>;
/** Called right after a back-office link is followed, before anything on the new screen is touched. */
export type Opened = (link: string) => Promise<void>;

const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });

async function openDialog(page: Page, key: string, name: string | RegExp, visit: Visit, stop: string): Promise<void> {
  await page.keyboard.press(key);
  await page.getByRole('dialog', { name }).waitFor();
  await visit(stop);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name }).waitFor({ state: 'detached' });
}

/** The counter, on its own terminal so the demo's open POS-1 shift is left alone. */
export async function walkCounter(page: Page, url: string, visit: Visit): Promise<void> {
  // The outlet's static QRIS, so the payment dialog's QRIS step shows its dynamic QR.
  await (
    await apiAs(url, DEMO.admin.username, DEMO.admin.pin)
  )('payments.saveQris', { payload: PUBLISHED_QRIS });
  await loginAs(page, url, DEMO.kasir.username, DEMO.kasir.pin);
  await page.getByLabel('Modal awal (Rp)').waitFor();
  await visit('kasir-buka-shift');
  await page.getByLabel('Modal awal (Rp)').fill('200000');
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Status kasir' }).waitFor();
  await visit('kasir-kosong');

  await scan(page, DEMO.beras);
  await scan(page, DEMO.minyak);
  await scan(page, DEMO.gula);
  const rows = page.getByRole('table', { name: 'Daftar belanja' }).locator('tbody tr');
  await rows.nth(2).waitFor();
  await visit('kasir-keranjang');

  await openDialog(page, 'F2', 'Cari barang', visit, 'kasir-cari-barang');
  await openDialog(page, 'F4', 'Anggota koperasi', visit, 'kasir-anggota');
  await openDialog(page, 'F6', 'Pembeli LPG 3 kg', visit, 'kasir-lpg');

  // Rp10.000.000 in cash for a small basket: the largest change the counter takes without asking.
  await page.keyboard.press('F10');
  await dialog(page, 'Pembayaran').waitFor();
  await page.keyboard.press('F6');
  await dialog(page, 'Pembayaran')
    .getByRole('img', { name: /^QR QRIS untuk / })
    .waitFor();
  await visit('kasir-qris');
  await page.keyboard.press('Escape'); // back to cash, the dialog stays
  await page.getByLabel('Uang tunai diterima').fill('10000000');
  await visit('kasir-bayar');
  await page.keyboard.press('Enter');
  await dialog(page, 'Transaksi selesai').waitFor();
  await dialog(page, 'Transaksi selesai').getByRole('status').first().waitFor();
  await visit('kasir-selesai');
  await page.keyboard.press('Enter');
  await dialog(page, 'Transaksi selesai').waitFor({ state: 'detached' });

  await scan(page, DEMO.tepung);
  await rows.first().waitFor();
  await page.keyboard.press('F7');
  // F7 asks for a label (name or note) for the held cart: the dialog is one more stop of the walk.
  await page.getByRole('dialog', { name: 'Tahan keranjang' }).waitFor();
  await page.keyboard.type('Bu Rina, ambil dompet');
  await visit('kasir-tahan-label');
  await page.keyboard.press('Enter');
  await page.getByText(/keranjang ditahan/).waitFor();
  await openDialog(page, 'F8', 'Keranjang ditahan', visit, 'kasir-ditahan');
  await openDialog(page, 'Alt+v', /^Batalkan transaksi/, visit, 'kasir-batal');
  await openDialog(page, 'Alt+l', 'Buka laci kas', visit, 'kasir-laci');
  await openDialog(page, 'Alt+k', 'Buku kas — kas masuk / keluar', visit, 'kasir-buku-kas');

  await page.keyboard.press('Alt+t');
  await dialog(page, 'Tutup shift — hitung uang di laci').waitFor();
  await page.getByLabel('Jumlah lembar Rp100.000').fill('2');
  await visit('kasir-tutup-shift');
  await dialog(page, 'Tutup shift — hitung uang di laci')
    .getByRole('button', { name: /Periksa|Lanjut|Tutup shift/ })
    .last()
    .click();
  await dialog(page, 'Tutup shift — periksa sebelum menutup').waitFor();
  await visit('kasir-tutup-shift-periksa');
  await dialog(page, 'Tutup shift — periksa sebelum menutup')
    .getByRole('button', { name: /Ya|Tutup shift/ })
    .last()
    .click();
  await dialog(page, 'Laporan Z — shift ditutup').waitFor();
  await visit('kasir-laporan-z');
}

/** Every back-office screen the role has, each with something opened on it. */
export async function walkOffice(page: Page, url: string, who: 'manajer' | 'admin', visit: Visit, opened: Opened = async () => {}): Promise<void> {
  const { username, pin } = DEMO[who];
  await loginAs(page, url, username, pin);
  const go = async (link: string) => {
    // Scrolled far down the last screen first, as a manager reading a long list would be.
    await page.locator('.content').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const item = page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: link, exact: true });
    await item.click();
    await page.locator('nav a[aria-current="page"]', { hasText: link }).waitFor();
    await opened(link);
  };
  if (who === 'admin') {
    await go('Pengguna & pengaturan');
    await page.getByRole('table').first().locator('tbody tr').first().waitFor();
    await visit('kantor-pengaturan');
    return;
  }
  await go('Anggota');
  const members = page.getByRole('table', { name: 'Daftar anggota' }).locator('tbody tr');
  await members.nth(30).waitFor();
  await visit('kantor-anggota');
  await members.nth(30).click();
  await page.getByRole('region', { name: 'Simpanan anggota' }).getByText('Simpanan pokok').waitFor();
  await visit('kantor-anggota-rincian');

  await go('SHU');
  await page.getByLabel('SHU tahun berjalan (Rp)').fill('25000000');
  await page.getByRole('button', { name: 'Hitung (pratinjau)' }).click();
  await page.getByRole('region', { name: 'Hasil SHU' }).waitFor();
  await visit('kantor-shu');

  await go('Barang & harga');
  await page.getByRole('button', { name: 'Ubah SPHP5' }).click();
  await page.getByRole('region', { name: 'Ubah SPHP5' }).waitFor();
  await visit('kantor-barang');

  await go('Penerimaan');
  const draft = page.getByRole('table', { name: 'Daftar penerimaan' }).getByRole('row').filter({ hasText: 'Draf' });
  await draft.getByRole('button').first().click();
  await page.getByRole('table', { name: 'Hitungan per baris' }).waitFor();
  await visit('kantor-penerimaan');

  await go('Stok opname');
  await page.getByRole('table', { name: 'Daftar stok opname' }).getByRole('button').first().click();
  await page.getByRole('region', { name: /^Stok opname / }).waitFor();
  await visit('kantor-opname');

  await go('Kartu stok');
  await page.getByLabel('Barang', { exact: true }).selectOption({ label: 'SPHP5 · Beras SPHP 5 kg' });
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  await page.getByRole('table', { name: 'Mutasi kartu stok' }).getByRole('row').nth(2).waitFor();
  await visit('kantor-kartu-stok');

  await go('Buku & keuangan');
  await page.getByRole('table', { name: 'Laporan Posisi Keuangan (Neraca)' }).locator('tbody tr').first().waitFor();
  await visit('kantor-buku');

  await go('Laporan');
  await page.getByRole('table', { name: 'Margin per barang' }).locator('tbody tr').first().waitFor();
  await visit('kantor-laporan');

  await go('Pembayaran');
  await page.getByRole('heading', { name: 'QRIS gerai' }).waitFor();
  await visit('kantor-pembayaran');

  await go('Aturan koperasi');
  await page.getByRole('button', { name: 'Ubah shu.allocation' }).click();
  await page.getByRole('table', { name: 'Riwayat shu.allocation' }).locator('tbody tr').first().waitFor();
  await visit('kantor-aturan');

  await go('Printer & kalibrasi');
  await page.getByLabel('Profil tersimpan').waitFor();
  await visit('kantor-printer');

  await go('Sinkronisasi pusat');
  await page.getByRole('form', { name: 'Daftar ke pusat' }).waitFor();
  await visit('kantor-sinkronisasi');

  await go('Keamanan');
  await page.getByRole('table', { name: 'Perangkat terpasang' }).waitFor();
  await visit('kantor-keamanan');
}
