import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, servePreview } from '../helpers/node/chromium.ts';

export interface E2E {
  baseUrl: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

export type Served = Pick<E2E, 'baseUrl' | 'browser' | 'close'>;

export interface ServeOptions {
  plainStatic?: boolean;
}

/**
 * Serves the production build (dist/, made by `npm run test:e2e` before the tests) on a free
 * localhost port and launches Chromium, for tests that open contexts of their own (a locale,
 * a phone). `plainStatic`: without the preview server's cross-origin isolation headers, as a
 * static host serves it.
 */
export async function serveAndLaunch(options: ServeOptions = {}): Promise<Served> {
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
  return {
    baseUrl: server.baseUrl,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** `serveAndLaunch`, with a fresh browser profile open on the app. */
export async function startE2E(options: ServeOptions = {}): Promise<E2E> {
  const served = await serveAndLaunch(options);
  const context = await served.browser.newContext();
  const page = await context.newPage();
  return { ...served, context, page };
}
