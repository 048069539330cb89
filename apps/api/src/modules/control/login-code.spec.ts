import { loginCodeHash, newLoginCode } from './login-code';

describe('login codes', () => {
  it('are 12 unambiguous symbols grouped by four', () => {
    for (let i = 0; i < 200; i++) expect(newLoginCode()).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  });

  it('hash the same whatever the dashes, spaces and case', () => {
    expect(loginCodeHash('k7qm 4xrt-9hpw')).toBe(loginCodeHash('K7QM-4XRT-9HPW'));
    expect(loginCodeHash('K7QM-4XRT-9HPX')).not.toBe(loginCodeHash('K7QM-4XRT-9HPW'));
  });
});
