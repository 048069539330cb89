import { INVOICE_MIN_LEAD_DAYS, remindersBefore, shopInvoiceDeadline, shopInvoiceOpen } from './invoice-deadline';

const at = (iso: string) => new Date(iso);

describe('a shop invoice’s deadline', () => {
  const now = at('2027-01-10T10:00:00Z');

  it('is the payment term when the show comes after it', () => {
    expect(shopInvoiceDeadline(now, 30, at('2027-03-01T19:00:00Z'))).toEqual(at('2027-02-09T10:00:00Z'));
  });

  it('is the eve of the first performance when that comes sooner', () => {
    expect(shopInvoiceDeadline(now, 30, at('2027-01-25T19:00:00Z'))).toEqual(at('2027-01-24T19:00:00Z'));
  });

  it(`is offered while it leaves ${INVOICE_MIN_LEAD_DAYS} days, not after`, () => {
    // Deadline exactly five days ahead (show six days ahead, minus the eve): offered.
    expect(shopInvoiceOpen(now, 30, at('2027-01-16T10:00:00Z'))).toBe(true);
    expect(shopInvoiceOpen(now, 30, at('2027-01-16T09:59:00Z'))).toBe(false);
    // A short term alone can close it too.
    expect(shopInvoiceOpen(now, 3, at('2027-03-01T19:00:00Z'))).toBe(false);
    // Gift vouchers alone: no show, the term.
    expect(shopInvoiceDeadline(now, 30, null)).toEqual(at('2027-02-09T10:00:00Z'));
    expect(shopInvoiceOpen(now, 30, null)).toBe(true);
  });

  it('keeps only the reminders that fall before it', () => {
    expect(remindersBefore(now, [10, 20], at('2027-02-09T10:00:00Z'))).toEqual([10, 20]);
    expect(remindersBefore(now, [10, 20], at('2027-01-24T19:00:00Z'))).toEqual([10]);
    expect(remindersBefore(now, [10, 20], at('2027-01-20T10:00:00Z'))).toEqual([]);
  });
});
