// The facts behind the pusat's dashboards (issue 19 item 5), from two real outlet hosts (SQLite
// files) to the pusat on real PostgreSQL over real HTTP: refusals at the counter, minimum stock
// and allocation, members and the books arrive once, a replayed batch changes nothing, the
// dashboard methods show the outlets' own numbers exactly, a pendamping sees only their koperasi,
// and the Satgas XLSX (read back with exceljs) and PDF (pdftotext) say the same.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CentralHost } from '../../central/host';
import { buildBatch } from '../../electron/services/sync/push';
import { defaultSyncKeyFile, loadSyncKey, signText } from '../../electron/services/sync/syncKey';
import { syncOverview } from '../../electron/services/sync/syncState';
import { putSetting } from '../../electron/services/settings/settings';
import { batchSigningText } from '../../shared/sync/batch';
import { kkmp } from '../support/cli';
import { nikOf, openLpgWorld, type LpgWorld } from '../support/lpgWorld';
import { requirePostgres } from '../support/postgres';
import { apiAt, openPusatWorld, type Api } from '../support/pusatWorld';
import { errorOf } from '../support/tempHost';

const pgReady = await requirePostgres();

interface Refusal {
  koperasiId: string;
  ruleCode: string;
  refusals: number;
  buyers: number;
}

