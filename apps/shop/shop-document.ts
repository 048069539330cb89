import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Plugin } from 'vite';

// ADR 0030: every shop page is the SPA's index.html plus, for /shop/{slug}/…, the organizer's HEAD
// snippet and a Content-Security-Policy, both made by the API (getShopDocumentHead) with a nonce
// fresh for this one response. The same plugin serves `vite dev` (npm start) and `vite preview`
// (the e2e stack and the Docker image), so what is tested is what runs.

/** Without a shop to ask (no slug, an unknown one, the API down): the shop's own strict policy. */
const STRICT_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

interface DocumentHead {
  headHtml: string;
  contentSecurityPolicy: string;
}

/** A browser asking for a page (not a module, an asset or the API). */
function isPageRequest(req: IncomingMessage): boolean {
  const path = (req.url ?? '/').split('?')[0];
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    (req.headers.accept ?? '').includes('text/html') &&
    !/^\/(api|@|src|node_modules|assets)\b/.test(path) &&
    !/\.[a-z0-9]+$/i.test(path)
  );
}

async function documentHead(apiUrl: string, url: string): Promise<DocumentHead> {
  const slug = /^\/shop\/([^/?#]+)/.exec(url)?.[1];
  if (slug) {
    try {
      const res = await fetch(`${apiUrl}/api/v1/shop/${slug}/document-head`, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return (await res.json()) as DocumentHead;
    } catch {
      // The API is unreachable: the page still loads, under the strict policy, and says so itself.
    }
  }
  return { headHtml: '', contentSecurityPolicy: STRICT_POLICY };
}

async function sendPage(res: ServerResponse, template: string, head: DocumentHead): Promise<void> {
  // A function replacement: `$&` or `$1` written in the organizer's snippet stay as they are.
  const html = head.headHtml ? template.replace('</head>', () => `${head.headHtml}\n</head>`) : template;
  res.statusCode = 200;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('content-security-policy', head.contentSecurityPolicy);
  // The nonce is good for this response only: no cache may serve it again.
  res.setHeader('cache-control', 'no-store');
  res.end(html);
}

export function shopDocument(apiUrl: string): Plugin {
  return {
    name: 'guichet-shop-document',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!isPageRequest(req)) return next();
        const url = req.url ?? '/';
        readFile(join(server.config.root, 'index.html'), 'utf8')
          .then((raw) => server.transformIndexHtml(url, raw, req.originalUrl))
          .then(async (template) => sendPage(res, template, await documentHead(apiUrl, url)))
          .catch(next);
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!isPageRequest(req)) return next();
        const url = req.url ?? '/';
        readFile(join(server.config.root, server.config.build.outDir, 'index.html'), 'utf8')
          .then(async (template) => sendPage(res, template, await documentHead(apiUrl, url)))
          .catch(next);
      });
    },
  };
}
