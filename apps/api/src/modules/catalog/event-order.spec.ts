import { DomainError } from '../../platform/http/problem';
import { decodeEventCursor, encodeEventCursor } from './event-order';

describe('event list cursor', () => {
  it('round-trips the position and the moment of the first page', () => {
    const c = { group: 2 as const, key: '-1798761600000000', id: '0b7f8a9e-2a51-4d6e-9a57-6f3f0c1a2b3c', now: new Date('2027-03-01T10:00:00Z') };
    expect(decodeEventCursor(encodeEventCursor(c))).toEqual(c);
    expect(decodeEventCursor(undefined)).toBeNull();
  });

  it.each([
    'garbage',
    Buffer.from('e1|3|1|x|y').toString('base64url'),
    Buffer.from('2027-01-01T00:00:00Z|0b7f8a9e-2a51-4d6e-9a57-6f3f0c1a2b3c').toString('base64url'),
  ])('refuses %s naming the cursor', (cursor) => {
    expect(() => decodeEventCursor(cursor)).toThrow(DomainError);
  });
});
