// The demo gerai's shelf: Bulog staples at their HET/HAP, LPG 3 kg as sub-pangkalan (refill, empty
// cylinder, tabung + isi), Bright Gas (not subsidised), eggs by weight, and local goods with
// Indonesian 899 EAN-13 barcodes. Prices are Balikpapan examples, late 2026.
import { gs1CheckDigit, weightItemKey } from '../../../shared/barcode';
import type { NewProduct } from '../catalog/catalog';

/** A real-looking Indonesian EAN-13 (GS1 prefix 899 + company + item) as GTIN-14. */
export function ean899(item: string): string {
  const data = `899${item.padStart(9, '0')}`;
  return `0${data}${gs1CheckDigit(data)}`;
}

const FROM = '2026-01-01';

export interface DemoProduct extends NewProduct {
  /** Opening stock (milli) and its cost per unit. */
  stockMilli: number;
  cost: number;
  /** How often it is in a cart (relative) and how much a buyer takes: [min, max] milli, step. */
  popularity: number;
  qty: [number, number, number];
}

export const DEMO_CATEGORIES: { code: string; name: string; tax: 'TAXABLE' | 'EXEMPT' }[] = [
  { code: 'BERAS', name: 'Beras', tax: 'EXEMPT' },
  { code: 'SEMBAKO', name: 'Sembako', tax: 'TAXABLE' },
  { code: 'LPG', name: 'LPG', tax: 'TAXABLE' },
  { code: 'LOKAL', name: 'Produk lokal', tax: 'TAXABLE' },
  { code: 'HARIAN', name: 'Kebutuhan harian', tax: 'TAXABLE' },
];

const het = (amount: number, source: string) => [{ kind: 'HET' as const, amount, validFrom: FROM, source }];
const hap = (amount: number, source: string) => [{ kind: 'HAP' as const, amount, validFrom: FROM, source }];
const price = (amount: number) => ({ amount, validFrom: FROM });

