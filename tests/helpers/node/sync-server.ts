import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { root } from './chromium.ts';

/** A port nothing listens on now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (typeof address === 'object' && address !== null) resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/**
 * Starts the repo's own sync server (`npm run sync-server`, PouchDB Server in memory) on `port`,
 * allowing `origin`, and resolves once it answers.
 */
export async function startSyncServer(port: number, origin: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/sync-server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), SYNC_ORIGINS: origin },
    stdio: 'ignore',
  });
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${String(port)}/`);
      if (response.ok) return child;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error('the sync server did not start');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
