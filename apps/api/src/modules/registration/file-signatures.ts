import type { UploadType } from './registration-form';

/**
 * What a file is, by its first bytes (its signature), never by its name or the type the browser
 * claims: a renamed executable is not a PDF. Only the types a registration form may accept.
 */
export function sniffUploadType(data: Buffer): UploadType | null {
  const starts = (bytes: number[], at = 0) => data.length >= at + bytes.length && bytes.every((b, i) => data[at + i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp'; // RIFF....WEBP
  return null;
}
