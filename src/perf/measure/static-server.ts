import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

export interface ServedRequest {
  /** The site path asked for, without the query string. */
  path: string;
  /** The file sent, or undefined for a 404. */
  file: string | undefined;
}

export interface StaticSite {
  origin: string;
  /** Every request since the server started or since the last `takeRequests()`. */
  takeRequests(): ServedRequest[];
  stop(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|manifest\+json)|image\/svg)/;

/**
 * Serve a built site and log what is fetched. The log is the measurement: it
 * sees the requests Pagefind's web worker makes, which a page's own network
 * events may not report. Every response says `Cache-Control: no-store`, the
 * strictest a host can send: offline use must come from the service worker,
 * never from the browser's HTTP cache.
 */
export async function serveStatic(outDir: string, options: { gzip?: boolean; port?: number } = {}): Promise<StaticSite> {
  let requests: ServedRequest[] = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = await existingFile(join(outDir, normalize(path).replace(/^(\.\.[/\\])+/, '')));
    requests.push({ path, file });
    if (!file) {
      // As static hosts do: the site's own not-found page, with a 404 status.
      const notFound = await existingFile(join(outDir, '404.html'));
      response.writeHead(404, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      if (notFound) createReadStream(notFound).pipe(response);
      else response.end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // As static hosts do for text, so Lighthouse sees what a phone would download.
    if (options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' });
      createReadStream(file).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    takeRequests: () => {
      const taken = requests;
      requests = [];
      return taken;
    },
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The file for a path: itself, or its folder's index.html as static hosts do. */
async function existingFile(candidate: string): Promise<string | undefined> {
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = join(candidate, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return index;
  }
  return undefined;
}
