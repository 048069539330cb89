import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { buy, startTestApp, Tenant, TestApp } from '../../test/test-app';

/** SHOP-11: the shop's branding — logo, main colour, contact details, terms and privacy links. */
describe('shop branding', () => {
  let t: TestApp;
  let tenant: Tenant;

  const api = (method: 'get' | 'put' | 'delete', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}/shop-branding${path}`).set('authorization', `Bearer ${tenant.token}`);
  const binary = <T extends { buffer(v: boolean): T; parse(fn: unknown): T }>(req: T) =>
    req.buffer(true).parse((res: { on: (e: string, cb: (c?: Buffer) => void) => void }, done: (e: null, b: Buffer) => void) => {
      const chunks: Buffer[] = [];
      res.on('data', (c?: Buffer) => chunks.push(c!));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  const pdfImages = (pdf: Buffer) => {
    const dir = mkdtempSync(join(tmpdir(), 'guichet-pdf-'));
    try {
      writeFileSync(join(dir, 'doc.pdf'), pdf);
      return execFileSync('pdfimages', ['-list', join(dir, 'doc.pdf')]).toString();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  beforeAll(async () => {
    t = await startTestApp({ label: 'branding' });
    tenant = await t.createTenant('branding');
  });
  afterAll(() => t.close());

  it('has none until the organizer sets it, and names what is not valid', async () => {
    const empty = { logo: null, mainColor: null, contact: { email: null, phone: null, address: null }, termsUrl: null, privacyUrl: null };
    expect((await api('get', '').expect(200)).body).toEqual(empty);
    expect((await t.http().get(`/api/v1/shop/${tenant.slug}`).expect(200)).body.branding).toEqual(empty);
    const bad = await api('put', '')
      .send({ mainColor: 'red', contactEmail: 'nope', contactPhone: 'call me', termsUrl: 'javascript:alert(1)', privacyUrl: 'ftp://x.ch/p' })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['contactEmail', 'contactPhone', 'mainColor', 'privacyUrl', 'termsUrl']);
  });

  it('shows the colour, contact details and links in the shop', async () => {
    const set = await api('put', '')
      .send({
        mainColor: '#7A1F3D',
        contactEmail: 'Billetterie@Remparts.ch',
        contactPhone: '+41 21 905 00 00',
        contactAddress: 'Rue du Château 3, 1510 Moudon',
        termsUrl: 'https://remparts.ch/conditions',
        privacyUrl: 'https://remparts.ch/confidentialite',
      })
      .expect(200);
    const expected = {
      logo: null,
      mainColor: '#7a1f3d',
      contact: { email: 'billetterie@remparts.ch', phone: '+41 21 905 00 00', address: 'Rue du Château 3, 1510 Moudon' },
      termsUrl: 'https://remparts.ch/conditions',
      privacyUrl: 'https://remparts.ch/confidentialite',
    };
    expect(set.body).toEqual(expected);
    expect((await t.http().get(`/api/v1/shop/${tenant.slug}`).expect(200)).body.branding).toEqual(expected);
    // The display settings are another resource: setting them leaves the branding alone.
    await t
      .http()
      .put(`/api/v1/ticketings/${tenant.ticketingId}/shop-settings`)
      .set('authorization', `Bearer ${tenant.token}`)
      .send({ displayModes: ['list'], defaultDisplayMode: 'list', showRemaining: true })
      .expect(200);
    expect((await api('get', '').expect(200)).body).toEqual(expected);
  });

  it('fits an uploaded logo inside 600×200, serves it publicly, and prints it on the tickets', async () => {
    const wide = await sharp({ create: { width: 1200, height: 300, channels: 4, background: { r: 122, g: 31, b: 61, alpha: 0.5 } } })
      .png()
      .toBuffer();
    const res = await api('put', '/logo').attach('logo', wide, 'logo.png').expect(200);
    expect(res.body.logo.url).toMatch(new RegExp(`^/api/v1/shop/${tenant.slug}/logo\\?v=[0-9a-f]{16}$`));
    expect(res.body.mainColor).toBe('#7a1f3d');
    const logo = await binary(t.http().get(res.body.logo.url)).expect(200);
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(await sharp(logo.body as Buffer).metadata()).toMatchObject({ format: 'png', width: 600, height: 150, hasAlpha: true });

    const ev = await t.createEvent(tenant);
    const { body } = await buy(t, tenant, ev, 1);
    const pdf = await binary(
      t.http().get(`/api/v1/ticketings/${tenant.ticketingId}/orders/${body.orderId}/tickets.pdf`).set('authorization', `Bearer ${tenant.token}`),
    ).expect(200);
    expect(pdfImages(pdf.body as Buffer)).toMatch(/\s600\s+150\s/);
  });

  it('removes the logo', async () => {
    expect((await api('delete', '/logo').expect(200)).body.logo).toBeNull();
    expect((await t.http().get(`/api/v1/shop/${tenant.slug}/logo`).expect(404)).body.code).toBe('SHOP_LOGO_NOT_FOUND');
  });
});
