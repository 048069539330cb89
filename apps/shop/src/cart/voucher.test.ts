import { describe, expect, it } from 'vitest';
import { cleanVoucherCode, voucherMessage } from './voucher';

describe('gift voucher field', () => {
  it('accepts the code however it is typed', () => {
    expect(cleanVoucherCode(' k7pm 2qxd-9hwt ')).toBe('K7PM2QXD9HWT');
  });
  it('explains refusals in French, and falls back to the API’s words', () => {
    expect(voucherMessage('GIFT_VOUCHER_EMPTY', 'x')).toBe('Ce bon cadeau a déjà été entièrement utilisé.');
    expect(voucherMessage('SOMETHING_NEW', 'API words')).toBe('API words');
  });
});

describe('gift vouchers bought in the shop', () => {
  it('explains why a voucher cannot pay this cart yet', () => {
    expect(voucherMessage('GIFT_VOUCHER_NOT_FOR_VOUCHERS', 'x')).toBe('Un bon cadeau règle des billets, pas d’autres bons cadeaux.');
    expect(voucherMessage('GIFT_VOUCHER_NOT_PAID', 'x')).toBe('Ce bon cadeau sera utilisable dès que la commande qui l’a acheté sera payée.');
  });
});
