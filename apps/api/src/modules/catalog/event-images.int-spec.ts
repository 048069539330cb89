import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { pdfPages, pdfQrCodes } from '../../test/pdf';
import { buy, startTestApp, Tenant, TestApp } from '../../test/test-app';

/** Issue 8: an image per event, uploaded once, cropped for the shop's card and the ticket. */
describe('event images', () => {
  let t: TestApp;
  let tenant: Tenant;
  let ev: { eventId: string; dateId: string; zoneId: string; priceId: string };
  let photo: Buffer;

  const base = () => `/api/v1/ticketings/${tenant.ticketingId}/events/${ev.eventId}`;
  const upload = (data: Buffer, filename = 'affiche.jpg', field = 'image') =>
    t.http().put(`${base()}/image`).set('authorization', `Bearer ${tenant.token}`).attach(field, data, filename);
  const binary = <T extends { buffer(v: boolean): T; parse(fn: unknown): T }>(req: T) =>
    req.buffer(true).parse((res: NodeJS.ReadableStream & { on: (e: string, cb: (c?: Buffer) => void) => void }, done: (e: null, b: Buffer) => void) => {
      const chunks: Buffer[] = [];
      res.on('data', (c?: Buffer) => chunks.push(c!));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

  beforeAll(async () => {
    t = await startTestApp({ label: 'eventimages' });
    tenant = await t.createTenant('eventimages');
    ev = await t.createEvent(tenant);
    await t.http().post(`${base()}/unpublish`).set('authorization', `Bearer ${tenant.token}`).expect(200);
    // A poster taller than the card: it must be cropped, not squeezed.
    photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#3b82f6' } })
      .composite([
        {
          input: await sharp({ create: { width: 400, height: 400, channels: 3, background: '#f59e0b' } })
            .png()
            .toBuffer(),
          left: 600,
          top: 400,
        },
      ])
      .jpeg()
      .toBuffer();
  });
  afterAll(() => t.close());

  it('crops an uploaded image for the shop’s card and the ticket, stored under its content hash', async () => {
    const res = await upload(photo).expect(200);
    const hash = createHash('sha256').update(photo).digest('hex');
    expect(res.body.image).toEqual({
      version: hash.slice(0, 16),
      cardUrl: `${base()}/image/card?v=${hash.slice(0, 16)}`,
      ticketUrl: `${base()}/image/ticket?v=${hash.slice(0, 16)}`,
    });
    const dir = join('.var/test-storage', t.databaseUrl.split('/').pop()!, tenant.ticketingId, 'events', hash);
    expect(['original.jpeg', 'card.webp', 'ticket.jpg'].every((f) => existsSync(join(dir, f)))).toBe(true);

    const card = await binary(t.http().get(res.body.image.cardUrl).set('authorization', `Bearer ${tenant.token}`)).expect(200);
    expect(card.headers['content-type']).toBe('image/webp');
    expect(card.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(await sharp(card.body as Buffer).metadata()).toMatchObject({ format: 'webp', width: 1200, height: 675 });
    const ticket = await binary(t.http().get(`${base()}/image/ticket`).set('authorization', `Bearer ${tenant.token}`)).expect(200);
    expect(ticket.headers['cache-control']).toBe('private, max-age=300');
    expect(await sharp(ticket.body as Buffer).metadata()).toMatchObject({ format: 'jpeg', width: 1000, height: 250 });
    await t.http().get(`${base()}/image/ticket`).set('authorization', `Bearer ${tenant.token}`).set('if-none-match', ticket.headers.etag).expect(304);
  });

  it('shows a published event’s image to the shop, cacheable, and nothing of a draft', async () => {
    const shopUrl = `/api/v1/shop/${tenant.slug}/events/${ev.eventId}/image/card`;
    expect((await t.http().get(shopUrl).expect(404)).body.code).toBe('EVENT_NOT_FOUND');
    await t.http().post(`${base()}/publish`).set('authorization', `Bearer ${tenant.token}`).expect(200);
    const page = await t.http().get(`/api/v1/shop/${tenant.slug}/events/${ev.eventId}`).expect(200);
    expect(page.body.image.cardUrl).toMatch(new RegExp(`^${shopUrl}\\?v=[0-9a-f]{16}$`));
    const list = await t.http().get(`/api/v1/shop/${tenant.slug}/events`).expect(200);
    expect(list.body.items[0].image).toEqual(page.body.image);
    const card = await binary(t.http().get(page.body.image.cardUrl)).expect(200);
    expect(card.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(card.headers.etag).toBeDefined();
  });

  it('prints the ticket crop on the tickets', async () => {
    const { body } = await buy(t, tenant, ev, 1);
    const pdf = await binary(
      t.http().get(`/api/v1/ticketings/${tenant.ticketingId}/orders/${body.orderId}/tickets.pdf`).set('authorization', `Bearer ${tenant.token}`),
    ).expect(200);
    const dir = mkdtempSync(join(tmpdir(), 'guichet-pdf-'));
    try {
      writeFileSync(join(dir, 'tickets.pdf'), pdf.body as Buffer);
      const images = execFileSync('pdfimages', ['-list', join(dir, 'tickets.pdf')]).toString();
      expect(images).toMatch(/\s1000\s+250\s/);
      // Still one page per ticket, and its QR code still reads.
      const order = await t
        .http()
        .get(`/api/v1/ticketings/${tenant.ticketingId}/orders/${body.orderId}`)
        .set('authorization', `Bearer ${tenant.token}`)
        .expect(200);
      expect(pdfPages(pdf.body as Buffer)).toHaveLength(1);
      expect(pdfQrCodes(pdf.body as Buffer)).toEqual([[order.body.tickets[0].code]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses what is not a JPEG, PNG or WebP image, or larger than 8 MB, naming the field', async () => {
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    const refused = await upload(gif, 'anim.gif').expect(422);
    expect(refused.body).toMatchObject({ code: 'IMAGE_TYPE_NOT_ALLOWED', errors: [{ field: 'image', message: 'must be a JPEG, PNG or WebP image' }] });
    const huge = await upload(Buffer.concat([photo, Buffer.alloc(8 * 1024 * 1024)]), 'huge.jpg').expect(413);
    expect(huge.body).toMatchObject({ code: 'IMAGE_TOO_LARGE', errors: [{ field: 'image' }] });
    const png = await sharp({ create: { width: 800, height: 800, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    await upload(png, 'logo.png').expect(200);
  });

  it('removes the image', async () => {
    const res = await t.http().delete(`${base()}/image`).set('authorization', `Bearer ${tenant.token}`).expect(200);
    expect(res.body.image).toBeNull();
    const gone = await t.http().get(`${base()}/image/card`).set('authorization', `Bearer ${tenant.token}`).expect(404);
    expect(gone.body.code).toBe('EVENT_IMAGE_NOT_FOUND');
  });
});
