import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import { CROSS_ORIGIN_ISOLATION_HEADERS } from './src/config/cross-origin-isolation.ts';
import { LANGUAGES, manifestFile } from './src/i18n/languages.ts';
import { en } from './src/i18n/en.ts';
import { tr } from './src/i18n/tr.ts';
import { da } from './src/i18n/da.ts';
import { sk } from './src/i18n/sk.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// The built app's Content-Security-Policy. Only the build gets it: the dev server's hot reload
// injects an inline script that `script-src 'self'` would block.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Card pictures are object URLs of the files stored in IndexedDB (never a remote address).
  "img-src 'self' blob:",
  // Card sounds likewise: object URLs of stored files, played only when the learner asks.
  "media-src 'self' blob:",
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

const MANIFEST = {
  name: en.app.name,
  short_name: en.app.name,
  description: en.app.tagline,
  lang: 'en',
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
} satisfies Partial<ManifestOptions>;

// The manifest in every interface language (name, description and `lang` from the app's own
// strings), as static files beside vite-plugin-pwa's English `manifest.webmanifest`: the app
// points <link rel="manifest"> at the active language's when it sets the language
// (src/i18n/i18n.ts), and the service worker precaches them all, so it works offline too.
const MESSAGES = { en, tr, da, sk };
const localizedManifests: Plugin = {
  name: 'deckwright:localized-manifests',
  apply: 'build',
  generateBundle() {
    for (const language of LANGUAGES) {
      const { name, tagline } = MESSAGES[language].app;
      this.emitFile({
        type: 'asset',
        fileName: manifestFile(language),
        source: JSON.stringify({
          ...MANIFEST,
          name,
          short_name: name,
          description: tagline,
          lang: language,
        }),
      });
    }
  },
};

// Service worker (Workbox, our own src/app/service-worker.ts): precaches the app shell and the
// bundled decks (emitted as assets/*.json) so the app starts with no network after one visit,
// and adds the cross-origin isolation headers to what it serves. `prompt`: a new version waits
// until the learner chooses to reload (src/app/update-prompt.tsx), never mid-review.
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  strategies: 'injectManifest',
  srcDir: 'src/app',
  filename: 'service-worker.ts',
  includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
  manifest: MANIFEST,
  injectManifest: {
    // wasm: the FSRS optimizer (1.7 MB), so Optimize works offline too.
    globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest,wasm}'],
  },
});

// react-router's package exports only its development build (extra checks and warnings);
// production builds take the production build it ships beside it.
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

// workbox-window's package exports a build for old browsers; its modern build beside it is 1 KiB
// gzip smaller. (Dexie's modern build, 1.8 KiB smaller, is not used: with it the answer's p95
// rose in the bench, see docs/performance.md.)
const workboxWindowModern = fileURLToPath(
  new URL('./node_modules/workbox-window/build/workbox-window.prod.mjs', import.meta.url),
);

const MAIN_ENTRY = fileURLToPath(new URL('./src/app/main.tsx', import.meta.url));

/**
 * Whether module `id` loads with the first page: main.tsx imports it statically, directly or
 * through other modules (`firstPage` remembers the answers of one chunking pass).
 */
function onFirstPage(
  id: string,
  context: Rolldown.ChunkingContext,
  firstPage: Map<string, boolean>,
): boolean {
  const known = firstPage.get(id);
  if (known !== undefined) return known;
  firstPage.set(id, false); // an import cycle leads back here: undecided counts as no
  const importers = context.getModuleInfo(id)?.importers ?? [];
  const answer =
    id === MAIN_ENTRY || importers.some((importer) => onFirstPage(importer, context, firstPage));
  firstPage.set(id, answer);
  return answer;
}

export default defineConfig(({ mode }) => {
  const firstPageModules = new Map<string, boolean>();
  return {
    plugins: [react(), localizedManifests, pwa, contentSecurityPolicy],
    resolve: {
      alias:
        mode === 'production'
          ? [
              { find: /^react-router$/, replacement: reactRouterProduction },
              { find: /^workbox-window$/, replacement: workboxWindowModern },
            ]
          : [],
    },
    define: { __APP_VERSION__: JSON.stringify(version) },
    // Module workers: the optimizer's worker loads the WebAssembly build, which splits into chunks.
    worker: { format: 'es' },
    build: {
      // No module-preload polyfill (0.3 KiB gzip on the first page): Chromium, Firefox 115+ and
      // Safari 17+ preload modules themselves; an older Safari loads a lazy screen's chunks one
      // after another instead of together, and runs the same code.
      modulePreload: { polyfill: false },
      // Decks stay separate files even when small: fetched (and precached) on their own, never
      // inlined into the JavaScript as data URLs.
      assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
      rolldownOptions: {
        output: {
          // Everything the first page imports statically in one chunk beside the entry, rather
          // than in the eight the bundler makes by which lazy screens share what: one gzip
          // stream compresses React, Dexie and the app's code together (2 KiB less to load).
          codeSplitting: {
            groups: [
              {
                name: (id, context) =>
                  id !== MAIN_ENTRY && onFirstPage(id, context, firstPageModules)
                    ? 'first-page'
                    : null,
              },
            ],
          },
        },
      },
    },
    // Cross-origin isolated from the first visit here; on other hosts once the service worker
    // controls the page.
    server: { headers: CROSS_ORIGIN_ISOLATION_HEADERS },
    preview: { port: 4173, strictPort: true, headers: CROSS_ORIGIN_ISOLATION_HEADERS },
  };
});
