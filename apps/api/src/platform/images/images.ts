import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type Sharp from 'sharp';
import { DomainError } from '../http/problem';
import { readUploadedFile } from '../http/upload';
import { ImageProblems } from './images.errors';

/** The largest image accepted (bytes). */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
/** Decoding bombs: an image of more pixels than this is refused before it is decoded. */
const MAX_PIXELS = 40_000_000;
const ACCEPTED = ['jpeg', 'png', 'webp'] as const;

/** How one variant of an image is made: cropped to fill (`cover`) or fitted inside (`inside`). */
export interface ImageVariantSpec {
  name: string;
  width: number;
  height: number;
  fit: 'cover' | 'inside';
  format: 'jpeg' | 'png' | 'webp';
}

export interface PreparedImage {
  /** SHA-256 of the uploaded bytes: the image's name. */
  hash: string;
  original: { data: Buffer; format: (typeof ACCEPTED)[number] };
  variants: { name: string; data: Buffer; contentType: string; extension: string }[];
}

let loadedSharp: typeof Sharp | null = null;
/** sharp (libvips, ~21 MB) loaded on the first image, not at boot: most processes never crop one (bench/camt). */
function sharp(): typeof Sharp {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand
  return (loadedSharp ??= require('sharp') as typeof Sharp);
}

const CONTENT_TYPES = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;
const EXTENSIONS = { jpeg: 'jpg', png: 'png', webp: 'webp' } as const;

export class ImageRefusedError extends DomainError {
  constructor(field: string, message: string) {
    super(ImageProblems.IMAGE_TYPE_NOT_ALLOWED, message, [{ field, message }]);
  }
}

export class ImageTooLargeError extends DomainError {
  constructor(field: string) {
    super(ImageProblems.IMAGE_TOO_LARGE, 'The image is larger than 8 MB', [{ field, message: 'must be at most 8 MB' }]);
  }
}

/** Image uploads: read from multipart/form-data, checked by content (not by the name or type the client claims), cropped with sharp (ADR 0016). */
@Injectable()
export class Images {
  /**
   * The one file of a multipart/form-data request, in `field`. Anything else — not multipart, no
   * file, another field, more than MAX_IMAGE_BYTES — is refused naming the field.
   */
  async readUpload(request: FastifyRequest, field: string): Promise<Buffer> {
    const file = await readUploadedFile(request, { field, maxBytes: MAX_IMAGE_BYTES, what: 'image', tooLarge: () => new ImageTooLargeError(field) });
    return file.data;
  }

  /** Checks that `data` is a JPEG, PNG or WebP image and makes its variants. */
  async prepare(data: Buffer, variants: ImageVariantSpec[], field: string): Promise<PreparedImage> {
    let format: string | undefined;
    try {
      ({ format } = await sharp()(data, { limitInputPixels: MAX_PIXELS }).metadata());
    } catch {
      throw new ImageRefusedError(field, 'must be a JPEG, PNG or WebP image');
    }
    if (!ACCEPTED.includes(format as (typeof ACCEPTED)[number])) throw new ImageRefusedError(field, 'must be a JPEG, PNG or WebP image');
    try {
      const made = await Promise.all(
        variants.map(async (v) => {
          const pipeline = sharp()(data, { limitInputPixels: MAX_PIXELS })
            .rotate() // as the camera held it (EXIF orientation)
            .resize(v.width, v.height, {
              fit: v.fit,
              position: v.fit === 'cover' ? sharp().strategy.attention : undefined,
              withoutEnlargement: v.fit === 'inside',
            });
          const out =
            v.format === 'jpeg'
              ? pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true })
              : v.format === 'png'
                ? pipeline.png({ compressionLevel: 9 })
                : pipeline.webp({ quality: 80 });
          return { name: v.name, data: await out.toBuffer(), contentType: CONTENT_TYPES[v.format], extension: EXTENSIONS[v.format] };
        }),
      );
      return { hash: createHash('sha256').update(data).digest('hex'), original: { data, format: format as (typeof ACCEPTED)[number] }, variants: made };
    } catch {
      throw new ImageRefusedError(field, 'this image cannot be read (damaged or too large in pixels)');
    }
  }
}
