import { describe, expect, it } from 'vitest';
import { cleanVoucherCode } from './voucher';

describe('gift voucher field', () => {
  it('accepts the code however it is typed', () => {
    expect(cleanVoucherCode(' k7pm 2qxd-9hwt ')).toBe('K7PM2QXD9HWT');
  });
});
