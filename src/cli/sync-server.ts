/**
 * `npm run sync-server`: a CouchDB-compatible server for trying sync and for the end-to-end tests
 * (PouchDB Server, in memory: everything is gone when it stops). It listens on 127.0.0.1 only,
 * on `PORT` (5984), with one administrator `SYNC_USER` / `SYNC_PASSWORD` (`deckwright` /
 * `deckwright`), CORS for the origins in `SYNC_ORIGINS` (comma-separated; default the app's
 * `npm start` address), and creates a database when the app first uses one. Its configuration
 * and log go to a temporary folder, removed on exit.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.PORT ?? 5984);
const user = process.env.SYNC_USER ?? 'deckwright';
const password = process.env.SYNC_PASSWORD ?? 'deckwright';
const origins = (process.env.SYNC_ORIGINS ?? 'http://localhost:4173,http://127.0.0.1:4173')
  .split(',')
  .map((origin) => origin.trim())
  .filter((origin) => origin !== '');

if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a port number (1–65535), not "${process.env.PORT ?? ''}".`);
  process.exit(1);
}

const folder = mkdtempSync(join(tmpdir(), 'deckwright-sync-'));
const config = {
  // Plain text here; the server stores it hashed, as CouchDB does.
  admins: { [user]: password },
  httpd: { enable_cors: true },
  cors: {
    origins: origins.join(', '),
    credentials: true,
    methods: 'GET, HEAD, POST, PUT, DELETE, COPY',
    headers: 'accept, authorization, content-type, origin, referer',
  },
  log: { file: join(folder, 'log.txt') },
};
writeFileSync(join(folder, 'config.json'), JSON.stringify(config));

const bin = createRequire(import.meta.url).resolve('pouchdb-server/bin/pouchdb-server');
const server = spawn(
  process.execPath,
  [
    bin,
    '--in-memory',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--config',
    join(folder, 'config.json'),
  ],
  { cwd: folder, stdio: ['ignore', 'inherit', 'inherit'] },
);
console.log(
  `Sync server on http://127.0.0.1:${String(port)} — user "${user}", CORS for ${origins.join(', ')}`,
);

function stop(): void {
  server.kill('SIGTERM');
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
  rmSync(folder, { recursive: true, force: true });
  process.exit(code ?? 0);
});
