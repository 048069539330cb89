import { contentSecurityPolicy, cspSourceErrors, cspSourceFault, withNonce } from './shop-csp';

describe('the shop’s Content-Security-Policy', () => {
  it('takes host-sources and the schemes each directive allows', () => {
    for (const ok of [
      'https://www.googletagmanager.com',
      '*.facebook.net',
      'connect.facebook.net',
      'http://127.0.0.1:8080',
      'https://cdn.example.ch:*/js/',
      'https:',
    ])
      expect(cspSourceFault('scriptSrc', ok)).toBeNull();
    expect(cspSourceFault('imgSrc', 'data:')).toBeNull();
    expect(cspSourceFault('connectSrc', 'wss:')).toBeNull();
  });

  it('refuses keywords, quotes, wildcards, separators and script schemes that run anything', () => {
    for (const bad of [
      "'unsafe-eval'",
      "'unsafe-inline'",
      "'self'",
      '"x.ch"',
      '*',
      'a.ch; script-src *',
      'a.ch b.ch',
      'a.ch,b.ch',
      'javascript:',
      'data:',
      'https://',
      'ftp://x.ch',
      '-x.ch',
    ])
      expect(cspSourceFault('scriptSrc', bad)).not.toBeNull();
  });

  it('names each faulty source by its list and position', () => {
    expect(cspSourceErrors({ scriptSrc: ['a.ch', 'b.ch', "'unsafe-eval'"], imgSrc: ['*'], connectSrc: [] }).map((e) => e.field)).toEqual([
      'csp.scriptSrc[2]',
      'csp.imgSrc[0]',
    ]);
  });

  it('never allows inline scripts but by the nonce, and adds the organizer’s sources', () => {
    const policy = contentSecurityPolicy(
      { scriptSrc: ['https://www.googletagmanager.com'], imgSrc: ['data:', 'https://www.facebook.com'], connectSrc: [] },
      'n0nce',
    );
    expect(policy).toContain("script-src 'self' 'nonce-n0nce' https://www.googletagmanager.com;");
    expect(policy).toContain("img-src 'self' data: https://www.facebook.com;");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('puts the nonce on inline scripts only, replacing one the organizer wrote', () => {
    const snippet = `<script>gtag()</script><SCRIPT type="text/javascript" nonce="old">x()</SCRIPT><script async src="https://www.googletagmanager.com/gtm.js"></script><noscript><img src="https://www.facebook.com/tr"></noscript>`;
    expect(withNonce(snippet, 'abc')).toBe(
      `<script nonce="abc">gtag()</script><script nonce="abc" type="text/javascript">x()</SCRIPT><script async src="https://www.googletagmanager.com/gtm.js"></script><noscript><img src="https://www.facebook.com/tr"></noscript>`,
    );
  });
});
