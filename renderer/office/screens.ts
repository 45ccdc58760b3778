// Back-office screens: add one line per screen. The shell shows a screen in the menu to the roles
// listed, routes `#/office/<id>` to it, and gives it the session through useSession()/useApi()
// and the language through useI18n() (renderer/lib).
import type { ComponentType } from 'react';
import type { Role } from '../../shared/roles';
import { APPROVER_ROLES } from '../../shared/roles';
import { MembersScreen } from './MembersScreen';
import { ShuScreen } from './ShuScreen';

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
];
