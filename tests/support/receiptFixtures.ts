// A committed sale as the printing service hands it to the receipt model: rice with HET, a weighed
// line, an LPG 3 kg line with its registered buyer, cash with change.
import type { SaleReceiptInput } from '../../shared/receipt/saleReceipt';
import type { PaperWidth } from '../../shared/receipt/document';

export function sampleReceiptInput(width: PaperWidth, overrides: Partial<SaleReceiptInput> = {}): SaleReceiptInput {
  return {
    sale: {
      saleId: '019a0000-0000-7000-8000-000000000001',
      receiptNo: 'GI-20261120-0007',
      businessDate: '2026-11-20',
      createdAt: '2026-11-20T02:05:09Z',
      cashierId: 'u1',
      memberId: 'm1',
      status: 'completed',
      total: 131_000 + 16_375 + 19_000,
      paid: 200_000,
      change: 200_000 - (131_000 + 16_375 + 19_000),
      lines: [
        { lineNo: 1, productId: 'p1', sku: 'SPHP5', name: 'Beras SPHP Medium 5 kg Bulog “Stabilisasi Pasokan”', unit: 'sak', soldBy: 'piece', qtyMilli: 2000, unitPrice: 65_500, lineTotal: 131_000, ceilingKind: 'HET', ceilingAmount: 65_500, returnedQtyMilli: 0, subsidyProgram: 'SPHP', taxStatus: 'EXEMPT', buyer: null },
        { lineNo: 2, productId: 'p2', sku: 'GULA', name: 'Gula pasir curah', unit: 'kg', soldBy: 'weight', qtyMilli: 1250, unitPrice: 13_100, lineTotal: 16_375, ceilingKind: null, ceilingAmount: null, returnedQtyMilli: 0, subsidyProgram: 'NONE', taxStatus: 'TAXABLE', buyer: null },
        { lineNo: 3, productId: 'p3', sku: 'LPG3', name: 'LPG 3 kg isi ulang', unit: 'tabung', soldBy: 'piece', qtyMilli: 1000, unitPrice: 19_000, lineTotal: 19_000, ceilingKind: 'HET', ceilingAmount: 19_000, returnedQtyMilli: 0, subsidyProgram: 'LPG3', taxStatus: 'SPECIAL', buyer: { nikLast4: '1234', category: 'RT' } },
      ],
      payments: [{ method: 'cash', amount: 200_000, reference: null }],
      voidedAt: null,
      voidReason: null,
    },
    outlet: {
      name: 'Koperasi Kelurahan Merah Putih Gunung Samarinda',
      badanHukumNo: 'AHU-0012345.AH.01.29.TAHUN 2025',
      nib: '1234567890123',
      npwp: '01.234.567.8-721.000',
      address: 'Jl. Soekarno-Hatta Km 5, Gunung Samarinda, Balikpapan Utara',
      header: '',
      footer: 'Terima kasih — barang yang sudah dibeli tidak dapat ditukar',
      timeZone: 'Asia/Makassar',
    },
    texts: { subsidyNotice: 'Barang subsidi — dilarang diperjualbelikan kembali', lpgComplaint: 'Pengaduan LPG: Pertamina 135' },
    cashierName: 'Siti Aminah',
    memberNo: 'A-000123',
    width,
    copy: false,
    qr: true,
    tax: { isPkp: false, ppnRatePct: '11' },
    ...overrides,
  };
}
