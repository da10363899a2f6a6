/** A static file server on 127.0.0.1 for test pages: never an outside host. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  url(path: string): string;
  /** Every request path (with query) the server received, in order: tests look for canary hits here. */
  readonly requests: string[];
  /** Serve `body` at `path` (takes precedence over files). */
  route(path: string, body: string | Buffer, type?: string): void;
  close(): Promise<void>;
}

export async function startServer(rootDir: string): Promise<StaticServer> {
  const root = resolve(rootDir);
  const routes = new Map<string, { body: string | Buffer; type: string }>();
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    requests.push(request.url ?? '/');
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      // Hostile test pages request malformed URLs; answer them instead of crashing the server.
      response.writeHead(400).end();
      return;
    }
    if (path === '/favicon.ico') {
      // Browsers ask for it on every page; a 404 would show up as a console error in every test.
      response.writeHead(204).end();
      return;
    }
    const routed = routes.get(path);
    if (routed) {
      response.writeHead(200, { 'content-type': routed.type });
      response.end(routed.body);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      let type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (file.endsWith('.html.gz')) {
        body = gunzipSync(body);
        type = TYPES['.html'] as string;
      }
      response.writeHead(200, { 'content-type': type });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    requests,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    route: (path, body, type = 'text/html; charset=utf-8') => void routes.set(path, { body, type }),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
