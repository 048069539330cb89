import { DomainError } from '../problem';
import { bodyFingerprint, canonicalJson, idempotencyKeyOf } from './idempotency-key';

describe('idempotencyKeyOf', () => {
  it('takes 1 to 255 visible ASCII characters', () => {
    expect(idempotencyKeyOf('7f3c2a9e-1b4d-4c8e-9a2f-0d6b5e4c3a21')).toBe('7f3c2a9e-1b4d-4c8e-9a2f-0d6b5e4c3a21');
    expect(idempotencyKeyOf('k')).toBe('k');
    expect(idempotencyKeyOf('~'.repeat(255))).toBe('~'.repeat(255));
    expect(idempotencyKeyOf(undefined)).toBeUndefined();
  });

  it.each([
    ['empty', ''],
    ['too long', 'a'.repeat(256)],
    ['a space', 'two words'],
    ['a control character', 'tab\there'],
    ['non-ASCII', 'clé'],
  ])('refuses %s, naming the header', (_what, value) => {
    try {
      idempotencyKeyOf(value);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('VALIDATION_FAILED');
      expect((error as DomainError).errors).toEqual([{ field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }]);
    }
  });

  it('refuses the header sent twice', () => {
    expect(() => idempotencyKeyOf(['a', 'b'])).toThrow(DomainError);
  });
});

describe('bodyFingerprint', () => {
  it('does not depend on the order of members', () => {
    expect(canonicalJson({ b: [1, { d: 2, c: 'x' }], a: null })).toBe('{"a":null,"b":[1,{"c":"x","d":2}]}');
    expect(bodyFingerprint({ a: 1, b: 2 })).toBe(bodyFingerprint({ b: 2, a: 1 }));
  });

  it('tells bodies apart', () => {
    expect(bodyFingerprint({ quantity: 1 })).not.toBe(bodyFingerprint({ quantity: 2 }));
    expect(bodyFingerprint(undefined)).toBe(bodyFingerprint(null));
    expect(bodyFingerprint({})).not.toBe(bodyFingerprint(undefined));
  });
});
