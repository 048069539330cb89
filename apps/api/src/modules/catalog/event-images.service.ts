import { Injectable } from '@nestjs/common';
import { Images, ImageVariantSpec } from '../../platform/images/images';
import { NotFoundError } from '../../platform/http/problem';
import { FileStorage } from '../../platform/storage/file-storage';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CatalogProblems, EventNotFoundError } from './catalog.errors';
import { CatalogRepository } from './catalog.repository';

export const EVENT_IMAGE_VARIANTS = ['card', 'ticket'] as const;
export type EventImageVariant = (typeof EVENT_IMAGE_VARIANTS)[number];

/** The crops an event's image is made into: the shop's card (16:9, WebP) and the ticket's band (4:1, JPEG, which the PDF can embed). */
const VARIANTS: (ImageVariantSpec & { name: EventImageVariant })[] = [
  { name: 'card', width: 1200, height: 675, fit: 'cover', format: 'webp' },
  { name: 'ticket', width: 1000, height: 250, fit: 'cover', format: 'jpeg' },
];
const EXTENSION: Record<EventImageVariant, string> = { card: 'webp', ticket: 'jpg' };
export const EVENT_IMAGE_CONTENT_TYPE: Record<EventImageVariant, string> = { card: 'image/webp', ticket: 'image/jpeg' };

/** Files of an image, named by the hash of what was uploaded: `<ticketing>/events/<hash>/<variant>.<ext>`. */
const keyOf = (scope: TenantScope, hash: string, name: string) => `${scope.ticketingId}/events/${hash}/${name}`;

/** CAT: an image per event, uploaded once, cropped for the shop's card and the ticket. */
@Injectable()
export class EventImages {
  constructor(
    private readonly repo: CatalogRepository,
    private readonly images: Images,
    private readonly storage: FileStorage,
  ) {}

  async upload(scope: TenantScope, eventId: string, data: Buffer): Promise<void> {
    const prepared = await this.images.prepare(data, VARIANTS, 'image');
    await this.storage.put(keyOf(scope, prepared.hash, `original.${prepared.original.format}`), prepared.original.data);
    for (const v of prepared.variants) await this.storage.put(keyOf(scope, prepared.hash, `${v.name}.${v.extension}`), v.data);
    // Written last: the event points at an image only once all its files are there.
    await this.repo.updateEvent(scope, eventId, { imageHash: prepared.hash });
  }

  async remove(scope: TenantScope, eventId: string): Promise<void> {
    await this.repo.updateEvent(scope, eventId, { imageHash: null });
  }

  /** One variant of an event's image (published events only when `publishedOnly`). */
  async variant(scope: TenantScope, eventId: string, variant: EventImageVariant, publishedOnly: boolean): Promise<{ data: Buffer; hash: string }> {
    const event = await this.repo.findEvent(scope, eventId);
    if (!event || (publishedOnly && event.status !== 'published')) throw new EventNotFoundError();
    const data = event.imageHash ? await this.storage.get(keyOf(scope, event.imageHash, `${variant}.${EXTENSION[variant]}`)) : null;
    if (!event.imageHash || !data) throw new NotFoundError(CatalogProblems.EVENT_IMAGE_NOT_FOUND, 'Event image');
    return { data, hash: event.imageHash };
  }

  /** The ticket crop of each event that has an image (for the tickets PDF). */
  async ticketImages(scope: TenantScope, eventIds: string[]): Promise<Map<string, Buffer>> {
    const found = new Map<string, Buffer>();
    for (const id of new Set(eventIds)) {
      const event = await this.repo.findEvent(scope, id);
      const data = event?.imageHash ? await this.storage.get(keyOf(scope, event.imageHash, 'ticket.jpg')) : null;
      if (data) found.set(id, data);
    }
    return found;
  }
}

/** Where a client reads an image's variants; `v` changes with the image, so a URL's answer can be cached for good. */
export function eventImageUrls(base: string, hash: string | null): { version: string; cardUrl: string; ticketUrl: string } | null {
  return hash
    ? { version: hash.slice(0, 16), cardUrl: `${base}/image/card?v=${hash.slice(0, 16)}`, ticketUrl: `${base}/image/ticket?v=${hash.slice(0, 16)}` }
    : null;
}
