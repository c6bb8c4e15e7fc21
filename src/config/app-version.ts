// Replaced by package.json's `version` at build time (vite.config.ts `define`); tests and tools
// that run the source without that replacement see the development marker instead.
declare const __APP_VERSION__: string | undefined;

/** The app's version, written into every backup so a file says which version made it. */
export const APP_VERSION: string =
  typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';
