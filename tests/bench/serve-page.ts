/**
 * A `vite preview` plugin serving the bench page's build under its base path, so the page and
 * the app build share one origin (and so one IndexedDB) without the page entering dist/.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export function servePageBuild(base: string, dir: string): Plugin {
  const prefix = base.replace(/\/$/, '');
  return {
    name: 'deckwright:bench-page',
    configurePreviewServer(server) {
      server.middlewares.use(prefix, (request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
        const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
        if (!file.startsWith(`${normalize(dir)}${sep}`)) {
          next();
          return;
        }
        readFile(file).then(
          (body) => {
            response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
            response.setHeader('Cache-Control', 'no-store');
            response.end(body);
          },
          () => {
            response.statusCode = 404;
            response.end(`not found: ${path}`);
          },
        );
      });
    },
  };
}
