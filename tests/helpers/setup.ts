import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { changeLanguage } from '../../src/i18n/i18n.ts';

// The app loads its language before it renders (main.tsx); tests render in English.
beforeAll(async () => {
  await changeLanguage('en');
});

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});

// jsdom's Blob has no arrayBuffer() (every browser has); read it the older way, as jsdom can.
if (typeof Blob !== 'undefined' && !('arrayBuffer' in Blob.prototype)) {
  Object.defineProperty(Blob.prototype, 'arrayBuffer', {
    value(this: Blob): Promise<ArrayBuffer> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => {
          resolve(reader.result as ArrayBuffer);
        };
        reader.onerror = () => {
          reject(reader.error ?? new Error('read failed'));
        };
        reader.readAsArrayBuffer(this);
      });
    },
  });
}
