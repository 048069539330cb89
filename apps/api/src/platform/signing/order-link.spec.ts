import { AppConfig } from '../config/app-config';
import { OrderLinks } from './order-link';

describe('order links', () => {
  const t = '0b7f8a9e-2a51-4d6e-9a57-6f3f0c1a2b3c';
  const o = '5d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a';
  const links = new OrderLinks(new AppConfig());

  it('gives the same secret for the same order, and verifies only it', () => {
    const token = links.tokenFor(t, o);
    expect(token).toMatch(/^l1\.[\w-]{43}$/);
    expect(links.tokenFor(t, o)).toBe(token);
    expect(links.verify(t, o, token)).toBe(true);
    expect(links.verify(t, '7d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a', token)).toBe(false);
    expect(links.verify(o, o, token)).toBe(false);
    expect(links.verify(t, o, token.slice(0, -1))).toBe(false);
    expect(links.verify(t, o, 'not-a-link')).toBe(false);
  });

  it('depends on the key', () => {
    const other = new OrderLinks(Object.assign(new AppConfig(), { ORDER_LINK_SECRET: 'another-key-that-is-long-enough-0123456789' }));
    expect(other.tokenFor(t, o)).not.toBe(links.tokenFor(t, o));
  });
});
