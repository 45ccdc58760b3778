import type { MessageCatalog } from './errorMessages';

// Printer and scanner problems, in words for the cashier: what happened and what to do.
export const printingMessages = {
  PRINTER_CONNECT_REFUSED: {
    id: 'Printer {printer} menolak sambungan. Periksa printer menyala dan alamatnya benar, lalu tekan "Cetak ulang".',
    en: 'Printer {printer} refused the connection. Check it is on and the address is right, then press "Reprint".',
  },
  PRINTER_CONNECT_TIMEOUT: {
    id: 'Printer {printer} tidak menjawab. Periksa kabel jaringan/daya, lalu tekan "Cetak ulang".',
    en: 'Printer {printer} does not answer. Check the network/power cable, then press "Reprint".',
  },
  PRINTER_UNREACHABLE: {
    id: 'Printer {printer} tidak ditemukan ({reason}). Periksa kabel dan pengaturan printer.',
    en: 'Printer {printer} not found ({reason}). Check the cable and the printer settings.',
  },
  PRINTER_DEVICE_DENIED: {
    id: 'Tidak ada izin menulis ke {printer}. Pengguna harus masuk grup lp (lihat panduan printer).',
    en: 'No permission to write to {printer}. The user must be in the lp group (see the printer guide).',
  },
  PRINTER_WRITE_TIMEOUT: {
    id: 'Printer {printer} berhenti di tengah pencetakan ({bytesWritten} dari {size} byte terkirim). Periksa kertas, lalu tekan "Cetak ulang".',
    en: 'Printer {printer} stopped mid-job ({bytesWritten} of {size} bytes sent). Check the paper, then press "Reprint".',
  },
  PRINTER_WRITE_FAILED: {
    id: 'Gagal mengirim ke printer {printer} ({reason}); {bytesWritten} byte terkirim. Tekan "Cetak ulang".',
    en: 'Sending to printer {printer} failed ({reason}); {bytesWritten} bytes sent. Press "Reprint".',
  },
  PRINTER_URI_INVALID: {
    id: 'Alamat printer "{uri}" tidak dikenal. Contoh: tcp://192.168.1.50:9100, file:/dev/usb/lp0, serial:/dev/ttyUSB0?baud=9600, windows:NAMA.',
    en: 'Unknown printer address "{uri}". Examples: tcp://192.168.1.50:9100, file:/dev/usb/lp0, serial:/dev/ttyUSB0?baud=9600, windows:NAME.',
  },
  PRINTER_BLE_UNSUPPORTED: {
    id: 'Printer Bluetooth Low Energy (BLE) "{uri}" belum didukung. Pakai printer Bluetooth biasa (SPP): pasangkan dulu, lalu pakai alamat serial:/dev/rfcomm0 (Linux) atau serial:COM5 (Windows).',
    en: 'Bluetooth Low Energy (BLE) printer "{uri}" is not supported yet. Use a classic Bluetooth (SPP) printer: pair it, then use serial:/dev/rfcomm0 (Linux) or serial:COM5 (Windows).',
  },
  PRINTER_TRANSPORT_UNAVAILABLE: {
    id: 'Jenis sambungan printer {transport} hanya tersedia di Windows.',
    en: 'The {transport} printer connection is only available on Windows.',
  },
  PRINTER_WIDTH_INVALID: { id: 'Lebar kertas harus 58 atau 80 mm.', en: 'Paper width must be 58 or 80 mm.' },
  PRINT_JOB_UNKNOWN: { id: 'Tugas cetak tidak ditemukan.', en: 'Print job not found.' },
  PRINT_NOTHING_YET: { id: 'Belum ada yang dicetak.', en: 'Nothing has been printed yet.' },
  SHIFT_UNKNOWN_FOR_PRINT: { id: 'Shift {shiftId} tidak ditemukan.', en: 'Shift {shiftId} not found.' },
  SCANNER_URI_INVALID: {
    id: 'Alamat pemindai "{uri}" tidak dikenal. Contoh: hid:auto, hid:0c2e:0b61, serial:/dev/ttyACM0?baud=9600.',
    en: 'Unknown scanner address "{uri}". Examples: hid:auto, hid:0c2e:0b61, serial:/dev/ttyACM0?baud=9600.',
  },
  SCANNER_NOT_FOUND: {
    id: 'Pemindai HID-POS tidak ditemukan. Periksa kabel USB dan mode pemindai (HID-POS, bukan keyboard).',
    en: 'No HID-POS scanner found. Check the USB cable and the scanner mode (HID-POS, not keyboard).',
  },
} satisfies MessageCatalog;
