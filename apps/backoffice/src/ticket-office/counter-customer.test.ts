import type { components } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import { customerWithEmail, emptyCustomer, saleCustomer } from './counter-customer';

type Customer = components['schemas']['CustomerSummaryResponse'];

describe('the customer tab', () => {
  const ada: Customer = {
    id: 'c1',
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.ch',
    phone: null,
    orderCount: 1,
    createdAt: '2027-01-01T00:00:00Z',
  };

  it('sends the linked customer’s id, or only the fields typed, or nothing', () => {
    expect(saleCustomer({ ...emptyCustomer(), linked: ada, email: 'typed@example.ch' })).toEqual({ customerId: 'c1' });
    expect(saleCustomer({ ...emptyCustomer(), lastName: ' Argan ', email: '  ' })).toEqual({ customer: { lastName: 'Argan' } });
    expect(saleCustomer(emptyCustomer())).toEqual({});
  });

  it('suggests the customer whose email is the one typed, whatever its case', () => {
    const other = { ...ada, id: 'c2', email: 'ada.bis@example.ch' };
    expect(customerWithEmail([other, ada], ' Ada@Example.ch ')).toBe(ada);
    expect(customerWithEmail([other], 'ada@example.ch')).toBeNull();
    expect(customerWithEmail([ada], '')).toBeNull();
  });
});
