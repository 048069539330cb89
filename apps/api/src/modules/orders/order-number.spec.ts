import { newOrderNumber } from './order-number';

describe('order numbers', () => {
  it('are 8 unambiguous characters', () => {
    for (let i = 0; i < 500; i++) expect(newOrderNumber()).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
  });
  it('do not repeat in a large sample', () => {
    const seen = new Set(Array.from({ length: 20000 }, newOrderNumber));
    expect(seen.size).toBe(20000);
  });
});
