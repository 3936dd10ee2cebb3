import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalServer {
  /** Base URL, e.g. http://127.0.0.1:43210/ */
  url: string;
  close(): Promise<void>;
}

export interface LocalServerOptions {
  /** Extra response headers for the pages (e.g. a CSP that keeps a saved page's own scripts from running). */
  headers?: Record<string, string>;
}

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};

/** A path's content type from its extension; pages without one are HTML. */
function contentTypeOf(path: string): string {
  const ext = /\.([a-z]+)$/.exec(path)?.[1] ?? 'html';
  return TYPES[ext] ?? 'text/html; charset=utf-8';
}

/** A tiny HTTP server on 127.0.0.1 (random port) serving pages (and their stylesheets) from a path → text map. */
export async function startLocalServer(
  pages: Record<string, string>,
  options: LocalServerOptions = {},
): Promise<LocalServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const html = pages[path];
    if (html !== undefined) {
      res.writeHead(200, { 'content-type': contentTypeOf(path), ...options.headers });
      res.end(html);
    } else if (path === '/favicon.ico') {
      res.writeHead(204).end(); // a 404 here would show up as a console error
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
