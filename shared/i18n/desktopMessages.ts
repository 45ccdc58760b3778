import type { MessageCatalog } from './errorMessages';

// First run and the desktop shell.
export const desktopMessages: MessageCatalog = {
  SETUP_ALREADY_DONE: { id: 'Gerai ini sudah disiapkan. Masuk dengan PIN admin.', en: 'This outlet is already set up. Log in with the admin PIN.' },
  SETUP_NOT_ON_LAN: { id: 'Siapkan gerai dulu di komputer ini (tanpa --lan), baru buka untuk jaringan.', en: 'Set the outlet up on this computer first (without --lan), then open it to the network.' },
  IPC_SENDER_REFUSED: { id: 'Permintaan ditolak: bukan dari layar Kasir KKMP.', en: 'Request refused: it did not come from the Kasir KKMP screen.' },
  KEY_SEALED_UNREADABLE: {
    id: 'Kunci data NIK di {path} tidak bisa dibuka oleh akun Windows/Linux ini. Masuk dengan akun yang sama seperti saat pemasangan, atau pulihkan dari cadangan.',
    en: 'The NIK data key in {path} cannot be opened by this Windows/Linux account. Log in as the account that installed the app, or restore from a backup.',
  },
};
