import { seriousViolations } from '../support/axe';
import { useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';

/** TO-5 (ADR 0040) at 1024×768: the admin sets the VAT the counter's receipts print, in the shop settings; a bad number is named; clearing it removes it. */
describe('VAT on receipts: the shop settings section', () => {
  const e2e = useOrganizer();

  it('refuses a number that is not Swiss under its field, saves one with its rate, and clears both', async () => {
    const page = await e2e.organizerPage({ path: 'shop-settings' });
    const card = page.getByTestId('vat-settings');
    await card.waitFor();
    await card.getByTestId('vat-number').fill('DE123456789');
    await card.getByTestId('vat-rate').fill('8,1');
    await card.getByTestId('save-vat-settings').click();
    await card.getByTestId('error-vatNumber').waitFor();
    expect(await text(card.getByTestId('error-vatNumber'))).toBe('Un numéro suisse : CHE-123.456.789 suivi de MWST, TVA ou IVA (avec le taux).');
    await shot(page, 'vat-settings-refused');

    await card.getByTestId('vat-number').fill('che 123 456 789 tva');
    await card.getByTestId('save-vat-settings').click();
    await card.getByTestId('vat-settings-saved').filter({ hasText: 'TVA enregistrée.' }).waitFor();
    expect(await card.getByTestId('vat-number').inputValue()).toBe('CHE-123.456.789 TVA');
    expect(await card.getByTestId('vat-rate').inputValue()).toBe('8.1');
    const { data } = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/vat-settings', { params: { path: { ticketingId: e2e.ticketingId } } });
    expect(data).toMatchObject({ vatNumber: 'CHE-123.456.789 TVA', rateBp: 810 });
    await card.scrollIntoViewIfNeeded();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'vat-settings-saved');

    await card.getByTestId('vat-number').fill('');
    await card.getByTestId('vat-rate').fill('');
    await card.getByTestId('save-vat-settings').click();
    await card.getByTestId('vat-settings-saved').filter({ hasText: 'Plus de TVA sur les reçus.' }).waitFor();
    const cleared = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/vat-settings', { params: { path: { ticketingId: e2e.ticketingId } } });
    expect(cleared.data).toMatchObject({ vatNumber: null, rateBp: null });
  });
});
