import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    // Decks stay separate files even when small: fetched (and precached) on their own, never
    // inlined into the JavaScript as data URLs.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  preview: { port: 4173, strictPort: true },
});
