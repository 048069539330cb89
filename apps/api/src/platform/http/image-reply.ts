import { ApiQuery } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * `?v=` of an image URL: the image's version, so a URL's answer never changes and can be cached for
 * good. Only compared, never stored: any other value just gets the short cache.
 */
export const ApiImageVersion = () =>
  ApiQuery({
    name: 'v',
    required: false,
    schema: { type: 'string', maxLength: 64 },
    description: 'The image’s version, as in its URL; with the current one the answer is cached for a year',
  });

/**
 * Sends an image with validators and cache headers: a year (immutable) when the URL names the
 * current version, five minutes otherwise; `If-None-Match` gets a 304. `visibility` is `public` for
 * the shop's images, `private` for the backoffice's.
 */
export async function sendImage(
  request: FastifyRequest,
  reply: FastifyReply,
  image: { data: Buffer; version: string; name: string; contentType: string },
  visibility: 'public' | 'private',
): Promise<void> {
  const etag = `"${image.version}-${image.name}"`;
  const versioned = (request.query as { v?: string } | undefined)?.v === image.version;
  void reply
    .header('etag', etag)
    .header('cache-control', versioned ? `${visibility}, max-age=31536000, immutable` : `${visibility}, max-age=300`)
    .header('x-content-type-options', 'nosniff');
  if (request.headers['if-none-match'] === etag) {
    await reply.code(304).send();
    return;
  }
  await reply.header('content-type', image.contentType).send(image.data);
}
