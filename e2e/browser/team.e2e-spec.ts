import type { Page } from 'playwright-core';
import { useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';

/**
 * A ticketing's team (issue 7, item 8): the admin adds a new person on the Team page, the invitation
 * email reaches them (the stack's SMTP catcher), they open its link, choose a password and land in
 * the backoffice with their role; the admin then changes the role and removes them.
 */
describe('team members in the backoffice', () => {
  const e2e = useOrganizer();
  const email = `julie.morel.${Date.now().toString(36)}@remparts.test`;

  const row = (page: Page) => page.getByTestId(`member-row-${email}`);
  /** The invitation link of an email. */
  const linkIn = (body: string | undefined) => {
    const link = /http\S+\/invitation\?token=[\w-]+/.exec(body ?? '')?.[0];
    if (!link) throw new Error(`no invitation link in: ${body}`);
    return link;
  };
  const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;
  /**
   * The invitation email to `to` whose link still opens, waiting for it; every other one it received
   * must be dead (replaced by a resend).
   */
  const liveInvitation = async (to: string) => {
    const until = Date.now() + 60000;
    while (Date.now() < until) {
      const mails = e2e.stack.mailbox.all().filter((m) => JSON.stringify(m.to).includes(to));
      const states = await Promise.all(
        mails.map(async (m) => (await e2e.stack.client().GET('/api/v1/invitation', { params: { query: { token: tokenOf(linkIn(m.text)) } } })).response.status),
      );
      const live = mails.filter((_, i) => states[i] === 200);
      if (live.length) {
        expect(states.filter((s) => s !== 200).every((s) => s === 404)).toBe(true);
        expect(live).toHaveLength(1);
        return live[0];
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`no invitation email with a working link reached ${to}`);
  };
  const sidebarRole = (page: Page) => text(page.locator('.sidebar-role'));

  it('the admin invites a new member, who accepts from the email; the admin changes the role, then removes them', async () => {
    const page = await e2e.organizerPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByTestId('nav-team').click();
    await page.getByRole('heading', { name: 'Équipe', exact: true }).waitFor();
    // The demo's door staff is a member of this ticketing, with the control role.
    expect(await text(page.getByTestId('member-role-controle@remparts.demo'))).toBe('Contrôle');
    expect(await text(page.getByTestId('member-status-controle@remparts.demo'))).toBe('Actif');

    await page.getByTestId('new-member').click();
    await page.getByTestId('member-email').fill(email);
    await page.getByTestId('member-save').click();
    // Checked before sending, in French.
    expect(await text(page.getByTestId('error-name'))).toBe('Indiquez le nom de la personne.');
    await page.getByTestId('member-name').fill('Julie Morel');
    await page.getByTestId('member-role').selectOption('ticket_office');
    expect(await text(page.getByTestId('member-role-hint'))).toBe('Rôle Guichet : encaisse les commandes et les bons cadeaux.');
    await shot(page, 'team-add-form');
    await page.getByTestId('member-save').click();
    expect(await text(page.getByTestId('team-notice'))).toContain(`une invitation à choisir son mot de passe est envoyée à ${email}`);
    expect(await text(row(page).getByTestId(`member-status-${email}`))).toBe('Invitation envoyée');
    expect(await text(row(page).getByTestId(`member-role-${email}`))).toBe('Guichet');

    // Adding the same person again is refused next to the email.
    await page.getByTestId('new-member').click();
    await page.getByTestId('member-email').fill(email.toUpperCase());
    await page.getByTestId('member-name').fill('Julie');
    await page.getByTestId('member-save').click();
    expect(await text(page.getByTestId('error-email'))).toBe('Déjà membre de l’équipe.');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await shot(page, 'team');

    // A new link is sent; the first one stops working (its email may even be skipped if the worker had not sent it yet).
    await row(page).getByTestId('member-resend').click();
    expect(await text(page.getByTestId('team-notice'))).toBe(`Nouvelle invitation envoyée à ${email} ; le lien précédent ne fonctionne plus.`);
    const mail = await liveInvitation(email);
    expect(mail.subject).toBe('Invitation à rejoindre Théâtre des Remparts sur Guichet');
    const link = linkIn(mail.text);
    expect(link.startsWith(`${e2e.stack.backofficeUrl}/invitation?token=`)).toBe(true);

    // The invitee, in a browser of their own.
    const context = await e2e.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const invitee = await context.newPage();
    await invitee.goto(link);
    expect(await text(invitee.getByTestId('invitation-text'))).toBe(
      'Léa Favre vous invite à rejoindre la billetterie Théâtre des Remparts (Association du Théâtre des Remparts) avec le rôle Guichet.',
    );
    expect(await text(invitee.getByTestId('invitation-role-hint'))).toBe('Rôle Guichet : encaisse les commandes et les bons cadeaux.');
    expect(await text(invitee.getByTestId('invitation-email'))).toBe(email);
    await shot(invitee, 'team-invitation');
    await invitee.getByTestId('invitation-password').fill('caisse-du-soir');
    await invitee.getByTestId('invitation-confirmation').fill('caisse-du-SOIR');
    await invitee.getByTestId('invitation-accept').click();
    expect(await text(invitee.getByTestId('error-confirmation'))).toBe('Les deux mots de passe ne sont pas identiques.');
    await invitee.getByTestId('invitation-confirmation').fill('caisse-du-soir');
    await invitee.getByTestId('invitation-accept').click();
    // In the backoffice, logged in, with the ticket office's role and no Team entry.
    await invitee.getByTestId('nav-events').waitFor();
    // The ticket office lands on its sale screen (TO-1).
    expect(invitee.url()).toBe(`${e2e.stack.backofficeUrl}/t/${e2e.ticketingId}/ticket-office`);
    expect(await sidebarRole(invitee)).toBe('Guichet');
    expect(await invitee.getByTestId('nav-team').count()).toBe(0);
    // The link is spent.
    const again = await context.newPage();
    await again.goto(link);
    await again.getByTestId('invitation-login').waitFor();
    expect(await text(again.getByTestId('problem'))).toContain('Cette invitation a déjà servi');
    await shot(again, 'team-invitation-used');
    await again.close();

    // The admin sees them active, and makes them door staff.
    await page.reload();
    expect(await text(row(page).getByTestId(`member-status-${email}`))).toBe('Actif');
    await row(page).getByTestId('member-edit-role').click();
    await row(page).getByTestId('member-role-select').selectOption('control');
    await shot(page, 'team-edit-role');
    await row(page).getByTestId('member-role-save').click();
    await row(page).getByTestId(`member-role-${email}`).filter({ hasText: 'Contrôle' }).waitFor();
    expect(await text(page.getByTestId('team-journal'))).toContain('Léa Favre a changé le rôle de Julie Morel : Guichet → Contrôle');
    await invitee.reload();
    await invitee.getByTestId('nav-control').waitFor();
    expect(await sidebarRole(invitee)).toBe('Contrôle');

    // The last admin cannot step down: the refusal is said in French.
    const me = page.getByTestId('member-row-admin@remparts.demo');
    await me.getByTestId('member-edit-role').click();
    await me.getByTestId('member-role-select').selectOption('manager');
    await me.getByTestId('member-role-save').click();
    expect(await text(page.getByTestId('problem'))).toContain('La billetterie doit garder au moins un administrateur');
    await me.getByRole('button', { name: 'Annuler' }).click();

    // Removed, after a confirmation: they no longer reach the ticketing.
    await row(page).getByTestId('member-remove').click();
    expect(await text(row(page).getByTestId('member-remove-confirmation'))).toContain('Retirer Julie Morel de l’équipe ?');
    await shot(page, 'team-remove-confirmation');
    await row(page).getByTestId('member-remove-confirm').click();
    await row(page).waitFor({ state: 'detached' });
    expect(await text(page.getByTestId('team-notice'))).toBe('Julie Morel ne fait plus partie de l’équipe.');
    await invitee.reload();
    await invitee.getByText('Cette billetterie n’existe pas ou vous n’y avez pas accès.').waitFor();
    await invitee.goto(e2e.stack.backofficeUrl);
    await invitee.getByRole('heading', { name: 'Aucune billetterie' }).waitFor();
    await context.close();
  });

  it('shows a manager the team without the actions, and gives other roles nothing', async () => {
    const { admin, ticketingId, stack } = e2e;
    const { data: added, error } = await admin.POST('/api/v1/ticketings/{ticketingId}/members', {
      params: { path: { ticketingId } },
      body: { email: `gestion.${Date.now().toString(36)}@remparts.test`, name: 'Gaëlle Gestion', role: 'manager' },
    });
    if (error) throw new Error(JSON.stringify(error));
    const mail = await stack.mailbox.waitFor((m) => JSON.stringify(m.to).includes(added.email));
    const token = tokenOf(linkIn(mail.text));
    const accepted = await stack.client().POST('/api/v1/invitation/accept', { params: { query: { token } }, body: { password: 'gestion-du-theatre' } });
    expect(accepted.error).toBeUndefined();

    const context = await e2e.browser.newContext();
    const manager = await context.newPage();
    await manager.goto(`${stack.backofficeUrl}/login`);
    await manager.getByTestId('login-email').fill(added.email);
    await manager.getByTestId('login-password').fill('gestion-du-theatre');
    await manager.getByTestId('login-submit').click();
    await manager.getByTestId('nav-events').waitFor();
    expect(await manager.getByTestId('nav-team').count()).toBe(0);
    await manager.goto(`${stack.backofficeUrl}/t/${ticketingId}/team`);
    await manager.getByTestId('team-table').waitFor();
    expect(await manager.getByTestId('new-member').count()).toBe(0);
    expect(await manager.getByTestId('member-remove').count()).toBe(0);

    await context.close();

    const controlContext = await e2e.browser.newContext();
    const control = await controlContext.newPage();
    await control.goto(`${stack.backofficeUrl}/login`);
    await control.getByTestId('login-email').fill('controle@remparts.demo');
    await control.getByTestId('login-password').fill('remparts-demo');
    await control.getByTestId('login-submit').click();
    await control.getByTestId('nav-control').waitFor();
    expect(await sidebarRole(control)).toBe('Contrôle');
    await control.goto(`${stack.backofficeUrl}/t/${ticketingId}/team`);
    await control.getByTestId('team-not-allowed').waitFor();
    await controlContext.close();
  });
});
