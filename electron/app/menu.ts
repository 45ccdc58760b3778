// Binds the Indonesian menu (electron/host/desktop/menuTemplate.ts) to its actions.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { menuTemplate, type MenuCommand, type MenuItemSpec } from '../host/desktop/menuTemplate';

export function installMenu(devTools: boolean, run: (command: MenuCommand) => void): void {
  const build = (items: MenuItemSpec[]): MenuItemConstructorOptions[] =>
    items.map(({ command, submenu, role, ...rest }) => ({
      ...rest,
      ...(role ? { role: role as MenuItemConstructorOptions['role'] } : {}),
      ...(submenu ? { submenu: build(submenu) } : {}),
      ...(command ? { click: () => run(command) } : {}),
    }));
  Menu.setApplicationMenu(Menu.buildFromTemplate(build(menuTemplate({ devTools }))));
}
