// The MAP routine: each LPG line waits as pending until the cashier records the MAP reference;
// the manager reconciles POS vs MAP counts, closes the day (a reason when entries are pending), and
// exports the logbook. The export is read back with csv-parse and read-excel-file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf } from '../support/tempHost';
import { kkmp } from '../support/cli';
import { nikOf, openLpgWorld, type LpgWorld } from '../support/lpgWorld';
import type { FileDownload } from '../../shared/api/common';

let w: LpgWorld;
let sales: { saleId: string; receiptNo: string }[];
let buyers: string[];

beforeEach(async () => {
  w = await openLpgWorld(new Date('2026-01-10T01:15:00Z')); // 09:15 WITA
  buyers = [await w.buyer(1201, { kk: 5678 }), await w.buyer(1202, { kk: 9012, category: 'USAHA_MIKRO' })];
  sales = [await w.sell({ buyerId: buyers[0] })];
  w.at('2026-01-10T03:30:00Z');
  sales.push(await w.sell({ buyerId: buyers[1], qty: 2, approve: true }));
});
afterEach(() => w.h.dispose());

describe('MAP logbook', () => {
  it('lines start pending; the cashier records the MAP reference (audited); recorded needs a reference', async () => {
    const before = await w.kasir<{ rows: { mapStatus: string; nik: string; kk: string; qty: number }[] }>('lpg.logbook', {
      from: '2026-01-10',
      to: '2026-01-10',
    });
    expect(before.rows.map((r) => [r.mapStatus, r.nik, r.kk, r.qty])).toEqual([
      ['pending', '****1201', '****5678', 1],
      ['pending', '****1202', '****9012', 2],
    ]);
    expect(await errorOf(w.kasir('lpg.map.set', { saleId: sales[0]!.saleId, lineNo: 1, status: 'recorded' }))).toEqual({
      code: 'LPG_MAP_REF_REQUIRED',
      params: { status: 'recorded' },
    });
    const row = await w.kasir<{ mapStatus: string; mapRef: string }>('lpg.map.set', {
      saleId: sales[0]!.saleId,
      lineNo: 1,
      status: 'recorded',
      ref: 'MAP-0001',
    });
    expect(row).toMatchObject({ mapStatus: 'recorded', mapRef: 'MAP-0001' });
    const a = w.h.core.db.prepare("SELECT details FROM audit_log WHERE action = 'lpg.map.set'").get() as { details: string };
    expect(JSON.parse(a.details)).toEqual({ lineNo: 1, from: 'pending', to: 'recorded', ref: 'MAP-0001' });
  });

  it('a kasir cannot see full NIKs; a manager can, and it is audited', async () => {
    expect((await errorOf(w.kasir('lpg.logbook', { from: '2026-01-10', to: '2026-01-10', fullNik: true }))).code).toBe('LPG_FULL_NIK_MANAGER_ONLY');
    const full = await w.manajer<{ rows: { nik: string }[] }>('lpg.logbook', { from: '2026-01-10', to: '2026-01-10', fullNik: true });
    expect(full.rows.map((r) => r.nik)).toEqual([nikOf(1201), nikOf(1202)]);
    expect(w.h.core.db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'lpg.logbook.full_nik'").pluck().get()).toBe(1);
  });

  it('reconciles POS vs MAP count and refuses to close a day with pending entries unless the manager gives a reason', async () => {
    await w.kasir('lpg.map.set', { saleId: sales[0]!.saleId, lineNo: 1, status: 'recorded', ref: 'MAP-0001' });
    const day = await w.manajer<{ posCount: number; mapCount: number; difference: number; pending: number }>('lpg.map.count', {
      date: '2026-01-10',
      mapCount: 1,
    });
    expect(day).toMatchObject({ posCount: 2, mapCount: 1, difference: 1, pending: 1 });
    expect((await errorOf(w.kasir('lpg.day.close', { date: '2026-01-10' }))).code).toBe('ROLE_FORBIDDEN');
    expect(await errorOf(w.manajer('lpg.day.close', { date: '2026-01-10' }))).toEqual({ code: 'LPG_MAP_PENDING', params: { pending: 1, date: '2026-01-10' } });
    const closed = await w.manajer<{ closed: boolean }>('lpg.day.close', { date: '2026-01-10', reason: 'MAP gangguan sinyal, dicatat besok pagi' });
    expect(closed.closed).toBe(true);
    const a = w.h.core.db.prepare("SELECT details FROM audit_log WHERE action = 'lpg.day.close'").get() as { details: string };
    expect(JSON.parse(a.details)).toMatchObject({ pending: 1, reason: 'MAP gangguan sinyal, dicatat besok pagi' });
  });

  it('exports CSV with masked NIKs: time, receipt no., NIK, KK, category, qty, price, MAP status and reference', async () => {
    await w.kasir('lpg.map.set', { saleId: sales[1]!.saleId, lineNo: 1, status: 'rejected', ref: 'TOLAK-7' });
    const out = join(w.h.dir, 'logbook.csv');
    const r = await kkmp('export', 'lpg-logbook', '--db', w.h.dbFile, '--from', '2026-01-01', '--to', '2026-01-31', '--format', 'csv', '--out', out);
    expect(r.code).toBe(0);
    const rows = parse(readFileSync(out), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      {
        'Waktu (WITA)': '2026-01-10 09:15:00',
        'No. struk': sales[0]!.receiptNo,
        NIK: '****1201',
        KK: '****5678',
        Nama: 'Pembeli 1201',
        Kategori: 'RUMAH_TANGGA',
        Barang: 'LPG3-ISI',
        'Jumlah (tabung)': '1',
        Harga: '19000',
        Total: '19000',
        'Tabung kosong kembali': 'Ya',
        'Status MAP': 'Belum dicatat',
        'Ref MAP': '',
        Keterangan: '',
      },
      {
        'Waktu (WITA)': '2026-01-10 11:30:00',
        'No. struk': sales[1]!.receiptNo,
        NIK: '****1202',
        KK: '****9012',
        Nama: 'Pembeli 1202',
        Kategori: 'USAHA_MIKRO',
        Barang: 'LPG3-ISI',
        'Jumlah (tabung)': '2',
        Harga: '19000',
        Total: '38000',
        'Tabung kosong kembali': 'Ya',
        'Status MAP': 'Ditolak',
        'Ref MAP': 'TOLAK-7',
        Keterangan: '',
      },
    ]);
  });

  it('exports XLSX with full NIKs only with a manager PIN (audited), with the MAP reconciliation sheet', async () => {
    const keyFile = `${w.h.dbFile}.key`;
    writeFileSync(keyFile, JSON.stringify({ data: w.h.core.keys.dataKey().toString('base64'), lookup: w.h.core.keys.lookupKey().toString('base64') }), {
      mode: 0o600,
    });
    await w.manajer('lpg.map.count', { date: '2026-01-10', mapCount: 2 });
    const out = join(w.h.dir, 'logbook.xlsx');
    const base = ['export', 'lpg-logbook', '--db', w.h.dbFile, '--from', '2026-01-10', '--to', '2026-01-10', '--format', 'xlsx', '--out', out, '--full-nik'];
    const kasirTry = await kkmp(...base, '--manager', 'sari', '--pin', '1111');
    expect(kasirTry.code).toBe(1);
    expect(kasirTry.err).toContain('LPG_FULL_NIK_MANAGER_ONLY');
    expect((await kkmp(...base, '--manager', 'mira', '--pin', '333333')).code).toBe(0);
    const sheets = await readXlsxFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual(['Logbook LPG', 'Rekonsiliasi MAP']);
    const [head, first, second] = sheets[0]!.data;
    expect(head).toEqual([
      'Waktu (WITA)',
      'No. struk',
      'NIK',
      'KK',
      'Nama',
      'Kategori',
      'Barang',
      'Jumlah (tabung)',
      'Harga',
      'Total',
      'Tabung kosong kembali',
      'Status MAP',
      'Ref MAP',
      'Keterangan',
    ]);
    expect(first!.slice(0, 13)).toEqual([
      '2026-01-10 09:15:00',
      sales[0]!.receiptNo,
      nikOf(1201),
      '****5678',
      'Pembeli 1201',
      'RUMAH_TANGGA',
      'LPG3-ISI',
      1,
      19000,
      19000,
      'Ya',
      'Belum dicatat',
      null,
    ]);
    expect(second!.slice(2, 10)).toEqual([nikOf(1202), '****9012', 'Pembeli 1202', 'USAHA_MIKRO', 'LPG3-ISI', 2, 19000, 38000]);
    const rec = sheets[1]!.data;
    expect(rec[2]).toEqual(['2026-01-10', 2, 3, 0, 0, 2, 2, 0, 'Tidak']);
    const audits = w.h.core.db.prepare("SELECT details FROM audit_log WHERE action = 'lpg.logbook.full_nik'").pluck().all() as string[];
    expect(audits.map((d) => JSON.parse(d))).toEqual([{ from: '2026-01-10', to: '2026-01-10', via: 'export-xlsx' }]);
  });

  it('the API gives the same export as a download, masked for the kasir', async () => {
    const file = await w.kasir<FileDownload>('lpg.logbook.export', { from: '2026-01-10', to: '2026-01-10', format: 'csv' });
    expect(file.fileName).toBe('logbook-lpg_2026-01-10_2026-01-10.csv');
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(text).toContain('****1201');
    expect(text).not.toContain(nikOf(1201));
  });
});

describe('LPG status', () => {
  it('tracks fulls, empties and the month allocation with a warning at 80 %', async () => {
    const s = await w.kasir<{ allocation: { sold: number; allocation: number; warn: boolean }; stock: { sku: string; onHand: number }[] }>('lpg.status');
    expect(s.allocation).toMatchObject({ sold: 3, allocation: 250, warn: false });
    expect(s.stock.find((x) => x.sku === 'LPG3-KOSONG')?.onHand).toBe(3);
    w.h.core.db.prepare("INSERT INTO settings (key, valid_from, value, set_at) VALUES ('lpg3.monthly_allocation', '2026-01-01', '3', 'x')").run();
    const warned = await w.kasir<{ allocation: { usedPct: number; warn: boolean } }>('lpg.status');
    expect(warned.allocation).toMatchObject({ usedPct: 100, warn: true });
  });
});
