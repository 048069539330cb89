import { declareProblems } from '../http/problem';

/** What an image upload (event image, shop logo) can be refused for. */
export const ImageProblems = declareProblems('images', {
  IMAGE_TYPE_NOT_ALLOWED: { status: 422, summary: 'The file is not a JPEG, PNG or WebP image (or cannot be read as one); `errors` names the field' },
  IMAGE_TOO_LARGE: { status: 413, summary: 'The image is larger than allowed (8 MB); `errors` names the field' },
});
