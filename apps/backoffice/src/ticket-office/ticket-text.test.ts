import { describe, expect, it } from 'vitest';
import { customerName, mayGiveInvitations, ticketTextBody } from './ticket-text';

describe('the ticket text of a counter sale', () => {
  it('sends only what was typed, trimmed, and nothing when both are blank', () => {
    expect(ticketTextBody({ line: '  Invité de la direction ', holderName: '' })).toEqual({ line: 'Invité de la direction' });
    expect(ticketTextBody({ line: ' ', holderName: ' Ada Lovelace ' })).toEqual({ holderName: 'Ada Lovelace' });
    expect(ticketTextBody({ line: 'Loge 3', holderName: 'Ada' })).toEqual({ line: 'Loge 3', holderName: 'Ada' });
    expect(ticketTextBody({ line: '  ', holderName: '\t' })).toBeUndefined();
  });

  it('takes the customer’s name as typed, whichever part is there', () => {
    expect(customerName({ firstName: ' Grace ', lastName: 'Hopper' })).toBe('Grace Hopper');
    expect(customerName({ firstName: '', lastName: 'Curie' })).toBe('Curie');
    expect(customerName({ firstName: '', lastName: ' ' })).toBe('');
  });

  it('offers invitations to admins and managers only, as the API allows', () => {
    expect(mayGiveInvitations('admin')).toBe(true);
    expect(mayGiveInvitations('manager')).toBe(true);
    expect(mayGiveInvitations('ticket_office')).toBe(false);
    expect(mayGiveInvitations('accounting')).toBe(false);
    expect(mayGiveInvitations(undefined)).toBe(false);
  });
});
