// Facts fixed when electron-vite builds the main bundle (see `define` in electron.vite.config.ts).
// Without the build (vitest imports this source) they are those of a production build.
declare const __KKMP_DEV_BUILD__: boolean | undefined;
declare const __KKMP_UPDATE_URL__: string | undefined;

export const DEV_BUILD: boolean = typeof __KKMP_DEV_BUILD__ === 'boolean' ? __KKMP_DEV_BUILD__ : false;
export const BUILT_UPDATE_URL: string | null = typeof __KKMP_UPDATE_URL__ === 'string' ? __KKMP_UPDATE_URL__ : null;
