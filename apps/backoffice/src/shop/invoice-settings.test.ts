import { describe, expect, it } from 'vitest';
import { draftFrom, invoiceProblemInWords, invoiceRequest, reminderDaysOf } from './invoice-settings';

const settings = {
  creditorName: 'Théâtre du Jorat',
  street: 'Route du Théâtre',
  buildingNumber: '2',
  zip: '1083',
  city: 'Mézières',
  country: 'CH' as const,
  qrIban: 'CH4431999123000889012',
  paymentTermDays: 45,
  reminderDays: [7, 21],
  updatedAt: '2026-12-03T06:00:00.000Z',
  updatedBy: 'Jeanne',
};

describe('invoice settings card', () => {
  it('starts from the API’s defaults when none were set, and shows what was', () => {
    expect(draftFrom(null)).toMatchObject({ country: 'CH', paymentTermDays: '30', reminderDays: '10, 20', qrIban: '' });
    expect(draftFrom(settings)).toMatchObject({ creditorName: 'Théâtre du Jorat', paymentTermDays: '45', reminderDays: '7, 21' });
    expect(draftFrom({ ...settings, reminderDays: [] }).reminderDays).toBe('');
  });

  it('reads reminder days separated by commas, spaces or semicolons; empty is none', () => {
    expect(reminderDaysOf('10, 20')).toEqual([10, 20]);
    expect(reminderDaysOf(' 5;15 25 ')).toEqual([5, 15, 25]);
    expect(reminderDaysOf('')).toEqual([]);
    expect(reminderDaysOf('10, dix')).toBeNull();
    expect(reminderDaysOf('1.5')).toBeNull();
  });

  it('sends the fields as typed with numbers for the term and the days; says under their field what is not a number', () => {
    expect(invoiceRequest(draftFrom(settings))).toEqual({
      body: {
        creditorName: 'Théâtre du Jorat',
        street: 'Route du Théâtre',
        buildingNumber: '2',
        zip: '1083',
        city: 'Mézières',
        country: 'CH',
        qrIban: 'CH4431999123000889012',
        paymentTermDays: 45,
        reminderDays: [7, 21],
      },
    });
    const refused = invoiceRequest({ ...draftFrom(settings), paymentTermDays: 'un mois', reminderDays: '10 et 20' });
    expect('problem' in refused && refused.problem.errors?.map((e) => e.field)).toEqual(['paymentTermDays', 'reminderDays']);
  });

  it('says the API’s refusal once per field, in the card’s words', () => {
    const said = invoiceProblemInWords({
      detail: 'The request is not valid',
      errors: [
        { field: 'reminderDays', message: 'each value in reminderDays must be an integer number' },
        { field: 'reminderDays', message: 'days after the order, ascending' },
        { field: 'city', message: 'city must be longer than or equal to 1 characters' },
      ],
    });
    expect(said.errors).toEqual([
      { field: 'reminderDays', message: 'Au plus 3 nombres de jours croissants, par exemple « 10, 20 », chacun avant le délai de paiement.' },
      { field: 'city', message: 'city must be longer than or equal to 1 characters' },
    ]);
  });
});
