import { ticketRefusal, TICKET_OPERATIONS } from './ticket-operations';

describe('which ticket accepts which bulk operation', () => {
  it('lets a valid ticket take every operation', () => {
    for (const op of TICKET_OPERATIONS) expect(ticketRefusal(op, 'valid')).toBeNull();
  });

  it('refuses every operation on a cancelled or replaced ticket, naming why', () => {
    for (const op of TICKET_OPERATIONS) {
      expect(ticketRefusal(op, 'cancelled')).toBe('TICKET_CANCELLED');
      expect(ticketRefusal(op, 'replaced')).toBe('TICKET_REPLACED');
    }
  });

  it('keeps a blacklisted ticket out of the door states until it is set unscanned, and lets it be reissued', () => {
    expect(ticketRefusal('scan_in', 'blacklisted')).toBe('TICKET_BLACKLISTED');
    expect(ticketRefusal('scan_out', 'blacklisted')).toBe('TICKET_BLACKLISTED');
    expect(ticketRefusal('set_unscanned', 'blacklisted')).toBeNull();
    expect(ticketRefusal('blacklist', 'blacklisted')).toBeNull();
    expect(ticketRefusal('reissue', 'blacklisted')).toBeNull();
  });
});
