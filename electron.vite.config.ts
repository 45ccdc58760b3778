// `npm run build`: the three bundles of the desktop app, without the Electron binary.
//   out/main/main.js        electron/app/main.ts and the whole core (router, services, db)
//   out/preload/preload.cjs electron/app/preload.ts (CommonJS: sandboxed preloads cannot be ESM)
//   out/renderer/           renderer/, built with the settings of renderer/vite.config.ts
// Dependencies stay external (loaded from node_modules inside app.asar); the native N-API modules
// (better-sqlite3, node-hid, serialport, koffi) must, and electron-builder unpacks them from asar.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import renderer from './renderer/vite.config';

const root = import.meta.dirname;
const NATIVE = ['better-sqlite3', 'node-hid', 'serialport', '@serialport/bindings-cpp', 'koffi'];

// Updates run code on the till: the feed must be https, or the build stops here.
function updateUrl(): string | null {
  const url = process.env.KKMP_UPDATE_URL;
  if (!url) return null;
  if (!/^https:\/\/[^/\s@]+/.test(url)) throw new Error(`KKMP_UPDATE_URL must be an https:// URL, not "${url}"`);
  return url;
}

export default defineConfig(({ command }) => ({
  main: {
    // Baked into the bundle: a production build has devTools off however it is packaged or started.
    define: { __KKMP_DEV_BUILD__: JSON.stringify(command === 'serve'), __KKMP_UPDATE_URL__: JSON.stringify(updateUrl()) },
    build: {
      outDir: resolve(root, 'out/main'),
      externalizeDeps: { include: NATIVE },
      rolldownOptions: { input: { main: resolve(root, 'electron/app/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      rolldownOptions: {
        input: { preload: resolve(root, 'electron/app/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: renderer.plugins,
    build: {
      ...renderer.build,
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
}));
