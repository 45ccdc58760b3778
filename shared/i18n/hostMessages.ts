// The host and its transports: the router, HTTP, the desktop bridge.
import type { MessageCatalog } from './errorMessages';

export const hostMessages = {
  INTERNAL: {
    id: 'Terjadi kesalahan di sistem. Coba lagi; bila berulang, hubungi admin.',
    en: 'A system error occurred. Try again; if it repeats, call the admin.',
  },
  METHOD_UNKNOWN: { id: 'Perintah {method} tidak dikenal.', en: 'Unknown method {method}.' },
  METHOD_NOT_ALLOWED: { id: 'Permintaan ke server kasir harus memakai POST.', en: 'Requests to the cashier server must use POST.' },
  INPUT_INVALID: { id: 'Periksa isian: {problem}.', en: 'Check the input: {problem}.' },
  OUTPUT_INVALID: {
    id: 'Jawaban sistem untuk {method} tidak sesuai kontrak ({problem}). Hubungi admin.',
    en: 'The answer of {method} does not match its contract ({problem}). Call the admin.',
  },
  METHOD_SYSTEM_ONLY: {
    id: 'Perintah {method} hanya untuk baris perintah kkmp atau aplikasi desktop di komputer gerai.',
    en: 'Method {method} is only for the kkmp command line or the desktop app on the shop PC.',
  },
  SYSTEM_CALLER_UNSUPPORTED: {
    id: 'Perintah {method} perlu pengguna yang masuk dengan PIN; {caller} tidak bisa menjalankannya.',
    en: 'Method {method} needs a user logged in with a PIN; {caller} cannot run it.',
  },
  INPUT_TOO_LARGE: { id: 'Data terlalu besar.', en: 'Input too large.' },
  IPC_SENDER_REFUSED: { id: 'Permintaan ditolak: bukan dari layar Kasir KKMP.', en: 'Request refused: it did not come from the Kasir KKMP screen.' },
  HOST_UNREACHABLE: {
    id: 'Server kasir tidak bisa dihubungi. Periksa kabel/jaringan atau aplikasi server, lalu coba lagi.',
    en: 'The cashier server cannot be reached. Check the cable/network or the server app, then try again.',
  },
} satisfies MessageCatalog;
