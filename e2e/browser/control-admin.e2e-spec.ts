import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { chf, uniqueName, useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';

const run = promisify(execFile);

/** What zbarimg (an independent reader) finds in a screenshot of the element: the QR codes' text. */
async function qrCodesIn(element: Locator): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-qr-'));
  try {
    const file = join(dir, 'qr.png');
    await element.screenshot({ path: file });
    const { stdout } = await run('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', file]);
    return stdout.split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Issue 12, ADR 0042/0046: the control page's administration at a desktop and a tablet width. A
 * profile is created with a date and a mode; its login code is shown as text and as a QR code that
 * reads the same; a device logs in with it and appears in the list, then is revoked.
 */
describe('control administration: profiles, login codes, devices', () => {
  const e2e = useOrganizer();
  let dateId = '';

  beforeAll(async () => {
    const event = await e2e.createEvent({
      name: uniqueName('Contrôle'),
      dates: [{ startsAt: '2027-05-14T20:00:00+02:00' }, { startsAt: '2027-05-15T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', capacity: 40 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(3000)] }],
    });
    dateId = event.dates[0].id;
  });

  it.each([
    ['1366', { width: 1366, height: 900 }],
    ['1024', { width: 1024, height: 768 }],
  ])('at %s px: a profile’s QR code reads as its text code, a device logs in with it, shows in the list and is revoked', async (label, viewport) => {
    const context = await e2e.browser.newContext({ viewport });
    const page = await e2e.organizerPage({ context, path: 'control' });
    const profiles = page.getByTestId('control-profiles');
    await profiles.getByTestId('control-profile-add').click();
    const form = profiles.getByTestId('control-profile-form');
    await form.getByTestId('control-profile-save').click();
    expect(await text(form.getByTestId('error-name'))).toBe('Donnez un nom au profil (par exemple « Entrée parterre »).');

    const name = uniqueName(`Porte ${label}`);
    await form.getByTestId('control-profile-name').fill(name);
    await form.getByTestId(`control-profile-date-${dateId}`).check();
    await form.getByTestId('control-profile-mode-entry_exit').check();
    await shot(page, `control-admin-form-${label}`);
    await form.getByTestId('control-profile-save').click();
    await profiles
      .getByTestId('control-profile-notice')
      .filter({ hasText: `Profil « ${name} » enregistré.` })
      .waitFor();
    const row = profiles.getByTestId('control-profile').filter({ hasText: name });
    expect(await text(row)).toContain('Entrée-sortie · 1 date · Toutes les zones');

    await row.getByTestId('control-profile-code').click();
    const dialog = page.getByTestId('login-code-dialog');
    const code = await text(dialog.getByTestId('login-code-text'));
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(await qrCodesIn(dialog.getByTestId('login-code-qr'))).toEqual([code]);
    expect(await text(dialog.getByTestId('login-code-expires'))).toMatch(/\(24 h\), pour un seul appareil\.$/);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, `control-admin-code-${label}`);
    await dialog.getByTestId('login-code-close').click();

    const deviceName = `Téléphone ${name}`;
    const login = await e2e.stack.client().POST('/api/v1/control/login', { body: { code, deviceName, gate: 'Entrée nord' } });
    expect(login.error).toBeUndefined();
    // Single use: the same code a second time is spent.
    const again = await e2e.stack.client().POST('/api/v1/control/login', { body: { code, deviceName: 'Autre' } });
    expect(again.error?.code).toBe('CONTROL_LOGIN_CODE_SPENT');

    const devices = page.getByTestId('control-devices');
    await devices.getByTestId('control-devices-refresh').click();
    const device = devices.getByTestId('control-device').filter({ hasText: deviceName });
    await device.waitFor();
    expect((await device.locator('td').allTextContents()).slice(0, 4)).toEqual([deviceName, name, 'Steward', 'Entrée nord']);
    expect(await text(device.getByTestId('control-device-last-seen'))).toBe('Jamais');
    await device.scrollIntoViewIfNeeded();
    await shot(page, `control-admin-devices-${label}`);

    await device.getByTestId('control-device-revoke').click();
    await devices.getByTestId('control-device-confirm').getByTestId('control-device-revoke-yes').click();
    await devices
      .getByTestId('control-device-notice')
      .filter({ hasText: `« ${deviceName} » est révoqué.` })
      .waitFor();
    // The list is read again after the notice: wait for the row to say it.
    await device
      .getByTestId('control-device-state')
      .filter({ hasText: /^Révoqué$/ })
      .waitFor();
    expect(await device.getByTestId('control-device-revoke').count()).toBe(0);
    const me = await e2e.stack.client(login.data!.token).GET('/api/v1/control/me');
    expect(me.response.status).toBe(401);
    await context.close();
  });
});
