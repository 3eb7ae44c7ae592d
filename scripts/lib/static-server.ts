import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

// A small static host for the budget measurements. It behaves like a typical production host rather than
// `vite preview`: it answers URLs the way deploy/nginx.conf does (prerendered route files, 404.html with
// status 404), sends the security headers of deploy/security-headers.conf, gzip-compresses text (every
// real host compresses, so transfer sizes are measured as gzip) and caches hashed assets for a year.

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

/** Whether a response of this content type is worth compressing (images and fonts already are). */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/.test(contentType);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export interface Resolved {
  file: string;
  status: 200 | 404;
}

/**
 * The file that answers a URL path, as deploy/nginx.conf does: the file itself, else the route's
 * prerendered index.html, else 404.html with status 404. A build without 404.html (no prerendering) gets
 * the usual single-page-app fallback, index.html with status 200, for paths that are not files.
 */
export async function resolveFile(root: string, urlPath: string): Promise<Resolved | null> {
  const notFound = join(root, '404.html');
  const fallback = async (): Promise<Resolved | null> => {
    if (await isFile(notFound)) return { file: notFound, status: 404 };
    const last = urlPath.split('/').pop() ?? '';
    return last.includes('.') ? null : { file: join(root, 'index.html'), status: 200 };
  };
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return fallback(); // broken percent-encoding: the app shows its not-found page
  }
  const full = resolve(root, `.${decoded}`);
  if (full !== root && !full.startsWith(root + sep)) return fallback();
  for (const candidate of [full, join(full, 'index.html')]) {
    if (await isFile(candidate)) return { file: candidate, status: 200 };
  }
  return fallback();
}

/**
 * The file is found from this module, not from the working directory: a measurement started elsewhere
 * silently served the pages without these headers, and without Cross-Origin-Opener-Policy Chromium loads
 * the page in the process of the tab's blank page instead of a new one, which measured a different page
 * (docs/budgets.md, "The deployed headers").
 */
const SECURITY_HEADERS = fileURLToPath(new URL('../../deploy/security-headers.conf', import.meta.url));

/** The response headers deploy/security-headers.conf gives every response, so the page runs under its CSP. */
export function readSecurityHeaders(confPath = SECURITY_HEADERS): Record<string, string> {
  if (!existsSync(confPath)) throw new Error(`${confPath} is missing: the pages would be served without the deployed headers`);
  const headers: Record<string, string> = {};
  for (const match of readFileSync(confPath, 'utf8').matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"/gm)) {
    if (match[1] && match[2] !== undefined) headers[match[1]] = match[2];
  }
  return headers;
}

export async function serveStatic(dir: string, port: number): Promise<StaticServer> {
  const root = resolve(dir);
  const gzipCache = new Map<string, Buffer>();
  const security = readSecurityHeaders();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const urlPath = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
    const resolved = await resolveFile(root, urlPath);
    if (!resolved) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const { file, status } = resolved;
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const immutable = urlPath.includes('/assets/');
    const headers: Record<string, string> = {
      ...security,
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    let body: Buffer = await readFile(file);
    if (isCompressible(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const cached = gzipCache.get(file) ?? gzipSync(body, { level: 9 });
      gzipCache.set(file, cached);
      body = cached;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
