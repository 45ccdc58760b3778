// The application menu, in Bahasa Indonesia. Plain data (Electron's MenuItemConstructorOptions
// shape) so it can be checked without Electron; electron/app binds the commands to actions.
export type MenuCommand = 'backup' | 'openDataFolder' | 'checkUpdates' | 'installUpdate' | 'about';

export interface MenuItemSpec {
  label?: string;
  role?: string;
  type?: 'separator';
  accelerator?: string;
  command?: MenuCommand;
  submenu?: MenuItemSpec[];
}

export function menuTemplate(options: { devTools: boolean }): MenuItemSpec[] {
  return [
    {
      label: 'Berkas',
      submenu: [
        { label: 'Cadangkan data…', command: 'backup' },
        { label: 'Buka folder data', command: 'openDataFolder' },
        { type: 'separator' },
        { label: 'Keluar', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { label: 'Urungkan', role: 'undo' },
        { label: 'Ulangi', role: 'redo' },
        { type: 'separator' },
        { label: 'Potong', role: 'cut' },
        { label: 'Salin', role: 'copy' },
        { label: 'Tempel', role: 'paste' },
        { label: 'Pilih semua', role: 'selectAll' },
      ],
    },
    {
      label: 'Tampilan',
      submenu: [
        { label: 'Muat ulang', role: 'reload' },
        { label: 'Perbesar', role: 'zoomIn' },
        { label: 'Perkecil', role: 'zoomOut' },
        { label: 'Ukuran normal', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Layar penuh', role: 'togglefullscreen' },
        ...(options.devTools ? [{ label: 'Alat pengembang', role: 'toggleDevTools' }] : []),
      ],
    },
    {
      label: 'Bantuan',
      submenu: [
        { label: 'Periksa pembaruan', command: 'checkUpdates' },
        { label: 'Pasang pembaruan sekarang', command: 'installUpdate' },
        { type: 'separator' },
        { label: 'Tentang Kasir KKMP', command: 'about' },
      ],
    },
  ];
}
