import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// The built app's Content-Security-Policy. Only the build gets it: the dev server's hot reload
// injects an inline script that `script-src 'self'` would block.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  // Sync talks to the CouchDB server the learner names: any over HTTPS, plain HTTP on this
  // machine only (a development server such as `npm run sync-server`).
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const contentSecurityPolicy: Plugin = {
  name: 'deckwright:content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
};

// Service worker (Workbox): precaches the app shell and the bundled decks (emitted as
// assets/*.json) so the app starts with no network after one visit. `prompt`: a new version
// waits until the learner chooses to reload (src/app/update-prompt.tsx), never mid-review.
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
  manifest: {
    name: 'Deckwright',
    short_name: 'Deckwright',
    description: 'Offline flashcards generated from documents, scheduled by FSRS.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fbfbf8',
    theme_color: '#2457c5',
    icons: [
      { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
      { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
      { src: 'maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // wasm: the FSRS optimizer (1.7 MB), so Optimize works offline too.
    globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest,wasm}'],
    globIgnores: ['screenshot.png'],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

// react-router's package exports only its development build (extra checks and warnings);
// production builds take the production build it ships beside it.
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

export default defineConfig(({ mode }) => ({
  plugins: [react(), pwa, contentSecurityPolicy],
  resolve: {
    alias:
      mode === 'production' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : [],
  },
  define: { __APP_VERSION__: JSON.stringify(version) },
  // Module workers: the optimizer's worker loads the WebAssembly build, which splits into chunks.
  worker: { format: 'es' },
  build: {
    // Decks stay separate files even when small: fetched (and precached) on their own, never
    // inlined into the JavaScript as data URLs.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  preview: { port: 4173, strictPort: true },
}));
