import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSaleReceipt } from '../../shared/receipt/saleReceipt';
import { documentText, type PaperWidth } from '../../shared/receipt/document';
import { toAscii } from '../../shared/receipt/ascii';
import { leftRight, wrap } from '../../shared/receipt/layout';
import { buildZReport } from '../../shared/receipt/zReport';
import { buildMemberCard, buildShuSlip } from '../../shared/receipt/memberSlips';
import { buildTestPage, ruler } from '../../shared/receipt/testPage';
import { sampleReceiptInput } from '../support/receiptFixtures';

describe.each([58, 80] as PaperWidth[])('sale receipt on %i mm paper', (width) => {
  const cols = width === 58 ? 32 : 48;
  const doc = buildSaleReceipt(sampleReceiptInput(width));
  const text = documentText(doc);
  const all = text.join('\n');

  it(`never has a line wider than ${cols} columns and is plain ASCII`, () => {
    expect(doc.columns).toBe(cols);
    for (const l of text) {
      expect(l.length).toBeLessThanOrEqual(cols);
      expect(l).toMatch(/^[\x20-\x7e]*$/);
    }
  });

  it('carries the koperasi identity, receipt number, WITA time and cashier', () => {
    const flat = text.map((l) => l.trim()).join(' ');
    expect(flat).toContain('BH: AHU-0012345.AH.01.29.TAHUN 2025');
    expect(all).toContain('NIB: 1234567890123');
    expect(text.some((l) => l.startsWith('No') && l.endsWith('GI-20261120-0007'))).toBe(true);
    // dd/mm/yyyy as an Indonesian buyer reads it, never the ISO order the core stores
    expect(text.find((l) => l.startsWith('Waktu'))).toMatch(/ 20\/11\/2026 10:05:09 WITA$/);
    expect(all).not.toContain('2026-11-20');
    expect(text.some((l) => l.startsWith('Kasir') && l.endsWith('Siti Aminah'))).toBe(true);
  });

  it('prints qty x unit price and line total, weighed lines in kg, HET notes', () => {
    expect(text).toContain(`  2 sak x Rp65.500${' '.repeat(cols - 17 - 10)}Rp131.000`);
    expect(text.some((l) => l.startsWith('  1,25 kg x Rp13.100') && l.endsWith('Rp16.375'))).toBe(true);
    expect(text).toContain('  HET Rp65.500');
    expect(text).toContain('  HET Rp19.000');
    // the long, quoted rice name is wrapped and transliterated, not cut
    expect(all.replace(/\n/g, ' ')).toContain('Beras SPHP Medium 5 kg Bulog "Stabilisasi Pasokan"');
  });

  it('shows totals, payment, change and member number', () => {
    expect(text.find((l) => l.startsWith('TOTAL'))).toMatch(/Rp166\.375$/);
    expect(text.find((l) => l.startsWith('Tunai'))).toMatch(/Rp200\.000$/);
    expect(text.find((l) => l.startsWith('Kembali'))).toMatch(/Rp33\.625$/);
    expect(text.find((l) => l.startsWith('No. anggota'))).toMatch(/A-000123$/);
  });

  it('masks the LPG buyer NIK and prints the subsidy notice and Pertamina 135', () => {
    expect(text).toContain('  NIK ****1234 (RT)');
    expect(all.replace(/\n\s*/g, ' ')).toContain('Barang subsidi - dilarang diperjualbelikan kembali');
    expect(all).toContain('Pengaduan LPG: Pertamina 135');
  });

  it('prints no PPN when the koperasi is not PKP; PKP adds NPWP, DPP and PPN', () => {
    expect(all).not.toMatch(/PPN|NPWP/);
    const pkp = documentText(buildSaleReceipt(sampleReceiptInput(width, { tax: { isPkp: true, ppnRatePct: '11' } })));
    expect(pkp.join('\n')).toContain('NPWP: 01.234.567.8-721.000');
    // only the sugar line (Rp16.375) is taxable: PPN = 16375 x 11/111 = 1622.7 -> Rp1.623
    expect(pkp.find((l) => l.startsWith('PPN 11%'))).toMatch(/Rp1\.623$/);
    expect(pkp.find((l) => l.startsWith('DPP'))).toMatch(/Rp14\.752$/);
  });

  it('ends with a QR of the receipt number, a cut, and a drawer kick for cash', () => {
    expect(doc.blocks.filter((b) => b.kind === 'qr')).toEqual([{ kind: 'qr', data: 'GI-20261120-0007' }]);
    expect(doc.cut).toBe(true);
    expect(doc.openDrawer).toBe(true);
  });

  it('marks a reprint SALINAN / COPY and does not open the drawer', () => {
    const copy = buildSaleReceipt(sampleReceiptInput(width, { copy: true }));
    const lines = documentText(copy).map((l) => l.trim());
    expect(lines[0]).toBe('*** SALINAN / COPY ***');
    expect(lines.filter((l) => l === '*** SALINAN / COPY ***')).toHaveLength(2);
    expect(copy.openDrawer).toBe(false);
  });
});

