import { FieldError } from '../../platform/http/problem';

/** The three directives the organizer may extend (seed 003, "CSP and its impact on conversion tracking"). */
export interface CspSources {
  scriptSrc: string[];
  imgSrc: string[];
  connectSrc: string[];
}

export const CSP_DIRECTIVES = { scriptSrc: 'script-src', imgSrc: 'img-src', connectSrc: 'connect-src' } as const;

// `https:` style scheme-sources. `data:` and `blob:` would let any inline payload run as a script, so
// they are offered for images only.
const SCHEMES: Record<keyof CspSources, readonly string[]> = {
  scriptSrc: ['https:', 'http:'],
  imgSrc: ['https:', 'http:', 'data:', 'blob:'],
  connectSrc: ['https:', 'http:', 'wss:', 'ws:'],
};

// CSP3 host-source: [scheme "://"] host [":" port] [path]; host is `*.`-prefixed labels or a name.
// A bare `*` (everything) and keywords (`'unsafe-eval'`, `'unsafe-inline'`: anything quoted) are refused.
const HOST_SOURCE =
  /^(?:(?:https?|wss?):\/\/)?(?:\*\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::(?:[0-9]{1,5}|\*))?(?:\/[A-Za-z0-9\-._~!$&()*+=:@%/]*)?$/i;

/** Why a source cannot go into the policy, or null when it can. */
export function cspSourceFault(list: keyof CspSources, source: string): string | null {
  if (/['"]/.test(source)) return "must not be a keyword or contain quotes (no 'unsafe-eval', 'unsafe-inline', nonces or hashes)";
  if (/[\s;,]/.test(source)) return 'must be one source, without spaces, commas or semicolons';
  if (source === '*') return 'must name a host: * would allow every origin';
  if (/^[a-z][a-z0-9+.-]*:$/i.test(source))
    return SCHEMES[list].includes(source.toLowerCase()) ? null : `must be a host or one of the schemes ${SCHEMES[list].join(' ')}`;
  return HOST_SOURCE.test(source) ? null : 'must be a host-source such as https://www.googletagmanager.com or *.facebook.net';
}

/** Every source that cannot go into the policy, named `csp.scriptSrc[2]`. */
export function cspSourceErrors(csp: CspSources): FieldError[] {
  return (Object.keys(CSP_DIRECTIVES) as (keyof CspSources)[]).flatMap((list) =>
    csp[list].flatMap((source, i) => {
      const fault = cspSourceFault(list, source);
      return fault ? [{ field: `csp.${list}[${i}]`, message: fault }] : [];
    }),
  );
}

/**
 * The shop's policy: its own origin (the built SPA, the API behind the same origin, event images),
 * the organizer's sources, and the response's nonce for the inline scripts of the HEAD snippet.
 * Vue binds `style` attributes and Vite may inline small CSS: styles keep 'unsafe-inline', scripts never.
 */
export function contentSecurityPolicy(csp: CspSources, nonce: string): string {
  const list = (own: string[], extra: string[]) => [...own, ...extra.filter((s) => !own.includes(s))].join(' ');
  return [
    `default-src 'self'`,
    `script-src ${list(["'self'", `'nonce-${nonce}'`], csp.scriptSrc)}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src ${list(["'self'", 'data:'], csp.imgSrc)}`,
    `connect-src ${list(["'self'"], csp.connectSrc)}`,
    `font-src 'self' data:`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/**
 * The organizer's HEAD snippet with the response's nonce on each inline script. Scripts with a `src`
 * get none: whether they load is script-src's decision, so a host left out of the policy stays blocked.
 */
export function withNonce(snippet: string, nonce: string): string {
  return snippet.replace(/<script\b([^>]*)>/gi, (tag, attributes: string) =>
    /\bsrc\s*=/i.test(attributes) ? tag : `<script nonce="${nonce}"${attributes.replace(/\snonce\s*=\s*("[^"]*"|'[^']*'|\S+)/gi, '')}>`,
  );
}
