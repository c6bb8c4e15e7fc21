import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, servePreview } from '../helpers/node/chromium.ts';

export interface E2E {
  baseUrl: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/**
 * Serves the production build (dist/, made by `npm run test:e2e` before the tests) on a free
 * localhost port and opens a fresh browser profile on it. `plainStatic`: without the preview
 * server's cross-origin isolation headers, as a static host serves it.
 */
export async function startE2E(options: { plainStatic?: boolean } = {}): Promise<E2E> {
  const server = await servePreview({
    missingBuildHint: 'run `npm run test:e2e`, which builds first',
    plainStatic: options.plainStatic ?? false,
  });
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  return {
    baseUrl: server.baseUrl,
    browser,
    context,
    page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
