/**
 * The two response headers that make a page cross-origin isolated (`crossOriginIsolated`), which
 * browsers require before a page may share memory between threads (`SharedArrayBuffer`, shared
 * WebAssembly memory passed to another thread) — what the optimizer's progress reading needs.
 * The dev and preview servers send them (vite.config.ts), and the service worker adds them to
 * every response it serves, so the installed app is isolated on any static host.
 *
 * `require-corp` rather than `credentialless`: Safari supports only the former, and the app
 * loads nothing from other origins (its Content-Security-Policy allows only 'self').
 */
export const CROSS_ORIGIN_ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
} as const;
