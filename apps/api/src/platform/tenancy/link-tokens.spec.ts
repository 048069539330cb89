import { invitationToken, tokenHash } from './link-tokens';

describe('invitation tokens', () => {
  const secret = 'a-secret-of-at-least-thirty-two-characters';
  const id = '3f0c6a4e-8d1b-4e7a-9f55-0b6d2c1a9e10';

  it('are the same for the same invitation (a retried mail job sends the same link)', () => {
    expect(invitationToken(secret, id)).toBe(invitationToken(secret, id));
  });

  it('differ by invitation and by secret, and are long and URL-safe', () => {
    const token = invitationToken(secret, id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(invitationToken(secret, '3f0c6a4e-8d1b-4e7a-9f55-0b6d2c1a9e11')).not.toBe(token);
    expect(invitationToken(`${secret}!`, id)).not.toBe(token);
  });

  it('are stored as a hash that does not contain them', () => {
    const token = invitationToken(secret, id);
    expect(tokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(token)).not.toContain(token);
  });
});
