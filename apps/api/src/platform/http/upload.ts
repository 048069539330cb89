import type { FastifyRequest } from 'fastify';
import { ValidationFailedError } from './problem';

export interface UploadedFile {
  data: Buffer;
  /** As the client named it (for the record only: the content decides what the file is). */
  fileName: string;
}

/**
 * The one file of a multipart/form-data request, in `field`, read whole into memory. Anything else —
 * not multipart, no file, another field, more than `maxBytes` — is refused naming the field; the
 * limit is the route's, so nothing larger is ever buffered. `what` names the file in the messages.
 */
export async function readUploadedFile(
  request: FastifyRequest,
  { field, maxBytes, what, tooLarge }: { field: string; maxBytes: number; what: string; tooLarge: () => Error },
): Promise<UploadedFile> {
  if (!request.isMultipart()) throw new ValidationFailedError([{ field, message: `send the ${what} as multipart/form-data` }]);
  let part;
  try {
    part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 2 } });
  } catch {
    throw new ValidationFailedError([{ field, message: `send one ${what} file, and nothing else` }]);
  }
  if (!part) throw new ValidationFailedError([{ field, message: `a ${what} file is required` }]);
  if (part.fieldname !== field) {
    part.file.resume();
    throw new ValidationFailedError([{ field, message: `send the ${what} in the field "${field}"` }]);
  }
  try {
    return { data: await part.toBuffer(), fileName: part.filename };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw new ValidationFailedError([{ field, message: 'the upload was interrupted' }]);
  }
}
