import { chf, uniqueName, useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';

/**
 * ORD-13 in the browser: a CSV file with errors is checked and every error shown by line and column
 * (nothing imported); the corrected file is imported by the worker with a progress bar; the same
 * file again imports nothing.
 */
describe('importing orders from a CSV file', () => {
  const e2e = useOrganizer();

  it('checks a file, shows its errors, then imports the corrected file with its progress', async () => {
    const name = uniqueName('L’Avare');
    await e2e.createEvent({
      name,
      dates: [{ startsAt: '2027-06-04T20:00:00+02:00' }],
      zones: [{ name: 'Salle', capacity: 200 }],
      prices: [
        { name: 'Plein tarif', kind: 'fixed', amounts: [chf(3500)] },
        { name: 'Réduit', kind: 'fixed', amounts: [chf(2000)] },
      ],
    });
    const run = Date.now().toString(36);
    const header = 'Référence;E-mail;Prénom;Nom;Événement;Tarif;Quantité;Paiement';
    const good = Array.from(
      { length: 60 },
      (_, i) => `${run}-${i};client${i}.${run}@example.ch;Client;N${i};${name};${i % 3 ? 'Plein tarif' : 'Réduit'};${(i % 2) + 1};${i % 4 ? 'carte' : ''}`,
    );
    const withErrors = [
      header,
      ...good.slice(0, 3),
      `${run}-x;pas-un-email;Harpagon;Avare;${name};Plein tarif;1;`,
      `${run}-y;cleante@example.ch;Cléante;Fils;${name};Étudiant;0;chèque`,
    ].join('\n');

    const page = await e2e.organizerPage();
    await page.getByTestId('nav-orders').click();
    await page.getByTestId('open-import').click();
    await page.getByRole('heading', { name: 'Importer des commandes' }).waitFor();

    // The file with errors: every error by line and column, and no way to import it.
    await page.getByTestId('import-file').setInputFiles({ name: 'ventes-avec-erreurs.csv', mimeType: 'text/csv', buffer: Buffer.from(withErrors, 'utf8') });
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-errors').waitFor();
    expect(await text(page.getByTestId('import-error-count'))).toContain('4 erreurs');
    const rows = await page
      .getByTestId('import-errors')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()).join(' | ')));
    expect(rows).toEqual([
      '5 | E-mail | n’est pas une adresse e-mail',
      '6 | Quantité | un nombre entier de 1 à 50',
      '6 | Paiement | cash, card, bank_transfer, other, ou vide',
      '6 | Tarif | aucun tarif de ce nom pour cet événement',
    ]);
    expect(await page.getByTestId('import-start').count()).toBe(0);
    await shot(page, 'order-import-errors');
    const before = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders', { params: { path: { ticketingId: e2e.ticketingId }, query: { q: run } } });
    expect(before.data!.total).toBe(0);

    // The corrected file: checked, then imported by the worker while the bar moves to the end.
    const corrected = Buffer.from([header, ...good].join('\n'), 'utf8');
    await page.getByTestId('import-file').setInputFiles({ name: 'ventes.csv', mimeType: 'text/csv', buffer: corrected });
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-report').filter({ hasText: '60 commandes à créer' }).waitFor();
    expect(await text(page.getByTestId('import-report'))).toContain('90 billets');
    await page.getByTestId('import-start').click();
    const bar = page.getByTestId('import-progress-bar');
    await bar.waitFor();
    expect(await bar.getAttribute('aria-valuemax')).toBe('60');
    await page.getByTestId('import-done').waitFor({ timeout: 120_000 });
    expect(await bar.getAttribute('aria-valuenow')).toBe('60');
    expect(await text(page.getByTestId('import-done'))).toBe('Import terminé : 60 créée(s), 0 déjà importée(s), 0 en échec.');
    await shot(page, 'order-import-done');
    await page.getByTestId('import-recent').filter({ hasText: 'ventes.csv' }).waitFor();

    // The orders are there, through the import channel, paid or still to pay as the file said.
    const after = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders', {
      params: { path: { ticketingId: e2e.ticketingId }, query: { q: run, channel: 'import', limit: 100 } },
    });
    expect(after.data!.total).toBe(60);
    expect(after.data!.items.filter((o) => o.status === 'reserved')).toHaveLength(15);
    await page.getByTestId('import-show-orders').click();
    await page.getByTestId('order-table').waitFor();
    expect(page.url()).toContain('channel=import');

    // The same file again: nothing new.
    await page.goBack();
    await page.getByTestId('import-file').setInputFiles({ name: 'ventes.csv', mimeType: 'text/csv', buffer: corrected });
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-report').filter({ hasText: '60 commandes déjà importées' }).waitFor();
    expect(await text(page.getByTestId('import-report'))).toContain('Rien de nouveau à importer');
    await page.close();
  });

  it('says why a file cannot be read at all', async () => {
    const page = await e2e.organizerPage();
    await page.getByTestId('nav-orders').click();
    await page.getByTestId('open-import').click();
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from('Référence;Client;Événement\nA;B;C\n', 'latin1') });
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-problem').filter({ hasText: 'CSV UTF-8' }).waitFor();
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from('Référence;Client;Événement\nA;B;C\n', 'utf8') });
    await page.getByTestId('import-check').click();
    const problem = page.getByTestId('import-problem');
    await problem.filter({ hasText: 'Colonnes manquantes' }).waitFor();
    expect(await text(problem)).toContain('Colonnes manquantes : E-mail, Prénom, Nom, Tarif.');
    expect(await text(problem)).toContain('Colonnes inconnues : Client.');
    await page.close();
  });
});