export const DEMO_PRODUCTS: DemoProduct[] = [
  { sku: 'SPHP5', name: 'Beras SPHP 5 kg', unit: 'sak', soldBy: 'piece', categoryCode: 'BERAS', subsidyProgram: 'SPHP', packSizeMilli: 5000, barcodes: [ean899('100001')], price: price(65_500), ceilings: het(65_500, 'Bapanas zona 2 (Rp13.100/kg)'), stockMilli: 250_000, cost: 62_500, popularity: 6, qty: [1000, 2000, 1000] },
  { sku: 'MINYAK1', name: 'Minyakita 1 L', unit: 'pcs', soldBy: 'piece', categoryCode: 'SEMBAKO', subsidyProgram: 'MINYAKITA', packSizeMilli: 1000, barcodes: [ean899('100002')], price: price(15_700), ceilings: het(15_700, 'Permendag: Rp15.700/L'), stockMilli: 300_000, cost: 14_600, popularity: 8, qty: [1000, 2000, 1000] },
  { sku: 'MINYAK2', name: 'Minyakita 2 L', unit: 'pcs', soldBy: 'piece', categoryCode: 'SEMBAKO', subsidyProgram: 'MINYAKITA', packSizeMilli: 2000, barcodes: [ean899('100005')], price: price(31_400), ceilings: het(31_400, 'Permendag: Rp15.700/L'), stockMilli: 150_000, cost: 29_200, popularity: 4, qty: [1000, 1000, 1000] },
  { sku: 'GULA1', name: 'Gula pasir 1 kg', unit: 'pcs', soldBy: 'piece', categoryCode: 'SEMBAKO', barcodes: [ean899('100003')], price: price(17_000), ceilings: hap(17_500, 'Bapanas HAP gula konsumsi (Kalimantan)'), stockMilli: 250_000, cost: 16_000, popularity: 7, qty: [1000, 3000, 1000] },
  { sku: 'TEPUNG1', name: 'Tepung terigu 1 kg', unit: 'pcs', soldBy: 'piece', categoryCode: 'SEMBAKO', barcodes: [ean899('100004')], price: price(12_000), stockMilli: 150_000, cost: 10_500, popularity: 4, qty: [1000, 2000, 1000] },
  { sku: 'TELUR', name: 'Telur ayam (per kg)', unit: 'kg', soldBy: 'weight', categoryCode: 'SEMBAKO', barcodes: [weightItemKey('20', '00101')], price: price(28_500), stockMilli: 300_000, cost: 26_000, popularity: 7, qty: [250, 2000, 50] },
  { sku: 'LPG3', name: 'LPG 3 kg isi ulang', unit: 'tabung', soldBy: 'piece', categoryCode: 'LPG', subsidyProgram: 'LPG3', lpgKind: 'refill', barcodes: [ean899('200001')], price: price(19_000), ceilings: het(19_000, 'HET LPG 3 kg Kota Balikpapan'), stockMilli: 250_000, cost: 16_500, popularity: 0, qty: [1000, 1000, 1000] },
  { sku: 'LPG3-KOSONG', name: 'Tabung LPG 3 kg kosong', unit: 'tabung', soldBy: 'piece', categoryCode: 'LPG', subsidyProgram: 'LPG3', lpgKind: 'empty', barcodes: [ean899('200002')], price: null, stockMilli: 20_000, cost: 150_000, popularity: 0, qty: [1000, 1000, 1000] },
  { sku: 'LPG3-BARU', name: 'LPG 3 kg tabung + isi', unit: 'tabung', soldBy: 'piece', categoryCode: 'LPG', subsidyProgram: 'LPG3', lpgKind: 'full_new', barcodes: [ean899('200003')], price: price(185_000), stockMilli: 10_000, cost: 170_000, popularity: 0, qty: [1000, 1000, 1000] },
  { sku: 'BG55', name: 'Bright Gas 5,5 kg isi ulang', unit: 'tabung', soldBy: 'piece', categoryCode: 'LPG', barcodes: [ean899('200004')], price: price(105_000), stockMilli: 30_000, cost: 98_000, popularity: 1, qty: [1000, 1000, 1000] },
  { sku: 'AMPLANG', name: 'Amplang ikan tenggiri 250 g', unit: 'pcs', soldBy: 'piece', categoryCode: 'LOKAL', barcodes: [ean899('310001')], price: price(35_000), stockMilli: 120_000, cost: 28_000, popularity: 2, qty: [1000, 2000, 1000] },
  { sku: 'KOPI-BPN', name: 'Kopi bubuk Balikpapan 200 g', unit: 'pcs', soldBy: 'piece', categoryCode: 'LOKAL', barcodes: [ean899('310002')], price: price(25_000), stockMilli: 100_000, cost: 19_000, popularity: 2, qty: [1000, 1000, 1000] },
  { sku: 'KERIPIK', name: 'Keripik pisang Gunung Samarinda 200 g', unit: 'pcs', soldBy: 'piece', categoryCode: 'LOKAL', barcodes: [ean899('310003')], price: price(15_000), stockMilli: 150_000, cost: 11_000, popularity: 3, qty: [1000, 2000, 1000] },
  { sku: 'MIE-GRG', name: 'Mie instan goreng', unit: 'pcs', soldBy: 'piece', categoryCode: 'HARIAN', barcodes: [ean899('410001')], price: price(3_500), stockMilli: 600_000, cost: 2_900, popularity: 8, qty: [1000, 5000, 1000] },
  { sku: 'AIR600', name: 'Air mineral 600 ml', unit: 'pcs', soldBy: 'piece', categoryCode: 'HARIAN', barcodes: [ean899('410002')], price: price(4_000), stockMilli: 480_000, cost: 3_000, popularity: 6, qty: [1000, 6000, 1000] },
  { sku: 'TEH25', name: 'Teh celup isi 25', unit: 'pcs', soldBy: 'piece', categoryCode: 'HARIAN', barcodes: [ean899('410003')], price: price(7_500), stockMilli: 200_000, cost: 6_200, popularity: 3, qty: [1000, 2000, 1000] },
  { sku: 'KECAP', name: 'Kecap manis 520 ml', unit: 'pcs', soldBy: 'piece', categoryCode: 'HARIAN', barcodes: [ean899('410004')], price: price(23_000), stockMilli: 80_000, cost: 20_000, popularity: 2, qty: [1000, 1000, 1000] },
  { sku: 'GARAM', name: 'Garam beryodium 250 g', unit: 'pcs', soldBy: 'piece', categoryCode: 'HARIAN', barcodes: [ean899('410005')], price: price(3_000), stockMilli: 200_000, cost: 2_200, popularity: 3, qty: [1000, 2000, 1000] },
  { sku: 'SABUN', name: 'Sabun cuci piring 400 ml', unit: 'pcs', soldBy: 'piece', categoryCode: 'HARIAN', barcodes: [ean899('410006')], price: price(12_000), stockMilli: 120_000, cost: 9_800, popularity: 3, qty: [1000, 2000, 1000] },
];