describe.skipIf(!pgReady)('dashboard facts outlet → pusat on real PostgreSQL', () => {
  let central: CentralHost;
  let url: string;
  let close: () => Promise<void>;
  let dinas: Api;
  let pendamping: Api;
  let a: LpgWorld;
  let b: LpgWorld;
  const dir = mkdtempSync(join(tmpdir(), 'kkmp-satgas-'));

  const outletIdOf = (w: LpgWorld) => syncOverview(w.h.core).state!.outletId;
  const sync = (w: LpgWorld) => kkmp('sync', '--db', w.h.dbFile, '--central', url);
  /** What the outlet's own journal says, summed the way the books' headline reads it. */
  const outletBooks = (w: LpgWorld) =>
    w.h.core.db
      .prepare(
        `SELECT sum(CASE WHEN account_code LIKE '4%' THEN credit - debit ELSE 0 END) AS revenue,
                sum(CASE WHEN account_code LIKE '4%' THEN credit - debit WHEN account_code LIKE '5%' THEN credit - debit ELSE 0 END) AS grossMargin,
                sum(CASE WHEN account_code LIKE '110%' OR account_code LIKE '111%' THEN debit - credit ELSE 0 END) AS kasBank,
                sum(CASE WHEN substr(account_code, 1, 1) IN ('3', '4', '5', '6') THEN credit - debit ELSE 0 END) AS equity
           FROM journal_lines`,
      )
      .get() as { revenue: number; grossMargin: number; kasBank: number; equity: number };

  beforeAll(async () => {
    ({ central, url, dinas, pendamping, close } = await openPusatWorld('kkmp_dash_it'));

    a = await openLpgWorld(new Date('2026-01-10T02:00:00Z'));
    b = await openLpgWorld(new Date('2026-01-10T02:00:00Z'));
    for (const [w, koperasiId] of [
      [a, 'kkmp-graha-indah'],
      [b, 'kkmp-karang-joang'],
    ] as const) {
      const { code } = await dinas<{ code: string }>('enrolment.createCode', { koperasiId, outletName: `Gerai ${koperasiId}` });
      expect((await kkmp('sync', '--db', w.h.dbFile, '--central', url, '--enrol', code)).code).toBe(0);
    }
  }, 180_000);

  afterAll(async () => {
    a?.h.dispose();
    b?.h.dispose();
    await close?.();
  });

  it('refusals, minimum, allocation, members, rounding and the journal arrive once and show exactly', async () => {
    // Outlet a: a minimum above what is left, its own LPG allocation, cash rounding to Rp1.000.
    await a.manajer('catalogAdmin.update', { productId: a.products.gula, minStockMilli: 250_000 });
    putSetting(a.h.core, 'lpg3.monthly_allocation', '2026-01-01', 300, null);
    putSetting(a.h.core, 'pos.cash_rounding', '2026-01-01', { unit: 1000, mode: 'down' }, null);
    // Deliveries: 56 tabung from the agent, and 20 sak SPHP from Bulog with one damaged.
    const lpgIn = await a.manajer<{ id: string }>('deliveries.create', {
      source: 'LPG',
      supplier: 'Pangkalan Maju Jaya',
      docNo: 'SJ-7781',
      deliveryDate: '2026-01-09',
      lines: [{ productId: a.products.refill, expectedMilli: 56_000, unitCost: 16_000 }],
    });
    await a.manajer('deliveries.count', { deliveryId: lpgIn.id, lines: [{ lineNo: 1, countedMilli: 56_000 }] });
    await a.manajer('deliveries.post', { deliveryId: lpgIn.id });
    const bulog = await a.manajer<{ id: string }>('deliveries.create', {
      source: 'BULOG',
      supplier: 'Bulog Kanwil Kaltim-Kaltara',
      docNo: 'DO-2026-01-0042',
      klikSphpRef: 'KSPHP-889123',
      deliveryDate: '2026-01-09',
      lines: [{ productId: a.products.sphp, expectedMilli: 20_000, unitCost: 56_500 }],
    });
    await a.manajer('deliveries.count', { deliveryId: bulog.id, lines: [{ lineNo: 1, countedMilli: 20_000, damagedMilli: 1_000, reason: 'Satu sak sobek' }] });
    await a.manajer('deliveries.post', { deliveryId: bulog.id });
    const buyer = await a.buyer(7);
    await a.sell({ buyerId: buyer });
    const gula = await a.sellLines([{ productId: a.products.gula, qtyMilli: 3000 }]);
    // Two refusals: two tabung in one sale for a household, and a NIK not in the register.
    expect((await errorOf(a.sell({ buyerId: buyer, qty: 2 }))).code).toBe('LPG_TX_LIMIT');
    expect((await errorOf(a.sell({ nik: nikOf(99) }))).code).toBe('LPG_BUYER_NOT_REGISTERED');
    // Three members join, one leaves.
    const members = [];
    for (const n of [1, 2, 3])
      members.push(
        await a.manajer<{ id: string }>('members.create', { name: `Anggota ${n}`, nik: nikOf(40 + n), kelurahan: 'Graha Indah', joinDate: '2026-01-05' }),
      );
    await a.manajer('members.leave', { memberId: members[0]!.id, leaveDate: '2026-01-20', reason: 'pindah' });
    // Outlet b: a refusal and a member of its own, which the pendamping must not see.
    expect((await errorOf(b.sell({ nik: nikOf(98) }))).code).toBe('LPG_BUYER_NOT_REGISTERED');
    await b.manajer('members.create', { name: 'Anggota B', nik: nikOf(60), kelurahan: 'Karang Joang', joinDate: '2026-01-05' });
    await dinas('households.set', { kelurahan: 'Graha Indah', households: 412, targetPct: '10', validFrom: '2026-01-01' });

    expect((await sync(a)).code).toBe(0);
    expect((await sync(b)).code).toBe(0);

    const read = async () => ({
      refusals: await pendamping<Refusal[]>('dash.refusals', { from: '2026-01-01', to: '2026-01-31' }),
      stock: await pendamping<{ outletId: string; sku: string; onHandMilli: number; minMilli: number; receivedMilli: number; belowMinimum: boolean }[]>(
        'dash.stock',
        {
          month: '2026-01',
        },
      ),
      lpg: await pendamping<{ koperasiId: string; allocation: number | null; sold: number; mapPending: number }[]>('dash.lpgAllocation', { month: '2026-01' }),
      members: await pendamping<{ koperasiId: string; members: number; households: number | null; target: number | null }[]>('dash.members', {
        date: '2026-01-31',
      }),
      books: await pendamping<{ koperasiId: string; month: string; revenue: number; grossMargin: number; kasBank: number; equity: number }[]>('dash.books', {
        from: '2026-01',
        to: '2026-01',
      }),
    });
    const first = await read();
    expect(first.refusals).toEqual([
      { koperasiId: 'kkmp-graha-indah', ruleCode: 'LPG_BUYER_NOT_REGISTERED', refusals: 1, buyers: 1 },
      { koperasiId: 'kkmp-graha-indah', ruleCode: 'LPG_TX_LIMIT', refusals: 1, buyers: 1 },
    ]);
    const onHand = a.h.core.db.prepare('SELECT sum(qty_milli) FROM stock_moves WHERE product_id = ?').pluck().get(a.products.gula) as number;
    expect(first.stock.find((r) => r.sku === 'GULA-1')).toMatchObject({ outletId: outletIdOf(a), onHandMilli: onHand, minMilli: 250_000, belowMinimum: true });
    expect(first.stock.every((r) => r.outletId === outletIdOf(a))).toBe(true);
    expect(first.stock.find((r) => r.sku === 'SPHP-5')).toMatchObject({ receivedMilli: 19_000, minMilli: 0, belowMinimum: false });
    expect(first.lpg).toEqual([{ koperasiId: 'kkmp-graha-indah', allocation: 300, received: 56, sold: 1, mapPending: 1, mapRejected: 0 }]);
    expect(first.members).toEqual([
      {
        koperasiId: 'kkmp-graha-indah',
        koperasiName: 'KKMP Graha Indah',
        kelurahan: 'Graha Indah',
        members: 2,
        households: 412,
        targetPct: '10.00',
        target: 42,
      },
    ]);
    expect(first.books).toEqual([{ koperasiId: 'kkmp-graha-indah', month: '2026-01', ...outletBooks(a) }]);
    expect(first.books[0]!.revenue).toBeGreaterThan(0);

    // The pembulatan travels with the sale.
    const rounding = await central.db.query<{ rounding: string }>('SELECT rounding FROM sales WHERE outlet_id = $1 AND sale_id = $2', [
      outletIdOf(a),
      gula.saleId,
    ]);
    expect(Number(rounding[0]!.rounding)).toBe(a.h.core.db.prepare('SELECT rounding FROM sales WHERE id = ?').pluck().get(gula.saleId));
    expect(Number(rounding[0]!.rounding)).toBe(-500);

    // No NIK in clear at the pusat: the unregistered buyer is only its last four digits.
    const refusalFacts = await central.db.query<{ payload: { buyer_ref: string } }>("SELECT payload FROM facts WHERE kind = 'refusal' AND outlet_id = $1", [
      outletIdOf(a),
    ]);
    expect(refusalFacts.map((f) => f.payload.buyer_ref)).toContain(`****${nikOf(99).slice(-4)}`);
    const facts = await central.db.query<{ n: string }>("SELECT count(*) AS n FROM facts WHERE payload::text LIKE '%' || $1 || '%'", [nikOf(99)]);
    expect(Number(facts[0]!.n)).toBe(0);

    // A second sync and a replayed batch change no number.
    expect((await sync(a)).out).toContain('sent: 0');
    const body = buildBatch(a.h.core, outletIdOf(a), 0)!;
    const replay = await apiAt(url)<{ status: string }>('sync.push', {
      body,
      signature: signText(loadSyncKey(defaultSyncKeyFile(a.h.dbFile)), batchSigningText(body)),
    });
    expect(replay.status).toBe('duplicate');
    expect(await read()).toEqual(first);

    // A month without postings keeps kas, bank and equity where they stood.
    const twoMonths = await pendamping<{ month: string; revenue: number; kasBank: number; equity: number }[]>('dash.books', { from: '2026-01', to: '2026-02' });
    expect(twoMonths.map((r) => r.month)).toEqual(['2026-01', '2026-02']);
    expect(twoMonths[1]).toMatchObject({ revenue: 0, grossMargin: 0, kasBank: outletBooks(a).kasBank, equity: outletBooks(a).equity });

    // The dinas sees the kota: both koperasi.
    const kota = await dinas<Refusal[]>('dash.refusals', { from: '2026-01-01', to: '2026-01-31' });
    expect(kota.filter((r) => r.koperasiId === 'kkmp-karang-joang')).toEqual([
      { koperasiId: 'kkmp-karang-joang', ruleCode: 'LPG_BUYER_NOT_REGISTERED', refusals: 1, buyers: 1 },
    ]);
    const kotaMembers = await dinas<{ koperasiId: string; members: number; households: number | null }[]>('dash.members', { date: '2026-01-31' });
    expect(kotaMembers.find((m) => m.koperasiId === 'kkmp-karang-joang')).toMatchObject({ members: 1, households: null });
  }, 240_000);

  it('a member target needs the dinas: a pendamping may not set households', async () => {
    expect((await errorOf(pendamping('households.set', { kelurahan: 'Graha Indah', households: 1, targetPct: '10', validFrom: '2026-01-01' }))).code).toBe(
      'ROLE_FORBIDDEN',
    );
  });

  it('the Satgas XLSX reads back with the dashboard numbers, and the PDF names only the koperasi the caller may see', async () => {
    const xlsx = await dinas<{ filename: string; base64: string }>('report.satgas', { month: '2026-01', format: 'xlsx' });
    expect(xlsx.filename).toBe('laporan-satgas-balikpapan-2026-01.xlsx');
    const xlsxFile = join(dir, xlsx.filename);
    writeFileSync(xlsxFile, Buffer.from(xlsx.base64, 'base64'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxFile);
    const sheet = wb.getWorksheet('Koperasi')!;
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    const rowOf = (name: string) => {
      for (let i = 4; i <= sheet.rowCount; i++) {
        const values = (sheet.getRow(i).values as unknown[]).slice(1);
        if (values[0] === name) return Object.fromEntries(header.map((h, j) => [h as string, values[j]]));
      }
      return null;
    };
    const books = outletBooks(a);
    expect(rowOf('KKMP Graha Indah')).toMatchObject({
      Gerai: 1,
      'LPG terjual': 1,
      'Alokasi LPG': 300,
      'MAP tertunda': 1,
      Penolakan: 2,
      'Stok < min': 1,
      Anggota: 2,
      Target: 42,
      Pendapatan: books.revenue,
      'Kas + bank': books.kasBank,
      Ekuitas: books.equity,
    });
    expect(rowOf('KKMP Karang Joang')).toMatchObject({ Penolakan: 1, Anggota: 1 });
    const rules = wb.getWorksheet('Penolakan per aturan')!;
    expect(rules.rowCount).toBe(1 + 3);

    const pdf = await pendamping<{ filename: string; base64: string; mime: string }>('report.satgas', { month: '2026-01', format: 'pdf' });
    expect(pdf.mime).toBe('application/pdf');
    const file = join(dir, pdf.filename);
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Laporan Satgas KKMP — Balikpapan — Januari 2026');
    expect(text).toContain('KKMP Graha Indah');
    expect(text).toContain('Pembeli LPG belum terdaftar');
    expect(text).not.toContain('KKMP Karang Joang');
  });
});
