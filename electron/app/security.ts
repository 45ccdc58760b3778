// Locks the browser side down: no permission, device chooser, navigation, new window or webview
// beyond what electron/host/desktop/webPolicy.ts allows. Applied to the default session and to
// every webContents ever created, so nothing opened later escapes it.
import { app, session, type Session } from 'electron';
import { downloadAllowed, navigationAllowed, permissionAllowed } from '../host/desktop/webPolicy';

export function hardenSession(ses: Session = session.defaultSession): void {
  ses.setPermissionRequestHandler((_wc, permission, callback, details) => callback(permissionAllowed(permission, details.requestingUrl)));
  ses.setPermissionCheckHandler((_wc, permission, requestingOrigin) => permissionAllowed(permission, requestingOrigin));
  // Scanners and printers are driven from the main process (drivers/), never via WebHID/WebSerial/WebUSB.
  ses.setDevicePermissionHandler(() => false);
  ses.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback(null);
  });
  ses.on('select-serial-port', (event, _ports, _wc, callback) => {
    event.preventDefault();
    callback('');
  });
  ses.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  // Exports the renderer saves as a blob get the usual save dialog; nothing else downloads.
  ses.on('will-download', (event, item) => {
    if (!downloadAllowed(item.getURL())) event.preventDefault();
  });
}

export function hardenAllWebContents(devServerUrl: string | null): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!navigationAllowed(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!navigationAllowed(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
