// Back-office screens: add one line per screen. The shell shows a screen in the menu to the roles
// listed, routes `#/office/<id>` to it, and gives it the session through useSession()/useApi()
// and the language through useI18n() (renderer/lib).
import type { ComponentType } from 'react';
import type { Role } from '../../shared/roles';
import { MembersScreen } from './MembersScreen';
import { ShuScreen } from './ShuScreen';
import { BooksScreen } from './BooksScreen';
import { APPROVER_ROLES, MANAGER_ROLES } from '../../shared/roles';
import { DeliveriesScreen } from './DeliveriesScreen';
import { KartuStokScreen } from './KartuStokScreen';
import { OpnameScreen } from './OpnameScreen';
import { PaymentsScreen } from './PaymentsScreen';
import { PrinterScreen } from './PrinterScreen';
import { ProductsScreen } from './ProductsScreen';
import { ReportsScreen } from './ReportsScreen';
import { SyncScreen } from './SyncScreen';
import { RulesScreen } from './RulesScreen';
import { UsersSettingsScreen } from './UsersSettingsScreen';
import { SecurityScreen } from './SecurityScreen';

export interface OfficeScreen {
  id: string;
  titleId: string;
  titleEn: string;
  roles: readonly Role[];
  component: ComponentType;
}

export const officeScreens: OfficeScreen[] = [
  { id: 'members', titleId: 'Anggota', titleEn: 'Members', roles: APPROVER_ROLES, component: MembersScreen },
  { id: 'shu', titleId: 'SHU', titleEn: 'SHU', roles: APPROVER_ROLES, component: ShuScreen },
  { id: 'products', titleId: 'Barang & harga', titleEn: 'Products & prices', roles: MANAGER_ROLES, component: ProductsScreen },
  { id: 'deliveries', titleId: 'Penerimaan', titleEn: 'Deliveries', roles: MANAGER_ROLES, component: DeliveriesScreen },
  { id: 'opname', titleId: 'Stok opname', titleEn: 'Stock count', roles: APPROVER_ROLES, component: OpnameScreen },
  { id: 'kartu-stok', titleId: 'Kartu stok', titleEn: 'Stock card', roles: MANAGER_ROLES, component: KartuStokScreen },
  { id: 'books', titleId: 'Buku & keuangan', titleEn: 'Books & finance', roles: MANAGER_ROLES, component: BooksScreen },
  { id: 'reports', titleId: 'Laporan', titleEn: 'Reports', roles: MANAGER_ROLES, component: ReportsScreen },
  { id: 'payments', titleId: 'Pembayaran', titleEn: 'Payments', roles: MANAGER_ROLES, component: PaymentsScreen },
  { id: 'rules', titleId: 'Aturan koperasi', titleEn: 'Koperasi rules', roles: MANAGER_ROLES, component: RulesScreen },
  { id: 'printer', titleId: 'Printer & kalibrasi', titleEn: 'Printer & calibration', roles: MANAGER_ROLES, component: PrinterScreen },
  { id: 'sync', titleId: 'Sinkronisasi pusat', titleEn: 'Pusat sync', roles: MANAGER_ROLES, component: SyncScreen },
  { id: 'security', titleId: 'Keamanan', titleEn: 'Security', roles: MANAGER_ROLES, component: SecurityScreen },
  { id: 'settings', titleId: 'Pengguna & pengaturan', titleEn: 'Users & settings', roles: ['admin'], component: UsersSettingsScreen },
];
