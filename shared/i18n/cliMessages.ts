// The kkmp command line: its flags and subcommands.
import type { MessageCatalog } from './errorMessages';

export const cliMessages = {
  CLI_FLAG_REQUIRED: { id: 'Opsi {flag} wajib diisi.', en: 'Flag {flag} is required.' },
  CLI_FLAG_NEEDS_VALUE: { id: 'Opsi {flag} perlu nilai.', en: 'Flag {flag} needs a value.' },
  CLI_FLAG_INVALID: { id: 'Nilai {value} tidak valid untuk {flag}.', en: 'Invalid value {value} for {flag}.' },
  CLI_FLAG_DATE: { id: 'Opsi {flag} harus tanggal YYYY-MM-DD, bukan "{value}".', en: 'Flag {flag} must be a YYYY-MM-DD date, not "{value}".' },
  CLI_FLAG_CHOICE: { id: 'Opsi {flag} harus salah satu dari {choices}.', en: 'Flag {flag} must be one of {choices}.' },
  CLI_VALUE_INVALID: { id: 'Nilai {flag} tidak valid: "{value}".', en: 'Value of {flag} is invalid: "{value}".' },
  CLI_EXPORT_UNKNOWN: { id: 'Ekspor "{what}" tidak dikenal; yang ada: kartu-stok.', en: 'Unknown export "{what}"; available: kartu-stok.' },
  CLI_IMPORT_UNKNOWN: { id: 'Impor "{what}" tidak dikenal; yang ada: catalog.', en: 'Unknown import "{what}"; available: catalog.' },
} satisfies MessageCatalog;
