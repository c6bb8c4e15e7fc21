/**
 * Debian's Chromium driven by playwright-core, and the production build (dist/) served by
 * `vite preview` on a free localhost port: shared by the end-to-end tests and the benchmarks,
 * so both measure the same build the same way.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview, type PluginOption } from 'vite';
import { chromium, type Browser } from 'playwright-core';

/** The repository root. */
export const root = fileURLToPath(new URL('../../..', import.meta.url));

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags for a closed network: without the background-networking ones Chromium keeps trying to
// reach Google's hosts and floods the log with refused connections.
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Chromium binary in use (`CHROMIUM_PATH` or Debian's). */
export function chromiumPath(): string {
  return CHROMIUM;
}

/**
 * Launches headless Chromium with a fresh, temporary profile; `extraArgs` are appended to the
 * flags every run needs.
 */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export interface PreviewHandle {
  /** e.g. `http://127.0.0.1:41234`, no trailing slash. */
  baseUrl: string;
  close: () => Promise<void>;
}

export interface PreviewOptions {
  /** The build to serve, absolute; dist/ when omitted. */
  outDir?: string;
  /** Extra Vite plugins, e.g. middleware serving more files on the same origin. */
  plugins?: PluginOption[];
  /** How to make the build, for the error when it is missing. */
  missingBuildHint?: string;
  /** Host names besides localhost the server answers (Vite refuses other `Host` headers). */
  allowedHosts?: string[];
  /**
   * Serve the files as any static host does, without vite.config.ts (so without its
   * cross-origin isolation headers).
   */
  plainStatic?: boolean;
}

/**
 * Serves a production build with `vite preview` (the project's vite.config.ts plus `plugins`)
 * on a free port of 127.0.0.1.
 */
export async function servePreview(options: PreviewOptions = {}): Promise<PreviewHandle> {
  const outDir = options.outDir ?? `${root}/dist`;
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(
      `${outDir} holds no build: ${options.missingBuildHint ?? 'run `npx vite build`'}.`,
    );
  }
  const server = await preview({
    root,
    ...(options.plainStatic === true ? { configFile: false as const } : {}),
    logLevel: 'error',
    plugins: options.plugins ?? [],
    build: { outDir },
    preview: {
      port: 0,
      host: '127.0.0.1',
      strictPort: false,
      allowedHosts: options.allowedHosts ?? [],
    },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error('vite preview has no port');
  }
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  };
}
