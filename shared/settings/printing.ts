// The receipt printer, what the struk prints beside the sale, and the scanners.
import { z } from 'zod';
import { def, Flag, OUTLET_CHOICE, regulation, Text } from './define';

const CodeMode = z.enum(['auto', 'native', 'raster']);

export const printingSettings = {
  'printer.uri': def(
    Text,
    '',
    "Alamat printer struk ('' = tanpa printer, hanya pratinjau).",
    "Receipt printer address ('' = no printer, preview only).",
    OUTLET_CHOICE,
    false,
  ),
  'printer.width': def(z.union([z.literal(58), z.literal(80)]), 58, 'Lebar kertas struk (mm).', 'Receipt paper width (mm).', OUTLET_CHOICE, false),
  'printer.model': def(z.string().min(1), 'pos-5890', 'Model printer struk.', 'Receipt printer model.', OUTLET_CHOICE, false),
  'printer.codepage': def(z.string().min(1), 'auto', 'Kode halaman karakter printer.', "The printer's character code page.", OUTLET_CHOICE, false),
  // What the calibration page found out; 'auto' = what the model's printer profile says.
  'printer.font': def(
    z.enum(['auto', 'A', 'B']),
    'auto',
    'Huruf struk (A, B kecil, auto = menurut model).',
    'Receipt font (A, small B, auto = by model).',
    OUTLET_CHOICE,
    false,
  ),
  'printer.qr_mode': def(
    CodeMode,
    'auto',
    'Cara cetak QR: bawaan printer, gambar, atau otomatis.',
    'How QR codes print: built-in, image, or automatic.',
    OUTLET_CHOICE,
    false,
  ),
  'printer.barcode_mode': def(
    CodeMode,
    'auto',
    'Cara cetak barcode: bawaan printer, gambar, atau otomatis.',
    'How barcodes print: built-in, image, or automatic.',
    OUTLET_CHOICE,
    false,
  ),
  'printer.cut': def(
    z.enum(['auto', 'partial', 'full', 'none']),
    'auto',
    'Potong kertas: sebagian, penuh, tanpa potong, atau otomatis.',
    'Paper cut: partial, full, no cut, or automatic.',
    OUTLET_CHOICE,
    false,
  ),
  'receipt.qr': def(Flag, true, 'Cetak kode QR di struk.', 'Print a QR code on the receipt.', OUTLET_CHOICE, true),
  'receipt.subsidy_notice': def(
    Text,
    'Barang subsidi - dilarang diperjualbelikan kembali',
    'Peringatan barang subsidi di struk.',
    'Subsidised goods notice on the receipt.',
    regulation('Juknis SPHP 2025; Kepmen ESDM 37.K/MG.01/MEM.M/2023'),
    true,
  ),
  'receipt.lpg_complaint': def(
    Text,
    'Pengaduan LPG: Pertamina 135',
    'Nomor pengaduan LPG di struk.',
    'LPG complaint line on the receipt.',
    regulation('Pertamina Call Center 135'),
    true,
  ),
  'scanner.uris': def(z.array(z.string().min(1)), [], 'Pemindai serial/HID yang dibuka host.', 'Serial / HID scanners the host opens.', OUTLET_CHOICE, false),
};
