// The product catalog: scans at the counter, the office catalog screen and its import.
import type { MessageCatalog } from './errorMessages';

export const catalogMessages = {
  SCAN_INVALID: { id: 'Kode tidak terbaca ({reason}). Pindai ulang atau ketik kodenya.', en: 'Code not readable ({reason}). Scan again or type the code.' },
  CATALOG_NOT_FOUND: { id: 'Barang dengan kode {code} tidak ditemukan.', en: 'No product with code {code}.' },
  BARCODE_UNKNOWN: { id: 'Barcode {barcode} tidak dikenal.', en: 'Unknown barcode {barcode}.' },
  SKU_UNKNOWN: { id: 'Kode barang {sku} tidak ditemukan.', en: 'Product code {sku} not found.' },
  SKU_TAKEN: { id: 'Kode barang {sku} sudah dipakai.', en: 'Product code {sku} is already used.' },
  CATEGORY_UNKNOWN: { id: 'Kategori {code} tidak dikenal.', en: 'Unknown category {code}.' },
  BARCODE_INVALID: {
    id: 'Barcode {barcode} tidak valid (digit periksa salah atau bukan EAN/UPC).',
    en: 'Barcode {barcode} is not valid (wrong check digit or not EAN/UPC).',
  },
  BARCODE_TAKEN: { id: 'Barcode {barcode} sudah dipakai barang {sku}.', en: 'Barcode {barcode} is already used by {sku}.' },
  HET_BELOW_PRICE: {
    id: 'HET {het} di bawah harga jual {price} yang berlaku {date} untuk {sku}; turunkan harga jual dulu.',
    en: 'HET {het} is below the selling price {price} in force on {date} for {sku}; lower the price first.',
  },
  IMPORT_FILE_TYPE: { id: 'File {fileName} bukan CSV atau XLSX.', en: 'File {fileName} is not CSV or XLSX.' },
  IMPORT_EMPTY: { id: 'File tidak berisi baris data.', en: 'The file has no data rows.' },
  IMPORT_COLUMN_MISSING: { id: 'Kolom "{column}" tidak ada di baris judul.', en: 'Column "{column}" is missing from the header row.' },
  IMPORT_REQUIRED: { id: 'Kolom {column} wajib diisi untuk barang baru.', en: 'Column {column} is required for a new product.' },
  IMPORT_VALUE_INVALID: { id: 'Nilai "{value}" di kolom {column} tidak valid.', en: 'Value "{value}" in column {column} is not valid.' },
  IMPORT_DUPLICATE_SKU: { id: 'Kode {sku} muncul lebih dari sekali di file.', en: 'Code {sku} appears more than once in the file.' },
} satisfies MessageCatalog;
