import { defineConfig } from 'vite';
import { BENCH_PAGE_BASE, pageBuildDir, pageSourceDir } from './bench-paths.ts';

// The bench page alone (no React, no service worker), under its own base path so the preview
// server can serve it beside the app build and both share the origin's IndexedDB.
export default defineConfig({
  root: pageSourceDir,
  base: BENCH_PAGE_BASE,
  logLevel: 'warn',
  build: { outDir: pageBuildDir, emptyOutDir: true, sourcemap: true },
  // As the app's config: the optimizer's worker loads a WebAssembly build that splits into chunks.
  worker: { format: 'es' },
});