describe('layout helpers', () => {
  it('transliterates quotes, dashes and accents to ASCII', () => {
    expect(toAscii('“Kopi” – café ‘Ñoño’ … ×2')).toBe('"Kopi" - cafe \'Nono\' ... x2');
  });

  it('wraps and pairs any text within the width (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.string({ maxLength: 40 }), fc.integer({ min: 8, max: 48 }), (left, right, width) => {
        for (const l of [...wrap(left, width), ...leftRight(left, right, width)]) expect(l.length).toBeLessThanOrEqual(width);
      }),
    );
  });
});

describe('other paper', () => {
  it('Z report lays out sales by method, voids and expected vs counted cash', () => {
    const z = buildZReport(
      {
        shiftId: 's1',
        outletName: 'KKMP Gunung Samarinda',
        terminal: 'POS-1',
        businessDate: '2026-11-20',
        openedAt: '2026-11-20T00:00:00Z',
        openedBy: { displayName: 'Siti' },
        closedAt: '2026-11-20T09:00:00Z',
        closedBy: { displayName: 'Budi' },
        sales: {
          count: 12,
          total: 1_500_000,
          byMethod: { cash: 1_200_000, qris: 300_000, transfer: 0 },
          firstReceiptNo: 'GI-20261120-0001',
          lastReceiptNo: 'GI-20261120-0012',
        },
        voids: { count: 1, total: 19_000 },
        returns: { count: 0, total: 0 },
        netSales: 1_481_000,
        rounding: { net: 0 },
        cash: {
          openingFloat: 200_000,
          cashTendered: 1_300_000,
          changeGiven: 100_000,
          cashRefunds: 19_000,
          expected: 1_381_000,
          counted: 1_380_000,
          difference: -1_000,
        },
        perCashier: [{ displayName: 'Siti', salesCount: 12, salesTotal: 1_500_000 }],
      },
      { width: 58, timeZone: 'Asia/Makassar' },
    );
    const t = documentText(z);
    expect(t.find((l) => l.startsWith('  QRIS'))).toMatch(/Rp300\.000$/);
    expect(t.find((l) => l.startsWith('Kas seharusnya'))).toMatch(/Rp1\.381\.000$/);
    expect(t.find((l) => l.startsWith('Selisih (kurang)'))).toMatch(/-Rp1\.000$/);
    // 00:00Z and 09:00Z are 08:00 and 17:00 in Balikpapan (WITA, UTC+8)
    expect(t.find((l) => l.startsWith('Tanggal'))).toMatch(/ 20\/11\/2026$/);
    expect(t.find((l) => l.startsWith('Buka'))).toMatch(/ 20\/11\/2026 08:00:00 WITA$/);
    expect(t.find((l) => l.startsWith('Tutup'))).toMatch(/ 20\/11\/2026 17:00:00 WITA$/);
    expect(t.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    for (const l of t) expect(l.length).toBeLessThanOrEqual(32);
  });

  it('SHU slip and member card (with a CODE128 barcode of the card code)', () => {
    const slip = documentText(
      buildShuSlip(
        {
          outletName: 'KKMP',
          year: 2026,
          memberNo: 'A-1',
          memberName: 'Budi',
          purchases: 2_000_000,
          savings: 500_000,
          jasaUsaha: 40_000,
          jasaModal: 10_000,
          total: 50_000,
        },
        80,
      ),
    );
    expect(slip.find((l) => l.startsWith('TOTAL SHU'))).toMatch(/Rp50\.000$/);
    const card = buildMemberCard({ outletName: 'KKMP', memberNo: 'A-1', memberName: 'Budi', cardCode: 'M0000001', joinDate: '2026-01-05' }, 58);
    expect(card.blocks).toContainEqual({ kind: 'barcode', symbology: 'code128', data: 'M0000001' });
    expect(documentText(card).find((l) => l.startsWith('Sejak'))).toMatch(/ 05\/01\/2026$/);
  });

  it('test page ruler is exactly as wide as the paper', () => {
    expect(ruler(32)).toHaveLength(32);
    expect(documentText(buildTestPage({ width: 80, printer: 'tcp://x', at: 'now' }))).toContain(ruler(48));
  });
});
