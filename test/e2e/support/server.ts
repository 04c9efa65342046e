import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Certificate } from './certificate';
import { PAGES_PATH, pageBundle, pageShell } from './pages';
import { findRoute, isAppRoute } from './routes';

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures', import.meta.url));
const HARNESS_PATH = '/__fixture/harness.js';
const HARNESS_TAG = `<script src="${HARNESS_PATH}"></script>`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
};

export interface ServedRequest {
  host: string;
  path: string;
  method: string;
  status: number;
}

export interface FixtureServer {
  port: number;
  /** Every request the server answered, in order. */
  readonly requests: readonly ServedRequest[];
  /** Every HTML page served (as served, harness included): what a page loads on its own is named in it. */
  readonly pages: ReadonlySet<string>;
  close(): Promise<void>;
}

/** The page with the harness script before `</body>`, unless it already loads it. */
export function withHarness(html: string): string {
  if (html.includes(HARNESS_PATH)) return html;
  const end = html.search(/<\/body>(?![\s\S]*<\/body>)/i);
  return end < 0 ? `${html}\n${HARNESS_TAG}\n` : `${html.slice(0, end)}${HARNESS_TAG}\n${html.slice(end)}`;
}

function fixtureFile(file: string): string {
  const full = resolve(FIXTURES_DIR, file);
  if (!full.startsWith(FIXTURES_DIR + sep)) throw new Error(`Route file outside test/fixtures: ${file}`);
  return full;
}

/**
 * The local HTTPS server Chromium reaches for every platform host (see
 * browser.ts): fixture pages by host and path from routes.ts, the harness at
 * /__fixture/harness.js, 404 for anything else. Listens on 127.0.0.1 only.
 */
export async function startFixtureServer(cert: Certificate): Promise<FixtureServer> {
  const [key, certificate] = await Promise.all([readFile(cert.keyFile), readFile(cert.certFile)]);
  const requests: ServedRequest[] = [];
  const pages = new Set<string>();
  const server: Server = createServer({ key, cert: certificate }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = req.url ?? '/';
    const answer = (status: number, type: string, body: string | Buffer) => {
      requests.push({ host, path, method: req.method ?? 'GET', status });
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const serve = async () => {
      if (path.split('?')[0] === HARNESS_PATH) return answer(200, TYPES['.js'] as string, await readFile(fixtureFile('harness.js')));
      if (path.startsWith(PAGES_PATH)) {
        // An app page's bundle (support/pages.ts): the same on every platform host.
        const name = path.slice(PAGES_PATH.length).split('?')[0] ?? '';
        if (!/^[\w-]+(\/[\w.-]+)*\.js$/.test(name) || name.includes('..'))
          return answer(404, 'text/plain; charset=utf-8', 'No such bundle\n');
        return answer(200, TYPES['.js'] as string, await readFile(pageBundle(name.slice(0, -3))));
      }
      // The browser asks for this on its own; it is not the page's or the extension's request.
      if (path === '/favicon.ico') return answer(204, 'image/x-icon', '');
      const route = findRoute(host, path);
      if (!route) return answer(404, 'text/plain; charset=utf-8', `No fixture route for ${host}${path}\n`);
      if (isAppRoute(route)) {
        const html = pageShell({
          page: route.page,
          ...(route.lang ? { lang: route.lang } : {}),
          ...(route.docTitle ? { title: route.docTitle } : {}),
        });
        pageBundle(route.page);
        pages.add(html);
        return answer(200, TYPES['.html'] as string, html);
      }
      const file = fixtureFile(route.file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (type.startsWith('text/html')) {
        const html = withHarness(await readFile(file, 'utf8'));
        pages.add(html);
        return answer(200, type, html);
      }
      return answer(200, type, await readFile(file));
    };
    serve().catch((error: unknown) => answer(500, 'text/plain; charset=utf-8', `${String(error)}\n`));
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    pages,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
