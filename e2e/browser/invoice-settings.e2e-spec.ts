import { seriousViolations } from '../support/axe';
import { useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';

/** PAY-3, PAY-4 (ADR 0025, 0053): the admin sets the invoices' creditor, term and reminders in the shop settings; a reminder past the term is named. */
describe('invoices: the shop settings section', () => {
  const e2e = useOrganizer();

  it('starts from the defaults, refuses a reminder past the term under its field, and saves the settings with their reminders', async () => {
    const page = await e2e.organizerPage({ path: 'shop-settings' });
    const card = page.getByTestId('invoice-settings');
    await card.waitFor();
    await card.getByTestId('invoice-settings-not-set').waitFor();
    expect(await card.getByTestId('invoice-term').inputValue()).toBe('30');
    expect(await card.getByTestId('invoice-reminders').inputValue()).toBe('10, 20');

    await card.getByTestId('invoice-creditor').fill('Théâtre du Jorat');
    await card.getByTestId('invoice-street').fill('Route du Théâtre');
    await card.getByTestId('invoice-building').fill('2');
    await card.getByTestId('invoice-zip').fill('1083');
    await card.getByTestId('invoice-city').fill('Mézières');
    await card.getByTestId('invoice-qr-iban').fill('CH44 3199 9123 0008 8901 2');
    await card.getByTestId('invoice-term').fill('20');
    await card.getByTestId('save-invoice-settings').click();
    await card.getByTestId('error-reminderDays').waitFor();
    expect(await text(card.getByTestId('error-reminderDays'))).toBe(
      'Au plus 3 nombres de jours croissants, par exemple « 10, 20 », chacun avant le délai de paiement.',
    );
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'invoice-settings-refused');

    await card.getByTestId('invoice-reminders').fill('7, 14');
    await card.getByTestId('save-invoice-settings').click();
    await card.getByTestId('invoice-settings-saved').filter({ hasText: 'Réglages des factures enregistrés.' }).waitFor();
    expect(await card.getByTestId('invoice-qr-iban').inputValue()).toBe('CH4431999123000889012');
    const { data } = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/invoice-settings', { params: { path: { ticketingId: e2e.ticketingId } } });
    expect(data).toMatchObject({ creditorName: 'Théâtre du Jorat', paymentTermDays: 20, reminderDays: [7, 14] });
    await card.scrollIntoViewIfNeeded();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'invoice-settings-saved');
  });
});
